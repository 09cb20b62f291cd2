import type { AccessRows } from "./types";

export const accountAccess: AccessRows = {
  "account.me": ["anonymous", "STAFF", "HEAD", "HR", "ADMIN"],
  "account.changePassword": ["STAFF", "HEAD", "HR", "ADMIN"],
  "account.setLocale": ["STAFF", "HEAD", "HR", "ADMIN"],
  "account.setTimeZone": ["STAFF", "HEAD", "HR", "ADMIN"],
  // password reset by e-mail (issue 19): public, the link is the credential
  "passwordReset.request": ["anonymous", "STAFF", "HEAD", "HR", "ADMIN"],
  "passwordReset.linkState": ["anonymous", "STAFF", "HEAD", "HR", "ADMIN"],
  "passwordReset.complete": ["anonymous", "STAFF", "HEAD", "HR", "ADMIN"],
  "home.summary": ["STAFF", "HEAD", "HR", "ADMIN"],
  "audit.list": ["ADMIN"],
  "audit.facets": ["ADMIN"],
};
