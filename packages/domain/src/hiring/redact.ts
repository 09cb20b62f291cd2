/** Erasure of a candidate: what of earlier audit rows is their personal data, and how it is blanked. */

/** Keys whose values are a candidate's personal data wherever they appear in earlier audit rows. */
export const personalKeys = new Set([
  "name",
  "email",
  "phone",
  "notes",
  "source",
  "languages",
  "certifications",
  "cv",
  "fileName",
  "candidateName",
  "summary",
  "note", // scorecard.save rows: the interviewer's summary and each rating's note
]);
export const REDACTED = "[erased]";

/** `value` with every personal key's value replaced by REDACTED, at any depth; `changed` when one was. */
export function redact(value: unknown): { value: unknown; changed: boolean } {
  if (Array.isArray(value)) {
    const items = value.map(redact);
    return { value: items.map((i) => i.value), changed: items.some((i) => i.changed) };
  }
  if (value && typeof value === "object") {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (personalKeys.has(key) && v !== null && v !== REDACTED) {
        out[key] = REDACTED;
        changed = true;
      } else {
        const inner = redact(v);
        out[key] = inner.value;
        changed ||= inner.changed;
      }
    }
    return { value: out, changed };
  }
  return { value, changed: false };
}
