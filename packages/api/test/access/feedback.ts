import type { AccessRows } from "./types";

/**
 * Front-line feedback: everyone signed in files and reads their own (scopes narrow the rest); status and reply,
 * and the segment insight, are for the segment's heads, HR and ADMIN.
 */
export const feedbackAccess: AccessRows = {
  "feedback.list": ["STAFF", "HEAD", "HR", "ADMIN"],
  "feedback.byId": ["STAFF", "HEAD", "HR", "ADMIN"],
  "feedback.create": ["STAFF", "HEAD", "HR", "ADMIN"],
  "feedback.update": ["STAFF", "HEAD", "HR", "ADMIN"],
  "feedback.respond": ["HEAD", "HR", "ADMIN"],
  "feedback.insightSegments": ["HEAD", "HR", "ADMIN"],
  "feedback.insight": ["HEAD", "HR", "ADMIN"],
};
