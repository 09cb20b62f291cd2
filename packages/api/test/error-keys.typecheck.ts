/**
 * Refusals are typed (README, "Errors"): where a message key of the `errors` catalogue belongs, an English
 * sentence fails `npm run typecheck`. Never run; each line must stay a type error.
 */
import {
  AppError,
  badRequest,
  conflict,
  fieldError,
  forbidden,
  notFound,
  rethrowUnique,
} from "../src/errors";

export function sentencesAreNotKeys(err: unknown) {
  return [
    // @ts-expect-error a sentence is not a message key
    badRequest("The department does not exist."),
    // @ts-expect-error a sentence is not a message key
    conflict(`This segment still has ${2} department(s).`),
    // @ts-expect-error a sentence is not a message key
    notFound("Staff member"),
    // @ts-expect-error a sentence is not a message key
    forbidden("Your role does not allow this."),
    // @ts-expect-error a sentence is not a message key
    fieldError("email", "Enter an email."),
    // @ts-expect-error a sentence is not a message key
    new AppError("CONFLICT", "Already there."),
    // @ts-expect-error a field issue's message is a catalogue key, not a sentence
    new AppError("BAD_REQUEST", "checkFields", {}, { issues: [{ path: ["name"], message: "Too long." }] }),
    // @ts-expect-error a sentence is not a message key
    () => rethrowUnique(err, { email: "A user with this email already exists." }),
    // Keys are fine:
    badRequest("departmentMissing"),
    conflict("segmentHasDepartments", { count: 2 }),
  ];
}
