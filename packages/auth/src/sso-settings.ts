import { z } from "zod";
import { parseRoleMap, ssoRoles, type SsoRole } from "@portal/domain";
import { ssoEnv } from "./env";

/** An unset variable and an empty one (`OIDC_ISSUER=` in an env file) mean the same: not set. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    schema.optional(),
  );
const flag = (fallback: boolean) =>
  optional(z.enum(["true", "false"], { error: 'must be "true" or "false"' })).transform((value) =>
    value === undefined ? fallback : value === "true",
  );

const roleMapSetting = optional(z.string()).transform((text, ctx) => {
  const parsed = parseRoleMap(text ?? "");
  if (parsed.ok) return parsed.map;
  const why = {
    format: "is not of the form group=ROLE",
    role: `names no portal role (${ssoRoles.join(", ")})`,
    duplicate: "maps a group that is already mapped",
  }[parsed.problem];
  ctx.addIssue({ code: "custom", message: `the entry "${parsed.entry}" ${why}` });
  return z.NEVER;
});

const schema = z
  .object({
    OIDC_ISSUER: optional(z.url({ protocol: /^https?$/, error: "must be the provider's issuer URL" })),
    OIDC_CLIENT_ID: optional(z.string()),
    OIDC_CLIENT_SECRET: optional(z.string()),
    OIDC_DISPLAY_NAME: optional(z.string().trim().max(60)),
    OIDC_SCOPE: optional(z.string().trim()),
    OIDC_GROUPS_CLAIM: optional(z.string().trim()),
    OIDC_ROLE_MAP: roleMapSetting,
    OIDC_CREATE_UNKNOWN: flag(false),
    PASSWORD_SIGNIN: flag(true),
  })
  .superRefine((env, ctx) => {
    const oidc = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
    const set = oidc.filter((key) => env[key] !== undefined);
    if (set.length > 0 && set.length < oidc.length)
      for (const key of oidc.filter((k) => env[k] === undefined))
        ctx.addIssue({ code: "custom", path: [key], message: `is needed with ${set.join(" and ")}` });
    if (set.length === 0 && !env.PASSWORD_SIGNIN)
      ctx.addIssue({
        code: "custom",
        path: ["PASSWORD_SIGNIN"],
        message:
          "can be false only when single sign-on is configured (OIDC_ISSUER and the client), or nobody could sign in",
      });
  });

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown as "Sign in with <displayName>"; null: the page's own words for "your company account". */
  displayName: string | null;
  scope: string;
  groupsClaim: string;
  roleMap: ReadonlyMap<string, SsoRole>;
  createUnknown: boolean;
};
export type SsoSettings = { oidc: OidcSettings | null; passwordSignIn: boolean };

/** The sign-in settings from the environment, or an Error that names every wrong variable. */
export function parseSsoSettings(env: Record<string, string | undefined>): SsoSettings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")} ${issue.message}`);
    throw new Error(`Sign-in settings are invalid (README "Single sign-on"):\n${lines.join("\n")}`);
  }
  const s = parsed.data;
  const oidc =
    s.OIDC_ISSUER && s.OIDC_CLIENT_ID && s.OIDC_CLIENT_SECRET
      ? {
          issuer: s.OIDC_ISSUER,
          clientId: s.OIDC_CLIENT_ID,
          clientSecret: s.OIDC_CLIENT_SECRET,
          displayName: s.OIDC_DISPLAY_NAME ?? null,
          scope: s.OIDC_SCOPE ?? "openid email profile",
          groupsClaim: s.OIDC_GROUPS_CLAIM ?? "groups",
          roleMap: s.OIDC_ROLE_MAP,
          createUnknown: s.OIDC_CREATE_UNKNOWN,
        }
      : null;
  return { oidc, passwordSignIn: s.PASSWORD_SIGNIN };
}

let settings: SsoSettings | undefined;
/** Parsed once per process; the server's start calls it first, so a misconfiguration stops the start. */
export function ssoSettings(): SsoSettings {
  settings ??= parseSsoSettings(ssoEnv());
  return settings;
}

/** What the sign-in page needs to know: which ways in to offer. */
export function signInOptions() {
  const { oidc, passwordSignIn } = ssoSettings();
  return { sso: oidc ? { displayName: oidc.displayName } : null, passwordSignIn };
}
