/** One interviewer's rating (1-5) of one profile requirement, from a submitted scorecard. */
export type SubmittedRating = { requirementId: string; rating: number };

export type RatingAggregate = {
  /** Median of the ratings (the mean of the middle two for an even count): one outlier cannot move it far. */
  median: number;
  min: number;
  max: number;
  /** max - min: how much the interviewers disagree. */
  spread: number;
  count: number;
};

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Aggregate submitted ratings per requirement. Ratings outside 1-5 are a programming error and throw. */
export function aggregateRatings(ratings: readonly SubmittedRating[]): Map<string, RatingAggregate> {
  const byRequirement = new Map<string, number[]>();
  for (const { requirementId, rating } of ratings) {
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw new RangeError(`A scorecard rating must be a whole number from 1 to 5, got ${rating}`);
    }
    const list = byRequirement.get(requirementId);
    if (list) list.push(rating);
    else byRequirement.set(requirementId, [rating]);
  }
  const result = new Map<string, RatingAggregate>();
  for (const [requirementId, list] of byRequirement) {
    list.sort((a, b) => a - b);
    const min = list[0]!;
    const max = list[list.length - 1]!;
    result.set(requirementId, { median: median(list), min, max, spread: max - min, count: list.length });
  }
  return result;
}

/**
 * The expertise level (0-4) an interview rating stands for: the 5-point scale maps one-to-one onto the
 * levels none, aware, practitioner, specialist, expert. A fractional median rounds down, so disagreement
 * between interviewers never grants a level nobody gave.
 */
export function ratingToExpertiseLevel(rating: number): number {
  return Math.max(0, Math.min(4, Math.floor(rating) - 1));
}
