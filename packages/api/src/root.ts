import { createTRPCRouter } from "./trpc";
import { accountRouter } from "./routers/account";
import { auditRouter } from "./routers/audit";
import { departmentsRouter } from "./routers/departments";
import { homeRouter } from "./routers/home";
import { positionsRouter } from "./routers/positions";
import { segmentsRouter } from "./routers/segments";
import { staffRouter } from "./routers/staff";
import { staffingRouter } from "./routers/staffing";
import { usersRouter } from "./routers/users";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  audit: auditRouter,
  departments: departmentsRouter,
  home: homeRouter,
  positions: positionsRouter,
  segments: segmentsRouter,
  staff: staffRouter,
  staffing: staffingRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
