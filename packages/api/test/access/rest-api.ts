import type { AccessRows } from "./types";

const everyone = ["STAFF", "HEAD", "HR", "ADMIN"] as const;
const managers = ["HEAD", "HR", "ADMIN"] as const;
const hr = ["HR", "ADMIN"] as const;

/** The REST API (issue 19): the same roles as the UI's procedures over the same data. */
export const restApiAccess: AccessRows = {
  "restApi.listSegments": [...everyone],
  "restApi.getSegment": [...everyone],
  "restApi.listDepartments": [...managers],
  "restApi.getDepartment": [...managers],
  "restApi.listPositions": [...managers],
  "restApi.getPosition": [...managers],
  "restApi.listStaff": [...managers],
  "restApi.getStaff": [...managers],
  "restApi.listCandidates": [...managers],
  "restApi.getCandidate": [...managers],
  "restApi.createCandidate": [...hr],
  "restApi.listApplications": [...managers],
  "restApi.getApplication": [...managers],
  "restApi.createApplication": [...hr],
  "restApi.moveApplication": [...hr],
  "restApi.listCourses": [...hr],
  "restApi.listEnrolments": [...managers],
  "restApi.enrol": [...managers],
  "restApi.listCertificates": [...managers],
  "restApi.getCertificate": [...managers],
  "restApi.personReadiness": [...everyone],
  "restApi.departmentReadiness": [...managers],
};
