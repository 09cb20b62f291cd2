import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook } from "./signature";

const secret = "whsec_test-secret";
const body = JSON.stringify({
  id: "evt_1",
  type: "candidate.hired",
  occurredAt: "2026-01-01T00:00:00.000Z",
  data: {},
});

describe("webhook signatures", () => {
  it("is HMAC-SHA256 over timestamp.body, in hex", () => {
    const expected = createHmac("sha256", secret).update(`1767225600.${body}`).digest("hex");
    expect(signWebhook(secret, 1767225600, body)).toBe(expected);
    // A known vector, so a change of the scheme cannot pass by changing both sides.
    expect(signWebhook("key", 1, "{}")).toBe(createHmac("sha256", "key").update("1.{}").digest("hex"));
    expect(signWebhook(secret, 1767225600, body)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("verifies a genuine delivery and refuses a changed body, another secret, or an old timestamp", () => {
    const t = 1767225600;
    const signature = signWebhook(secret, t, body);
    expect(verifyWebhook(secret, { timestamp: String(t), signature }, body, t + 10)).toBe(true);
    expect(verifyWebhook(secret, { timestamp: String(t), signature }, body + " ", t)).toBe(false);
    expect(verifyWebhook("whsec_other", { timestamp: String(t), signature }, body, t)).toBe(false);
    expect(verifyWebhook(secret, { timestamp: String(t + 1), signature }, body, t)).toBe(false);
    expect(verifyWebhook(secret, { timestamp: String(t), signature }, body, t + 301)).toBe(false);
    expect(verifyWebhook(secret, { timestamp: null, signature }, body, t)).toBe(false);
    expect(verifyWebhook(secret, { timestamp: String(t), signature: "zz" }, body, t)).toBe(false);
  });
});
