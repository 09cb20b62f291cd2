/**
 * Where webhooks may be sent (SSRF guard, README "Webhooks"). https only; http only to localhost and only with
 * WEBHOOK_ALLOW_LOCALHOST=1 (tests, local development). Loopback needs that setting too, and private, link-local
 * and other non-public addresses need WEBHOOK_ALLOW_PRIVATE_NETWORK=1. The host is checked as written when an
 * endpoint is saved, and every address it resolves to before each delivery; redirects are not followed.
 * (A DNS answer that changes between the check and the connection is not caught: keep receivers on names you trust.)
 */
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import type { WebhookErrorCode } from "@portal/validators";
import { webhookEnv } from "../../env";

export const webhookSettings = webhookEnv;

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

const nonPublic = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  nonPublic.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  nonPublic.addSubnet(net, prefix, "ipv6");

const bare = (host: string) => host.replace(/^\[|\]$/g, "");
const isLocalhostName = (host: string) => host === "localhost" || host.endsWith(".localhost");

/** Whether one address may be reached: null if so, else why not. */
export function addressRefusal(address: string, settings = webhookSettings()): WebhookErrorCode | null {
  const mapped = address.toLowerCase().startsWith("::ffff:") ? address.slice(7) : address;
  const family = isIP(mapped) === 6 ? "ipv6" : "ipv4";
  if (loopback.check(mapped, family)) return settings.allowLocalhost ? null : "blockedAddress";
  if (nonPublic.check(mapped, family)) return settings.allowPrivateNetwork ? null : "blockedAddress";
  return null;
}

/** The URL as written (on save): scheme and a literal host. Null if acceptable, else why not. */
export function urlRefusal(
  raw: string,
  settings = webhookSettings(),
): "webhookUrlNotHttps" | "webhookUrlBlocked" | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "webhookUrlNotHttps";
  }
  const host = bare(url.hostname);
  const local =
    isLocalhostName(host) || (isIP(host) !== 0 && loopback.check(host, isIP(host) === 6 ? "ipv6" : "ipv4"));
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local && settings.allowLocalhost))
    return "webhookUrlNotHttps";
  if (local) return settings.allowLocalhost ? null : "webhookUrlBlocked";
  if (isIP(host) !== 0 && addressRefusal(host, settings)) return "webhookUrlBlocked";
  return null;
}

/** Before a delivery: the URL still passes and every address its host resolves to may be reached. */
export async function deliveryRefusal(
  raw: string,
  settings = webhookSettings(),
): Promise<WebhookErrorCode | null> {
  if (urlRefusal(raw, settings)) return "blockedAddress";
  const host = bare(new URL(raw).hostname);
  if (isIP(host) !== 0) return addressRefusal(host, settings);
  let addresses: { address: string }[];
  try {
    addresses = isLocalhostName(host) ? [{ address: "127.0.0.1" }] : await lookup(host, { all: true });
  } catch {
    return "unresolvable";
  }
  if (addresses.length === 0) return "unresolvable";
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, settings);
    if (refusal) return refusal;
  }
  return null;
}
