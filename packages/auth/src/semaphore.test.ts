import { describe, expect, it } from "vitest";
import { Semaphore } from "./semaphore";
import { argon2Concurrency, argon2Verifications, hashPassword, verifyPassword } from "./password";

describe("Semaphore", () => {
  it("runs at most `limit` tasks at once, in arrival order, and frees slots after failures", async () => {
    const gate = new Semaphore(2);
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const tasks = [0, 1, 2, 3].map((i) =>
      gate.run(
        () =>
          new Promise<number>((resolve, reject) => {
            started.push(i);
            releases[i] = () => (i === 0 ? reject(new Error("boom")) : resolve(i));
          }),
      ),
    );
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]);
    releases[0]?.();
    await expect(tasks[0]).rejects.toThrow("boom");
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    releases[1]?.();
    releases[2]?.();
    await Promise.all([tasks[1], tasks[2]]);
    await new Promise((r) => setImmediate(r));
    releases[3]?.();
    expect(await tasks[3]).toBe(3);
    expect(gate.peak).toBe(2);
  });
});

describe("argon2 verifications", () => {
  it("never run more at once than ARGON2_CONCURRENCY allows", async () => {
    const hash = await hashPassword("correct horse battery");
    const results = await Promise.all(Array.from({ length: 6 }, () => verifyPassword(hash, "wrong horse")));
    expect(results).toEqual(Array(6).fill(false));
    expect(argon2Verifications.peak).toBe(argon2Verifications.limit);
    expect(argon2Verifications.limit).toBe(2);
  });

  it("reads the setting strictly", () => {
    expect(argon2Concurrency(undefined)).toBe(2);
    expect(argon2Concurrency("4")).toBe(4);
    expect(() => argon2Concurrency("0")).toThrow(/ARGON2_CONCURRENCY/);
  });
});
