export { jobs, type JobContext, type JobDefinition } from "./definitions";
export { registerJobs, startJobs, type JobLogger, type JobRunner } from "./boss";
export { mailerFromEnv, type MailEnv, type MailLanguage } from "./mailer";
export { startPortalJobs } from "./portal";
