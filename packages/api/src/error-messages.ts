/**
 * Every message an AppError (or a tRPC middleware) refuses with, by key, in English (ICU message syntax).
 *
 * The key is what reaches the client (with the error's params); the web app renders `errors.<key>` from its
 * catalogue in the user's language (apps/web/messages/<locale>/errors.json). The English text here is only the
 * developer and log fallback (an AppError's `message`, and callers without the web app, e.g. tests). A test in
 * apps/web (`src/i18n/error-messages.test.ts`) fails unless apps/web/messages/en/errors.json has exactly these keys
 * and this text, and the message check (`scripts/check-messages.mjs`) makes every other locale have the same keys
 * with the same ICU arguments. packages/api cannot import the app, hence the copy here; a key is typed
 * (`ErrorKey`), so `badRequest("Some English sentence")` fails typecheck.
 */
export const errorMessages = {
  // Said by the tRPC middlewares and route handlers, and by any error without a key of its own (by code).
  signInRequired: "Please sign in.",
  passwordChangeRequired: "Choose a new password before continuing.",
  roleForbidden: "Your role does not allow this.",
  requestInvalid: "The request is not valid. Check what you entered and try again.",
  checkFields: "Check the marked fields.",
  recordNotFound: "This record does not exist, or you may not see it.",
  changedMeanwhile: "This was changed meanwhile. Reload the page and try again.",
  tooManyRequests: "Too many requests at once. Wait a moment and try again.",
  payloadTooLarge: "What you sent is too large.",
  databaseUnavailable: "The portal cannot reach its database; try again in a minute.",
  unexpected: "Something went wrong. Reference: {reference}",
  unexpectedNoReference: "Something went wrong. Please try again.",
  networkError: "The portal could not be reached. Check your connection and try again.",
  recordExists: "This record already exists.",
  chooseFile: "Choose a file to upload.",

  // Not found (the thing asked for does not exist or is outside the caller's scope).
  applicationNotFound: "Application not found.",
  applicationsNotFound:
    "{count, plural, one {An application was not found.} other {# applications were not found.}}",
  attemptNotFound: "Attempt not found.",
  candidateNotFound: "Candidate not found.",
  certificateNotFound: "Certificate not found.",
  chosenPersonNotFound: "One of the chosen people was not found.",
  courseItemNotFound: "Course item not found.",
  courseNotFound: "Course not found.",
  cvNotFound: "This candidate has no CV.",
  departmentNotFound: "Department not found.",
  draftNotFound: "This course has no draft.",
  enrolmentNotFound: "Enrolment not found.",
  ownStaffRecordNotFound: "You have no staff record.",
  positionNotFound: "Position not found.",
  profileVersionNotFound: "Profile version not found.",
  proposalNotFound: "Proposal not found.",
  publishedVersionNotFound: "This course has no published version.",
  responseNotFound: "Response not found.",
  ruleNotFound: "Rule not found.",
  segmentNotFound: "Segment not found.",
  signOffNotFound: "Sign-off not found.",
  staffMemberNotFound: "Staff member not found.",
  userNotFound: "User not found.",

  // Users and account
  userEmailTaken: "A user with this email already exists.",
  ownRoleOrActive: "You cannot change your own role or deactivate yourself. Ask another administrator.",
  lastAdmin: "This is the last active administrator. Make someone else an administrator first.",
  headStillHeads:
    "{name} still heads {departments}. Give {count, plural, one {the department} other {the departments}} another head first.",
  passwordAttemptsBlocked:
    "Too many wrong passwords. Try again in {minutes, plural, one {# minute} other {# minutes}}.",
  currentPasswordWrong: "The current password is not correct.",
  passwordResetThrottled:
    "Too many password reset requests. Try again in {minutes, plural, one {# minute} other {# minutes}}.",
  resetLinkExpired: "This password reset link has expired. Ask for a new one.",
  resetLinkUsed: "This password reset link has already been used. Ask for a new one if you need to.",
  resetLinkUnknown: "This password reset link is not valid. Ask for a new one.",
  passwordSignInOff: "Passwords are not used here: sign in with your company account.",

  // Organization: segments, departments, positions, staff placement and expertise
  segmentNameTaken: "A segment with this name already exists.",
  segmentHasDepartments:
    "This segment still has {count, plural, one {# department} other {# departments}}. Move or delete them first, or archive the segment.",
  segmentHasExpertise:
    "Staff expertise is recorded for this segment. Archive it instead, so the history is kept.",
  departmentNameTaken: "A department with this name already exists.",
  customerSegmentMissing: "The customer segment does not exist.",
  customerSegmentArchived: "The customer segment is archived. Restore it or choose another one.",
  headMissing: "The head does not exist.",
  headInactive: "The head's account is deactivated. Choose an active head.",
  headNotHead: "The head must be a user with the role Department head.",
  departmentHasStaff:
    "This department still has {count, plural, one {# staff member} other {# staff members}}. Move them or mark them as left before archiving it.",
  departmentHasRecords:
    "This department has {positions, plural, one {# position} other {# positions}} and {staff, plural, one {# staff record} other {# staff records}}. Archive it instead, so the history is kept.",
  positionTitleTaken: "A position with this title already exists in this department.",
  departmentMissing: "The department does not exist.",
  departmentArchived: "The department is archived. Restore it or choose another one.",
  departmentArchivedRestoreFirst: "The department is archived. Restore the department first.",
  positionHoldersMove:
    "{count, plural, one {# staff member holds} other {# staff members hold}} this position in its department. Move them before moving the position.",
  positionHasStaff:
    "{count, plural, one {# staff record refers} other {# staff records refer}} to this position. Archive it instead, so the history is kept.",
  chooseExistingDepartment: "Choose an existing department.",
  chosenDepartmentArchived: "This department is archived. Choose another one.",
  positionOfOtherDepartment: "Choose a position of the chosen department.",
  chosenPositionArchived: "This position is archived. Choose another one.",
  chooseExistingSegment: "Choose an existing segment.",
  chosenSegmentArchived: "This segment is archived. Choose another one.",

  // CSV imports (the file as a whole; row errors are shown by the preview)
  importTooManyRows: "The file has {rows, number} rows. Import at most {max, number} rows at a time.",
  importRefused:
    "Nothing was imported: {rows, plural, =0 {no row has errors} one {# row has errors} other {# rows have errors}} and {problems, plural, =0 {the file itself is fine} one {the file has # problem} other {the file has # problems}}. Rows to fix: {rowList}.",
  importFileChanged:
    "Nothing was imported: row {row} is not the row that was previewed. The file changed since the preview; preview it again.",

  // Hiring: candidates, CVs, profiles, pipeline, scorecards, hiring, privacy
  candidateEmailTaken: "A candidate with this email already exists: {name}.",
  expertiseSegmentMissing: "A segment of the expertise list does not exist.",
  expertiseSegmentArchived: "A segment of the expertise list is archived. Remove it or choose another.",
  positionMissing: "The position does not exist.",
  positionArchivedNoCandidates: "The position “{title}” is archived and takes no new candidates.",
  candidateErasedNoEdit: "This candidate's personal data was erased; the record cannot be edited.",
  candidateErasedNoApply: "This candidate's personal data was erased; they cannot apply to a position.",
  candidateErasedNoCv: "This candidate's personal data was erased; no CV can be added.",
  candidateErasedNoHire: "This candidate's personal data was erased; they cannot be hired.",
  fileEmpty: "The file is empty.",
  cvTooLarge: "The CV is larger than 5 MB.",
  cvType: "The CV must be a PDF or a Word (.docx) document.",
  requirementsInvalid: "Some requirements need attention: see the marked fields.",
  requirementRepeated: "This repeats an earlier requirement.",
  profileCopySelf: "Choose another position: a profile cannot be copied onto its own position.",
  profileCopyEmpty: "The source position has no hiring profile to copy. Define its requirements first.",
  compareCount: "Choose 2 to 4 different candidates to compare.",
  compareSamePosition: "Only candidates of the same position can be compared.",
  stageUseHire: "Hiring creates the staff member: use Hire on the candidate page.",
  stageHiredIsFinal: "This candidate has been hired; the stage can no longer change.",
  stageReasonRequired: "Give a reason for the rejection.",
  stageBackOneStep: "A candidate can move back only one stage at a time.",
  stageReopenToPrevious: "A closed application can only be reopened to the stage it was closed from.",
  stageMovedMeanwhile:
    "{name} is now in {stage, select, APPLIED {Applied} SCREENING {Screening} INTERVIEW {Interview} OFFER {Offer} HIRED {Hired} REJECTED {Rejected} other {Withdrawn}}: someone else moved this candidate. Reload the board and try again.",
  bulkRejectRefused:
    "{name} cannot be rejected: {refusal, select, hiredIsFinal {they have been hired} reasonRequired {give a reason for the rejection} other {this move is not allowed}}. Nothing was rejected.",
  bulkRejectMovedMeanwhile:
    "Some of these candidates were moved meanwhile. Nothing was rejected; reload and try again.",
  applicationClosedNoRescreen: "This application is closed: it can no longer be re-screened.",
  scorecardFinal: "Your scorecard is already submitted and is final; it cannot be changed.",
  scorecardHeadStage: "Heads rate candidates at the interview or offer stage only.",
  scorecardStage: "Scorecards can be written from screening to offer only.",
  scorecardForeignRequirements:
    "Some ratings are for requirements that are not in the profile version this candidate is screened against. Reload the page and rate again.",
  scorecardNoDraft: "Save your ratings as a draft before submitting.",
  scorecardUnrated: "Rate every requirement before submitting. Not rated yet: {requirements}.",
  hireNotAtOffer: "This application is no longer at the offer stage and cannot be hired.",
  hireOnlyAtOffer: "Only a candidate at the offer stage can be hired.",
  hireEmailRequired: "Enter the email the new staff member will sign in with.",
  hireEmailTaken: "A user with the email {email} already exists. Enter another email.",
  erasureNameMismatch: "The typed name does not match the candidate's name.",

  // Readiness
  signOffNeedsPosition:
    "Give this person a position before signing them off: readiness is measured against the position's profile.",
  signOffNotReady:
    "Not ready: {count, plural, one {# must-have is} other {# must-haves are}} not met yet. Sign off with an override and a reason, or wait until they are met.",

  // Staffing
  staffingMovedTwice: "Each person can be moved only once per submission.",
  staffingDepartmentGone: "{name}: the proposed department no longer exists or is archived.",
  staffingChangedMeanwhile:
    "{name} was changed after the proposal was made, so nothing was applied. Run the proposal again.",
  whatIfUnknownDepartment: "A what-if names a department that is not part of this plan.",
  whatIfUnknownSegment: "The added department “{name}” serves a segment that does not exist.",
  solverBusy: "The staffing solver is busy with other proposals: try again in a minute.",
  proposalAbandoned: "The server computing this proposal stopped before it finished: run it again.",
  proposalFailed:
    "The proposal could not be computed. Run it again; if it keeps failing, tell your administrator.",
  staffingCapacityInvalid: "{department}: the capacity must be a whole number of at least 0.",
  staffingMinimumAboveCapacity: "{department}: the minimum headcount is above its capacity.",
  staffingTooFewSeats:
    "{people, plural, one {# person needs} other {# people need}} a department but the departments have {seats, plural, one {# place} other {# places}} in total: raise a capacity or add a department.",
  staffingLockedOutside: "{name} is kept in place, but their department is not part of this plan.",
  staffingLocksExceedCapacity:
    "{department} has {locked, plural, one {# person} other {# people}} kept in place but room for only {capacity}.",
  staffingInfeasible:
    "No staffing fits: {reason, select, MIN_ABOVE_MAX {a department needs more people than it takes} MINIMUMS_EXCEED_PEOPLE {the minimum headcounts need more people than there are} CAPACITY_BELOW_PEOPLE {the departments have fewer places than there are people} LOCKS_EXCEED_MAX {more people are kept in a department than it takes} CONFLICTING_LOCKS {a person is kept in two departments} other {no plan meets every minimum headcount with the people available}}. Change a capacity, a minimum or who is kept in place.",
  proposalsRunning:
    "You already have {count, plural, one {# proposal} other {# proposals}} running: wait for one to finish.",

  // Onboarding: courses, rules, enrolments, learning
  courseNoPublishedVersion: "This course has no published version to enrol people on.",
  itemNotLesson: "This item is not a lesson.",
  itemNotScenario: "This item is not a scenario.",
  itemNotQuiz: "This item is not a quiz.",
  ruleTargetMissing:
    "Choose an existing {kind, select, department {department} position {position} other {segment}}.",
  ruleTargetArchived:
    "The chosen {kind, select, department {department} position {position} other {segment}} is archived.",
  courseArchived: "This course is archived.",
  courseArchivedRestore: "This course is archived. Restore it before editing.",
  quizAlreadyPassed: "You already passed this quiz.",
  quizAttemptsUsed:
    "You have used {count, plural, one {your only attempt} other {all # attempts}} of this quiz. Ask HR or your head to review your results.",
  attemptNotSubmitted: "This attempt has not been submitted yet.",
  chosenSegmentMissing: "One of the chosen segments does not exist.",
  chosenDepartmentMissing: "One of the chosen departments does not exist.",
  chosenPositionMissing: "One of the chosen positions does not exist.",
  outcomeSegmentMissing: "The expertise outcome names a segment that does not exist.",
  outcomeSegmentArchived: "The expertise outcome names an archived segment.",
  noDraftToPublish: "There is no draft to publish.",
  publishEmpty: "Add at least one lesson, scenario or quiz before publishing.",
  courseOnlyVersion: "This is the course's only version. Archive the course instead.",
  // Front-line feedback (issue 18)
  feedbackNotFound: "Feedback not found.",
  feedbackAuthorOnly: "Only the person who wrote this feedback can change what it says.",
  segmentHasFeedback: "This segment has front-line feedback, which is kept. Archive the segment instead.",

  // --- service stories (issue 18) ---
  storyNotFound: "This story does not exist, or you may not see it.",
  storiesNeedStaffRecord: "Stories are for people with a staff record, heads, HR and admins.",
  storyWriteNeedsStaffRecord: "Only people with a staff record can write stories.",
  storySegmentMissing: "Choose an existing customer segment that is not archived.",
  storyNotEditable: "This story can no longer be edited: it is waiting for moderation or has been decided.",
  storyNotSubmittable: "Only a draft or a returned story can be submitted.",
  storyIncomplete: "Fill in every part of the story before submitting it.",
  storyNotAwaitingModeration: "This story is not waiting for moderation.",
  storyOwnModeration: "You cannot moderate your own story. Another moderator decides on it.",
  storyNotPublished: "Only published stories can be marked useful or commented on.",
  storyUsefulOwn: "You cannot mark your own story as useful.",
  storyNotPublishedForScenario: "Only a published story can become a scenario in a course.",
  // --- end service stories ---
  // --- webhooks (issue 19) ---
  webhookNotFound: "Webhook endpoint not found.",
  webhookDeliveryNotFound: "Delivery not found.",
  webhookUrlNotHttps:
    "Use an https address. Plain http is accepted only for localhost, and only where the server allows it.",
  webhookUrlBlocked: "Webhooks cannot be sent to this address: it is on a private or local network.",
  // --- end webhooks ---
  // --- API tokens (issue 19, item 4) ---
  apiTokenInvalid: "This API token is unknown, expired or revoked, or its creator may no longer use it.",
  apiTokenNotAccepted: "This operation is not available with an API token.",
  apiScopeMissing: "This API token does not have the scope {scope}.",
  apiRateLimited: "Too many requests with this API token. Try again in {retryAfterSeconds} seconds.",
  apiTokenNotFound: "API token not found.",
  apiTokenExpiryPast: "Choose an expiry date after today.",
  apiTokenExpiryTooLate: "An API token can be valid for at most one year.",
  // --- end API tokens ---
} as const;

export type ErrorKey = keyof typeof errorMessages;
export type ErrorParams = Record<string, string | number>;

export const isErrorKey = (key: unknown): key is ErrorKey =>
  typeof key === "string" && Object.hasOwn(errorMessages, key);
