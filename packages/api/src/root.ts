import { createTRPCRouter } from "./trpc";
import { accountRouter } from "./routers/account";
import { applicationsRouter } from "./routers/applications";
import { auditRouter } from "./routers/audit";
import { candidatesRouter } from "./routers/candidates";
import { departmentsRouter } from "./routers/departments";
import { homeRouter } from "./routers/home";
import { pipelineRouter } from "./routers/pipeline";
import { positionsRouter } from "./routers/positions";
import { privacyRouter } from "./routers/privacy";
import { profilesRouter } from "./routers/profiles";
import { segmentsRouter } from "./routers/segments";
import { staffRouter } from "./routers/staff";
import { staffingRouter } from "./routers/staffing";
import { usersRouter } from "./routers/users";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  applications: applicationsRouter,
  audit: auditRouter,
  candidates: candidatesRouter,
  departments: departmentsRouter,
  home: homeRouter,
  pipeline: pipelineRouter,
  positions: positionsRouter,
  privacy: privacyRouter,
  profiles: profilesRouter,
  segments: segmentsRouter,
  staff: staffRouter,
  staffing: staffingRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
