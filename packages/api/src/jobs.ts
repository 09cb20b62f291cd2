/**
 * Service functions that scheduled jobs run (imported by @portal/jobs; the api never imports the jobs package).
 */
export { anonymizeExpiredCandidates } from "./services/hiring/privacy";
export { sendLearningReminders } from "./services/onboarding/reminders";
export {
  composeMail,
  deliverNotificationEmails,
  emailClaimTimeoutMinutes,
  type NotificationMailer,
  type OutgoingMail,
} from "./services/notification-email";
export { snapshotCoverage } from "./services/coverage/snapshot";
export { cleanStaffingProposals } from "./services/staffing/jobs";
export { storeFeedbackInsight } from "./services/feedback/insight";
export { buildWeeklyDigests } from "./services/digest";
export { publishLapsedSignOffs } from "./services/webhooks/lapses";
export {
  attemptWebhookDelivery,
  claimWebhookDeliveries,
  webhookRetryPolicy,
} from "./services/webhooks/deliver";
