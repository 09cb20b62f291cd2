import { describe, expect, it } from "vitest";
import { generateOneTimePassword, hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id and the OWASP parameters", async () => {
    const h = await hashPassword("correct horse battery");
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, "correct horse battery")).toBe(true);
    expect(await verifyPassword(h, "correct horse batterY")).toBe(false);
  });

  it("treats a malformed hash as a wrong password", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });

  it("generates distinct one-time passwords without look-alike characters", () => {
    const a = generateOneTimePassword();
    expect(a).toMatch(/^([a-km-zA-HJ-NP-Z2-9]{4}-){3}[a-km-zA-HJ-NP-Z2-9]{4}$/);
    expect(a).not.toEqual(generateOneTimePassword());
  });
});
