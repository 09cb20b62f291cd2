export * from "./types";
export { scoreFit } from "./score";
export { rankCandidates, type RankedCandidate } from "./rank";
export { cefrRank } from "./measure";
export { apportionTenths, weightShares } from "./points";
