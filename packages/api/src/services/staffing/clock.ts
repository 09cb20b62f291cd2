import { performance } from "node:perf_hooks";

/** Milliseconds since the epoch, comparable between threads (each thread's performance.now has its own origin). */
export const clock = () => performance.timeOrigin + performance.now();
