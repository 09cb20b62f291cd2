/** tRPC batches at most this many calls: the server refuses longer batches, the client never sends one. */
export const MAX_TRPC_BATCH = 10;
