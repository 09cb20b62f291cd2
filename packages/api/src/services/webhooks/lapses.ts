/**
 * `signOff.lapsed` (issue 19). A sign-off lapses without any write (a required course's certificate expires, the
 * profile asks for something new), so the hourly `webhook-lapses` job looks for people whose sign-off in force
 * now reads LAPSED and writes the event once per sign-off (dedupe key): a repeated run, a restart or a second
 * server sends nothing twice. Nothing is read while no active endpoint subscribes to the event.
 */
import type { Db } from "@portal/db";
import { loadReadiness } from "../readiness/load";
import { enqueueWebhookEvent } from "./events";

export async function publishLapsedSignOffs(db: Db, now: Date) {
  const subscribed = await db.webhookEndpoint.count({
    where: { active: true, events: { has: "signOff.lapsed" } },
  });
  if (subscribed === 0) return { lapsed: 0, skipped: "no endpoint subscribes" };
  const people = await loadReadiness(db, { signOffs: { some: { revokedAt: null } } }, now);
  let lapsed = 0;
  for (const person of people) {
    if (person.readiness.status !== "LAPSED" || !person.signOff) continue;
    const signOff = person.signOff;
    const written = await db.$transaction((tx) =>
      enqueueWebhookEvent(
        tx,
        "signOff.lapsed",
        {
          signOffId: signOff.id,
          staffMemberId: person.staff.id,
          departmentId: person.staff.departmentId,
          positionId: signOff.positionId,
          signedOffAt: signOff.signedOffAt.toISOString(),
        },
        { occurredAt: now, dedupeKey: `signoff-lapsed:${signOff.id}` },
      ),
    );
    if (written > 0) lapsed += 1;
  }
  return { lapsed };
}
