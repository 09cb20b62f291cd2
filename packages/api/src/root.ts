import { createTRPCRouter } from "./trpc";
import { accountRouter } from "./routers/account";
import { auditRouter } from "./routers/audit";
import { homeRouter } from "./routers/home";
import { segmentsRouter } from "./routers/segments";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  audit: auditRouter,
  home: homeRouter,
  segments: segmentsRouter,
});

export type AppRouter = typeof appRouter;
