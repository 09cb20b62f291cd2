import type { z } from "zod";
import type { candidateInput } from "@portal/validators";

/** Not in the "use client" form module, so server pages can build initial values too. */
export type CandidateFormValues = z.input<typeof candidateInput>;

export const emptyCandidate = (positionId = ""): CandidateFormValues => ({
  name: "",
  email: "",
  phone: "",
  customerFacingYears: 0,
  languages: [],
  expertise: [],
  certifications: [],
  source: "",
  notes: "",
  positionId,
});
