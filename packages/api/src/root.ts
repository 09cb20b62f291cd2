import { createTRPCRouter } from "./trpc";
import { accountRouter } from "./routers/account";
import { applicationsRouter } from "./routers/applications";
import { auditRouter } from "./routers/audit";
import { candidatesRouter } from "./routers/candidates";
import { companyRouter } from "./routers/company";
import { coursesRouter } from "./routers/courses";
import { coverageRouter } from "./routers/coverage";
import { departmentsRouter } from "./routers/departments";
import { digestRouter } from "./routers/digest";
import { enrolmentsRouter } from "./routers/enrolments";
import { feedbackRouter } from "./routers/feedback";
import { homeRouter } from "./routers/home";
import { learningRouter } from "./routers/learning";
import { notificationsRouter } from "./routers/notifications";
import { passwordResetRouter } from "./routers/password-reset";
import { pipelineRouter } from "./routers/pipeline";
import { positionsRouter } from "./routers/positions";
import { privacyRouter } from "./routers/privacy";
import { profilesRouter } from "./routers/profiles";
import { readinessRouter } from "./routers/readiness";
import { restApiRouter } from "./routers/rest-api";
import { segmentsRouter } from "./routers/segments";
import { staffRouter } from "./routers/staff";
import { staffingRouter } from "./routers/staffing";
import { usersRouter } from "./routers/users";
// --- service stories (issue 18) ---
import { storiesRouter } from "./routers/stories";
// --- end service stories ---
// --- webhooks (issue 19) ---
import { webhooksRouter } from "./routers/webhooks";
// --- end webhooks ---
// --- API tokens (issue 19, item 4) ---
import { apiTokensRouter } from "./routers/api-tokens";
// --- end API tokens ---

export const appRouter = createTRPCRouter({
  account: accountRouter,
  applications: applicationsRouter,
  audit: auditRouter,
  candidates: candidatesRouter,
  company: companyRouter,
  courses: coursesRouter,
  coverage: coverageRouter,
  departments: departmentsRouter,
  digest: digestRouter,
  enrolments: enrolmentsRouter,
  feedback: feedbackRouter,
  home: homeRouter,
  learning: learningRouter,
  notifications: notificationsRouter,
  passwordReset: passwordResetRouter,
  pipeline: pipelineRouter,
  positions: positionsRouter,
  privacy: privacyRouter,
  profiles: profilesRouter,
  readiness: readinessRouter,
  restApi: restApiRouter,
  segments: segmentsRouter,
  staff: staffRouter,
  staffing: staffingRouter,
  users: usersRouter,
  // --- service stories (issue 18) ---
  stories: storiesRouter,
  // --- end service stories ---
  // --- webhooks (issue 19) ---
  webhooks: webhooksRouter,
  // --- end webhooks ---
  // --- API tokens (issue 19, item 4) ---
  apiTokens: apiTokensRouter,
  // --- end API tokens ---
});

export type AppRouter = typeof appRouter;
