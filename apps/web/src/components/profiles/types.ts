import type { RouterOutputs } from "@portal/api";

export type ProfileView = RouterOutputs["profiles"]["get"];
export type RequirementView = NonNullable<ProfileView["current"]>["requirements"][number];
