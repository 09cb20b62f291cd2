import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyCount } from "./client-address";

const headers = (forwardedFor?: string) =>
  new Headers(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor, "x-real-ip": "6.6.6.6" });

describe("clientAddress", () => {
  it("believes no forwarded header without trusted proxies", () => {
    expect(clientAddress(headers("1.2.3.4"), 0)).toBeNull();
    expect(clientAddress(headers(), 0)).toBeNull();
  });

  it("takes the entry the outermost trusted proxy wrote, not the client's first value", () => {
    // The client sent "6.6.6.6, 7.7.7.7"; one proxy appended the address it saw.
    expect(clientAddress(headers("6.6.6.6, 7.7.7.7, 203.0.113.9"), 1)).toBe("203.0.113.9");
    // Two proxies: the CDN saw the client, the load balancer saw the CDN.
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("gives a spoofed first value no effect on the address", () => {
    const a = clientAddress(headers("1.1.1.1, 203.0.113.9"), 1);
    const b = clientAddress(headers("2.2.2.2, 203.0.113.9"), 1);
    expect(a).toBe(b);
  });

  it("believes nothing when fewer hops arrived than proxies are trusted, or the entry is not an address", () => {
    expect(clientAddress(headers("203.0.113.9"), 2)).toBeNull();
    expect(clientAddress(headers(), 1)).toBeNull();
    expect(clientAddress(headers("evil, not-an-ip"), 1)).toBeNull();
  });

  it("strips a port and reads IPv6", () => {
    expect(clientAddress(headers("203.0.113.9:5123"), 1)).toBe("203.0.113.9");
    expect(clientAddress(headers("[2001:db8::1]:443"), 1)).toBe("2001:db8::1");
    expect(clientAddress(headers("2001:db8::1"), 1)).toBe("2001:db8::1");
  });
});

describe("trustedProxyCount", () => {
  it("defaults to none and refuses nonsense", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    expect(() => trustedProxyCount("-1")).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedProxyCount("yes")).toThrow(/TRUSTED_PROXIES/);
  });
});
