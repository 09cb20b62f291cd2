import { accountAccess } from "./account";
import { applicationsAccess } from "./applications";
import { candidatesAccess } from "./candidates";
import { companyAccess } from "./company";
import { coursesAccess } from "./courses";
import { coverageAccess } from "./coverage";
import { digestAccess } from "./digest";
import { enrolmentsAccess } from "./enrolments";
import { feedbackAccess } from "./feedback";
import { learningAccess } from "./learning";
import { notificationsAccess } from "./notifications";
import { pipelineAccess } from "./pipeline";
import { profilesAccess } from "./profiles";
import { readinessAccess } from "./readiness";
import { restApiAccess } from "./rest-api";
import { departmentsAccess } from "./departments";
import { positionsAccess } from "./positions";
import { privacyAccess } from "./privacy";
import { segmentsAccess } from "./segments";
import { staffAccess } from "./staff";
import { staffingAccess } from "./staffing";
import { usersAccess } from "./users";
// --- service stories (issue 18) ---
import { storiesAccess } from "./stories";
// --- end service stories ---
// --- webhooks (issue 19) ---
import { webhooksAccess } from "./webhooks";
// --- end webhooks ---
import { apiTokensAccess } from "./api-tokens";
import type { AccessRows } from "./types";

/** The access matrix: one file per router area; every procedure of the app router must appear. */
export const accessMatrix: AccessRows = {
  ...accountAccess,
  ...segmentsAccess,
  ...departmentsAccess,
  ...positionsAccess,
  ...usersAccess,
  ...staffAccess,
  ...staffingAccess,
  ...profilesAccess,
  ...candidatesAccess,
  ...pipelineAccess,
  ...applicationsAccess,
  ...coursesAccess,
  ...enrolmentsAccess,
  ...learningAccess,
  ...notificationsAccess,
  ...privacyAccess,
  ...readinessAccess,
  ...restApiAccess,
  ...coverageAccess,
  ...companyAccess,
  ...feedbackAccess,
  ...digestAccess,
  // --- service stories (issue 18) ---
  ...storiesAccess,
  // --- end service stories ---
  // --- webhooks (issue 19) ---
  ...webhooksAccess,
  ...apiTokensAccess,
  // --- end webhooks ---
};
