import { z } from "zod";
import { email, text } from "./common";
import { V } from "./messages";

/** OWASP ASVS 2.1: at least 12 characters, no composition rules, long passphrases allowed. */
export const password = text().min(12, V.passwordLength).max(128, V.passwordLength);

export const signInInput = z.object({ email, password: text().min(1, V.required).max(128, V.tooLong) });

export const changePasswordInput = z
  .object({
    currentPassword: text().min(1, V.required).max(128, V.tooLong),
    newPassword: password,
    confirmPassword: text().min(1, V.required).max(128, V.tooLong),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    message: V.passwordsDiffer,
    path: ["confirmPassword"],
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    message: V.passwordUnchanged,
    path: ["newPassword"],
  });
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
