/**
 * Whether a newly chosen password is too easy to guess (OWASP ASVS 2.1.7, NIST 800-63B 5.1.1.2): found in
 * a list of common or breached passwords, made of repeats, sequences or keyboard walks, or containing the
 * user's own e-mail or name. The lists ship with @zxcvbn-ts (about 1 MB), so this module is a subpath of its
 * own: forms load it lazily, and the server checks again where the user's e-mail and name are known.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { V, type ValidationKey } from "./messages";

/** zxcvbn's score 3: "safely unguessable", more than 10^8 guesses. */
const MIN_SCORE = 3;
/** Parts of the e-mail or name shorter than this ("jo", "ab") are too common to refuse on their own. */
const MIN_PERSONAL_PART = 3;

let estimator: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  }));

export type PasswordOwner = { email?: string | null; name?: string | null };

/** The e-mail, its local part and each part of it and of the name, lowercased. */
function personalParts({ email, name }: PasswordOwner): string[] {
  const mail = (email ?? "").trim().toLowerCase();
  const local = mail.split("@")[0] ?? "";
  const words = [
    local,
    ...local.split(/[^\p{L}\p{N}]+/u),
    ...(name ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u),
  ];
  return [...new Set([mail, ...words])].filter((part) => part.length >= MIN_PERSONAL_PART);
}

/**
 * Why `password` may not be chosen, as a validation message key, or null when it may. The length rule is the
 * zod `password` schema's; this is the part that needs the password lists.
 */
export function passwordProblem(password: string, owner: PasswordOwner = {}): ValidationKey | null {
  const lowered = password.toLowerCase();
  const personal = personalParts(owner);
  if (personal.some((part) => lowered.includes(part))) return V.passwordPersonal;
  const result = zxcvbn().check(password, personal);
  if (result.score >= MIN_SCORE) return null;
  const fromList = result.sequence.some(
    (match) => match.pattern === "dictionary" && match.dictionaryName === "passwords-common",
  );
  return fromList ? V.passwordCommon : V.passwordGuessable;
}
