import type { AccessRows } from "./types";

const authors = ["HR", "ADMIN"] as const;
export const coursesAccess: AccessRows = {
  "courses.list": [...authors],
  "courses.options": ["HEAD", ...authors],
  "courses.byId": [...authors],
  "courses.create": [...authors],
  "courses.updateDetails": [...authors],
  "courses.saveContent": [...authors],
  "courses.publish": [...authors],
  "courses.discardDraft": [...authors],
  "courses.setArchived": [...authors],
  "courses.exportFile": [...authors],
  "courses.importFile": [...authors],
  "courses.questionStats": [...authors],
  /** A published story as a scenario draft (issue 18): course authors only; a head of the story's segment too is refused. */
  "courses.scenarioFromStory": [...authors],
};
