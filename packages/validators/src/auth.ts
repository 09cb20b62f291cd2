import { z } from "zod";
import { email } from "./common";
import { V } from "./messages";

/** OWASP ASVS 2.1: at least 12 characters, no composition rules, long passphrases allowed. */
export const password = z.string().min(12, V.passwordLength).max(128, V.passwordLength);

export const signInInput = z.object({ email, password: z.string().min(1, V.required).max(128) });

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, V.required).max(128),
    newPassword: password,
    confirmPassword: z.string().min(1, V.required),
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
