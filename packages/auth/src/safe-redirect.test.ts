import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const origin = "https://portal.example";

/** Where a browser would go with this value as a relative Location header. */
const browserTarget = (path: string) => new URL(path, origin).origin;

describe("safeRedirectPath", () => {
  it("keeps paths on the site, with their query and fragment", () => {
    expect(safeRedirectPath("/admin/segments", origin)).toBe("/admin/segments");
    expect(safeRedirectPath("/hiring/candidates?stage=OFFER#list", origin)).toBe(
      "/hiring/candidates?stage=OFFER#list",
    );
    expect(safeRedirectPath("/learning/../readiness", origin)).toBe("/readiness");
  });

  const bypasses = [
    "//evil.com",
    "///evil.com",
    "/\\evil.com",
    "/\\\\evil.com",
    "\\\\evil.com",
    "\\/evil.com",
    "https:evil.com",
    "https://evil.com",
    "http:/\\evil.com",
    "HTTPS://evil.com/path",
    "//evil.com@portal.example",
    "\t//evil.com",
    "/\t/evil.com",
    "/\n/evil.com",
    " //evil.com",
    "/.//evil.com",
    "/..//evil.com",
    "/a/../..//evil.com",
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.com",
    "",
    "//%09/evil.com",
  ];
  it.each(bypasses)("sends %j nowhere but home", (value) => {
    expect(safeRedirectPath(value, origin)).toBe("/");
  });

  it("keeps an encoded double slash as a harmless path on the site", () => {
    const path = safeRedirectPath("/%2F%2Fevil.com", origin);
    expect(path.startsWith("//")).toBe(false);
    expect(browserTarget(path)).toBe(origin);
  });

  it("refuses values that are not strings or are absurdly long", () => {
    expect(safeRedirectPath(undefined, origin)).toBe("/");
    expect(safeRedirectPath(["/admin"], origin)).toBe("/");
    expect(safeRedirectPath(`/${"a".repeat(3000)}`, origin)).toBe("/");
  });

  it("uses the fallback the caller gives", () => {
    expect(safeRedirectPath("//evil.com", origin, "/login")).toBe("/login");
  });
});
