import { cefrLevels, type CefrLevel, type PersonAttributes, type Requirement } from "./types";

export type Measurement = { actual: number | string | boolean | null; ratio: number };

function lookup<V>(source: ReadonlyMap<string, V> | Readonly<Record<string, V>>, key: string): V | undefined {
  if (source instanceof Map) return (source as ReadonlyMap<string, V>).get(key);
  const record = source as Readonly<Record<string, V>>;
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function cefrRank(level: CefrLevel): number {
  const index = cefrLevels.indexOf(level);
  if (index < 0) throw new RangeError(`Unknown CEFR level "${String(level)}"`);
  return index + 1;
}

/** Certificate names are identifiers typed by people, so case and surrounding spaces are not significant. */
function sameCertificate(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function requireInRange(value: number, min: number, max: number, what: string): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`${what} must be between ${min} and ${max}, got ${value}`);
  }
}

function capped(actual: number, target: number): number {
  return Math.min(actual, target) / target;
}

/** How far a person gets towards one requirement, normalised to [0, 1]. */
export function measure(person: PersonAttributes, requirement: Requirement, asOf: Date): Measurement {
  switch (requirement.kind) {
    case "expertise": {
      requireInRange(requirement.level, 1, 4, "Expertise target level");
      const level = lookup(person.expertise, requirement.segmentId) ?? 0;
      requireInRange(level, 0, 4, `Expertise level for segment ${requirement.segmentId}`);
      return { actual: level, ratio: capped(level, requirement.level) };
    }
    case "experience": {
      if (!(requirement.years > 0) || !Number.isFinite(requirement.years)) {
        throw new RangeError(
          `Experience target must be a positive number of years, got ${requirement.years}`,
        );
      }
      requireInRange(person.customerFacingYears, 0, Number.MAX_VALUE, "Customer-facing years");
      return {
        actual: person.customerFacingYears,
        ratio: capped(person.customerFacingYears, requirement.years),
      };
    }
    case "language": {
      const held = lookup(person.languages, requirement.language);
      const rank = held === undefined ? 0 : cefrRank(held);
      return { actual: held ?? null, ratio: capped(rank, cefrRank(requirement.level)) };
    }
    case "certification": {
      const valid = person.certifications.some(
        (c) => sameCertificate(c.name, requirement.name) && (c.expiresAt === null || asOf < c.expiresAt),
      );
      return { actual: valid, ratio: valid ? 1 : 0 };
    }
    case "criterion": {
      requireInRange(requirement.rating, 1, 5, "Criterion target rating");
      const rating = lookup(person.criteria, requirement.criterionId);
      if (rating === undefined) return { actual: null, ratio: 0 };
      requireInRange(rating, 1, 5, `Rating for criterion ${requirement.criterionId}`);
      return { actual: rating, ratio: capped(rating, requirement.rating) };
    }
  }
}
