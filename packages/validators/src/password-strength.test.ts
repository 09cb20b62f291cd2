import { beforeAll, describe, expect, it } from "vitest";
import { passwordProblem } from "./password-strength";
import { V } from "./messages";

const owner = { email: "maria.lindqvist@nordvik.example", name: "Maria Lindqvist" };

describe("passwordProblem", () => {
  // The first check builds the dictionaries' rankings: seconds on a busy machine, not a test of its own.
  beforeAll(() => void passwordProblem("warming up the password lists"), 60_000);

  it("refuses repeats and sequences", () => {
    expect(passwordProblem("aaaaaaaaaaaa", owner)).toBe(V.passwordGuessable);
    expect(passwordProblem("abcdefghijkl", owner)).toBe(V.passwordGuessable);
  });

  it("refuses passwords from the list of common and breached passwords", () => {
    expect(passwordProblem("password1234", owner)).toBe(V.passwordCommon);
    expect(passwordProblem("qwertyuiop12", owner)).toBe(V.passwordCommon);
    expect(passwordProblem("iloveyou2026!", owner)).toBe(V.passwordCommon);
  });

  it("refuses the user's own e-mail, its local part, or their name inside the password", () => {
    expect(passwordProblem("maria.lindqvist@nordvik.example", owner)).toBe(V.passwordPersonal);
    expect(passwordProblem("MARIA.LINDQVIST-rocks-42", owner)).toBe(V.passwordPersonal);
    expect(passwordProblem("lindqvist quietly juggles", owner)).toBe(V.passwordPersonal);
  });

  it("accepts a strong passphrase, and the demo password of the seeds", () => {
    expect(passwordProblem("mauve otter juggles quietly", owner)).toBeNull();
    expect(passwordProblem("correct horse battery staple", owner)).toBeNull();
    expect(passwordProblem("demo-portal-2026", { email: "admin@nordvik.example", name: "Admin" })).toBeNull();
  });
});
