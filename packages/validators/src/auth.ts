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

/** "Forgot password": the e-mail a reset link is asked for. */
export const passwordResetRequestInput = z.object({ email });
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestInput>;

/** The token of a reset link (32 random bytes, base64url). Any other string is an unknown link, not a bad input. */
export const passwordResetToken = text().max(200, V.tooLong);
export const passwordResetTokenInput = z.object({ token: passwordResetToken });

/** The reset page: a new password under the same rules as "change password". */
export const passwordResetInput = z
  .object({
    token: passwordResetToken,
    newPassword: password,
    confirmPassword: text().min(1, V.required).max(128, V.tooLong),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    message: V.passwordsDiffer,
    path: ["confirmPassword"],
  });
export type PasswordResetInput = z.infer<typeof passwordResetInput>;
