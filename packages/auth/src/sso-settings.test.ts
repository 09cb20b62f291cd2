import { describe, expect, it } from "vitest";
import { parseSsoSettings } from "./sso-settings";

const client = {
  OIDC_ISSUER: "https://login.nordvik.example/realms/staff",
  OIDC_CLIENT_ID: "portal",
  OIDC_CLIENT_SECRET: "s3cret",
};

describe("sign-in settings", () => {
  it("has password sign-in only when nothing is set, and treats empty values as unset", () => {
    expect(parseSsoSettings({})).toEqual({ oidc: null, passwordSignIn: true });
    expect(parseSsoSettings({ OIDC_ISSUER: "", OIDC_ROLE_MAP: " " })).toEqual({
      oidc: null,
      passwordSignIn: true,
    });
  });

  it("reads the provider, its defaults and the role map", () => {
    const { oidc, passwordSignIn } = parseSsoSettings({
      ...client,
      OIDC_ROLE_MAP: "portal-admins=ADMIN, portal-hr=HR",
      OIDC_CREATE_UNKNOWN: "true",
      PASSWORD_SIGNIN: "false",
    });
    expect(passwordSignIn).toBe(false);
    expect(oidc).toEqual({
      issuer: client.OIDC_ISSUER,
      clientId: "portal",
      clientSecret: "s3cret",
      displayName: null,
      scope: "openid email profile",
      groupsClaim: "groups",
      roleMap: new Map([
        ["portal-admins", "ADMIN"],
        ["portal-hr", "HR"],
      ]),
      createUnknown: true,
    });
  });

  it("names what is wrong in a misconfiguration", () => {
    expect(() => parseSsoSettings({ OIDC_ISSUER: client.OIDC_ISSUER })).toThrow(
      /OIDC_CLIENT_ID[\s\S]*OIDC_CLIENT_SECRET/,
    );
    expect(() => parseSsoSettings({ ...client, OIDC_ROLE_MAP: "portal-admins=ROOT" })).toThrow(
      /OIDC_ROLE_MAP[\s\S]*"portal-admins=ROOT" names no portal role/,
    );
    expect(() => parseSsoSettings({ ...client, OIDC_CREATE_UNKNOWN: "yes" })).toThrow(/OIDC_CREATE_UNKNOWN/);
    expect(() => parseSsoSettings({ ...client, OIDC_ISSUER: "login.nordvik.example" })).toThrow(
      /OIDC_ISSUER/,
    );
    expect(() => parseSsoSettings({ PASSWORD_SIGNIN: "false" })).toThrow(
      /PASSWORD_SIGNIN[\s\S]*nobody could sign in/,
    );
  });
});
