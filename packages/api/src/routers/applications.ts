import { createTRPCRouter } from "../trpc";

export const applicationsRouter = createTRPCRouter({});
