import { createTRPCRouter } from "../trpc";

export const pipelineRouter = createTRPCRouter({});
