/** CEFR language levels in ascending order; the index + 1 is the rank used for scoring. */
export const cefrLevels = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CefrLevel = (typeof cefrLevels)[number];

type RequirementBase = {
  /** Relative importance, > 0. Only ratios between weights matter. */
  weight: number;
  /** When not fully met the person is not eligible; the score is still computed. */
  mustHave: boolean;
};

export type ExpertiseRequirement = RequirementBase & {
  kind: "expertise";
  segmentId: string;
  level: 1 | 2 | 3 | 4;
};
export type ExperienceRequirement = RequirementBase & { kind: "experience"; years: number };
export type LanguageRequirement = RequirementBase & { kind: "language"; language: string; level: CefrLevel };
export type CertificationRequirement = RequirementBase & { kind: "certification"; name: string };
export type CriterionRequirement = RequirementBase & {
  kind: "criterion";
  criterionId: string;
  rating: 1 | 2 | 3 | 4 | 5;
};

export type Requirement =
  | ExpertiseRequirement
  | ExperienceRequirement
  | LanguageRequirement
  | CertificationRequirement
  | CriterionRequirement;

export type HeldCertification = {
  name: string;
  /** First instant at which the certificate is no longer valid; null = never expires. */
  expiresAt: Date | null;
};

type Lookup<V> = ReadonlyMap<string, V> | Readonly<Record<string, V>>;

/** The structured facts about a person that fit is computed from; nothing here is free text. */
export type PersonAttributes = {
  /** segmentId -> expertise level 0-4; an absent segment counts as 0. */
  expertise: Lookup<number>;
  /** Years of customer-facing experience, >= 0. */
  customerFacingYears: number;
  /** Language code -> CEFR level; an absent language counts as none. */
  languages: Lookup<CefrLevel>;
  certifications: readonly HeldCertification[];
  /** criterionId -> interview rating 1-5; an absent criterion is unrated. */
  criteria: Lookup<number>;
};

export type RequirementStatus = "met" | "partial" | "missing";

export type RequirementFit = {
  requirement: Requirement;
  /**
   * What the person has, in the requirement's own unit: expertise level, years, CEFR level (null = none),
   * certification held and valid (boolean), interview rating (null = unrated).
   */
  actual: number | string | boolean | null;
  /** min(actual, target) / target after per-kind normalisation, in [0, 1]. */
  ratio: number;
  status: RequirementStatus;
  /** This requirement's weight as a share of 100 (one decimal); the shares of all requirements sum to 100. */
  share: number;
  /**
   * This requirement's contribution to `score`, rounded to 0.1; the points of all requirements sum to `score`,
   * and requirements with equal weight and equal ratio get equal points whenever any rounding allows it.
   */
  points: number;
};

export type FitResult = {
  /** 0-100, one decimal. */
  score: number;
  /** False when any must-have requirement is not fully met. */
  eligible: boolean;
  /** One entry per requirement, in the order given. */
  requirements: RequirementFit[];
};
