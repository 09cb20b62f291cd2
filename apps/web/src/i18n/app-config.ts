// next-intl's typed messages and locales (https://next-intl.dev/docs/workflows/typescript): a key that English
// does not have, in t("...") or useTranslations("..."), fails `npm run typecheck`. English is the source catalogue,
// split per namespace like the files; namespaces.ts lists the same namespaces for loading (checked below).
import type { Locale } from "@portal/validators";
import type { namespaces } from "./namespaces";
import type applications from "../../messages/en/applications.json";
import type audit from "../../messages/en/audit.json";
import type auth from "../../messages/en/auth.json";
import type candidates from "../../messages/en/candidates.json";
import type common from "../../messages/en/common.json";
import type company from "../../messages/en/company.json";
import type courses from "../../messages/en/courses.json";
import type coverage from "../../messages/en/coverage.json";
import type departments from "../../messages/en/departments.json";
import type digest from "../../messages/en/digest.json";
import type errors from "../../messages/en/errors.json";
import type feedback from "../../messages/en/feedback.json";
import type home from "../../messages/en/home.json";
import type imports from "../../messages/en/imports.json";
import type learning from "../../messages/en/learning.json";
import type nav from "../../messages/en/nav.json";
import type notifications from "../../messages/en/notifications.json";
import type pipeline from "../../messages/en/pipeline.json";
import type positions from "../../messages/en/positions.json";
import type privacy from "../../messages/en/privacy.json";
import type profiles from "../../messages/en/profiles.json";
import type readiness from "../../messages/en/readiness.json";
import type segments from "../../messages/en/segments.json";
import type staff from "../../messages/en/staff.json";
import type staffing from "../../messages/en/staffing.json";
import type states from "../../messages/en/states.json";
import type users from "../../messages/en/users.json";
import type validation from "../../messages/en/validation.json";
// --- service stories (issue 18) ---
import type stories from "../../messages/en/stories.json";
// --- end service stories ---
// --- webhooks (issue 19) ---
import type webhooks from "../../messages/en/webhooks.json";
// --- end webhooks ---
// --- API tokens (issue 19, item 4) ---
import type apiTokens from "../../messages/en/apiTokens.json";
// --- end API tokens ---
// --- REST API (issue 19) ---
import type apiDocs from "../../messages/en/apiDocs.json";
// --- end REST API ---

export type AppMessages = {
  applications: typeof applications;
  audit: typeof audit;
  auth: typeof auth;
  candidates: typeof candidates;
  common: typeof common;
  company: typeof company;
  courses: typeof courses;
  coverage: typeof coverage;
  departments: typeof departments;
  digest: typeof digest;
  errors: typeof errors;
  feedback: typeof feedback;
  home: typeof home;
  imports: typeof imports;
  learning: typeof learning;
  nav: typeof nav;
  notifications: typeof notifications;
  pipeline: typeof pipeline;
  positions: typeof positions;
  privacy: typeof privacy;
  profiles: typeof profiles;
  readiness: typeof readiness;
  segments: typeof segments;
  staff: typeof staff;
  staffing: typeof staffing;
  states: typeof states;
  users: typeof users;
  validation: typeof validation;
  // --- service stories (issue 18) ---
  stories: typeof stories;
  // --- end service stories ---
  // --- webhooks (issue 19) ---
  webhooks: typeof webhooks;
  // --- end webhooks ---
  // --- API tokens (issue 19, item 4) ---
  apiTokens: typeof apiTokens;
  // --- end API tokens ---
  // --- REST API (issue 19) ---
  apiDocs: typeof apiDocs;
  // --- end REST API ---
};

// Every namespace that is loaded is typed, and no other: a new namespace is added in both places.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namespacesTyped: Same<keyof AppMessages, (typeof namespaces)[number]> = true;
void namespacesTyped;

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: AppMessages;
  }
}
