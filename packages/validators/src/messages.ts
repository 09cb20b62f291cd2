/**
 * Validation messages are keys of the `validation` namespace of the web app's message files, so the same
 * schema gives translated field errors in the form and in the server's error response.
 */
export const V = {
  required: "validation.required",
  tooLong: "validation.tooLong",
  email: "validation.email",
  passwordLength: "validation.passwordLength",
  passwordsDiffer: "validation.passwordsDiffer",
  passwordUnchanged: "validation.passwordUnchanged",
  ageRange: "validation.ageRange",
  integer: "validation.integer",
  nonNegative: "validation.nonNegative",
  levelRange: "validation.levelRange",
  requiredLevelRange: "validation.requiredLevelRange",
  priorityRange: "validation.priorityRange",
  date: "validation.date",
  choose: "validation.choose",
  tagsTooMany: "validation.tagsTooMany",
  moveCostRange: "validation.moveCostRange",
  chooseMoves: "validation.chooseMoves",
  // hiring
  languageCode: "validation.languageCode",
  cefrLevel: "validation.cefrLevel",
  weightRange: "validation.weightRange",
  yearsRange: "validation.yearsRange",
  ratingRange: "validation.ratingRange",
  tooMany: "validation.tooMany",
  // pipeline
  rejectionReasonRequired: "validation.rejectionReasonRequired",
  compareCount: "validation.compareCount",
} as const;
export type ValidationKey = (typeof V)[keyof typeof V];
