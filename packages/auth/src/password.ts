import { hash, verify } from "@node-rs/argon2";
import { randomInt } from "node:crypto";
import { Semaphore } from "./semaphore";
import { authSettings } from "./env";

/** OWASP Password Storage Cheat Sheet: argon2id, m = 19 MiB, t = 2, p = 1. */
const ARGON2_OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum, not importable with isolatedModules) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/**
 * Each verification takes ~19 MiB and a libuv thread for tens of milliseconds. Capping how many run at once
 * (ARGON2_CONCURRENCY, default 2 of libuv's 4 threads) keeps a flood of sign-ins from starving file, DNS and
 * crypto work that signed-in users' requests need; the excess waits its turn.
 */
export const argon2Verifications = new Semaphore(argon2Concurrency(authSettings().ARGON2_CONCURRENCY));

export function argon2Concurrency(setting: string | undefined): number {
  const n = Number(setting ?? 2);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`ARGON2_CONCURRENCY must be a whole number >= 1, got "${setting}"`);
  return n;
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await argon2Verifications.run(() => verify(passwordHash, password));
  } catch {
    return false; // a malformed stored hash must read as "wrong password", never crash the sign-in
  }
}

// A hash of a random password, verified against when the account does not exist, so an unknown email
// costs the same time as a wrong password and timing does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword(generateOneTimePassword());
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}

// No look-alike characters (0/O, 1/l/I): the password is read off a screen and typed by someone else.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** 16 characters from a 55-symbol alphabet: ~92 bits, shown once to the admin. */
export function generateOneTimePassword(length = 16): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out.replace(/(.{4})(?!$)/g, "$1-");
}
