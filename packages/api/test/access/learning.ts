import type { AccessRows } from "./types";

/** Every signed-in role may learn (ownership is checked per enrolment); verifying a printed certificate is public. */
const signedIn = ["STAFF", "HEAD", "HR", "ADMIN"] as const;
export const learningAccess: AccessRows = {
  "learning.plan": [...signedIn],
  "learning.course": [...signedIn],
  "learning.completeLesson": [...signedIn],
  "learning.chooseResponse": [...signedIn],
  "learning.retake": [...signedIn],
  "learning.startAttempt": [...signedIn],
  "learning.submitAttempt": [...signedIn],
  "learning.attemptResult": [...signedIn],
  "learning.certificate": [...signedIn],
  "learning.verifyCertificate": ["anonymous", "STAFF", "HEAD", "HR", "ADMIN"],
};
