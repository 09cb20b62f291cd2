/**
 * The create rows of an import, in batches: a whole company's onboarding file is mostly new people, and
 * one insert per table per batch keeps the single import transaction short. Same rows as the one-by-one
 * path would write: users (one-time password), staff records, expertise + history, audit events.
 */
import type { DbClient, Prisma } from "@portal/db";
import type { RowPlan } from "./import-plan";
import { toDate } from "./placement";
import { publicUserSelect } from "../users";
import type { Actor } from "../../actor";

type Password = { oneTimePassword: string; passwordHash: string };
export type IssuedPassword = { row: number; email: string; name: string; oneTimePassword: string };

const BATCH = 500;
/** The audit row writeAudit would write (JSON-normalized before/after), for createMany. */
const auditRow = (
  actorId: string,
  action: string,
  entityType: string,
  entityId: string,
  after: unknown,
): Prisma.AuditEventCreateManyInput => ({
  actorId,
  action,
  entityType,
  entityId,
  after: JSON.parse(JSON.stringify(after)) as Prisma.InputJsonValue,
});

function required(id: string | undefined): string {
  if (!id) throw new Error("Import: a row created in this batch was not returned."); // cannot happen: same transaction
  return id;
}

export async function createImportedRows(
  tx: DbClient,
  actor: Actor,
  rows: RowPlan[],
  password: (p: RowPlan) => Promise<Password>,
) {
  const issued: IssuedPassword[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const accounts = await Promise.all(
      batch.filter((p) => !p.userId).map(async (p) => ({ p, ...(await password(p)) })),
    );
    const users = await tx.user.createManyAndReturn({
      data: accounts.map(({ p, passwordHash }) => ({
        email: p.email,
        name: p.name,
        role: "STAFF" as const,
        passwordHash,
        mustChangePassword: true,
      })),
      select: publicUserSelect,
    });
    for (const { p, oneTimePassword } of accounts)
      issued.push({ row: p.row, email: p.email, name: p.name, oneTimePassword });
    const userIdOf = new Map(users.map((u) => [u.email, u.id]));
    const userIdFor = (p: RowPlan) => required(p.userId ?? userIdOf.get(p.email));
    const staff = await tx.staffMember.createManyAndReturn({
      data: batch.map((p) => ({
        userId: userIdFor(p),
        departmentId: p.departmentId,
        positionId: p.positionId,
        startDate: toDate(p.startDate),
        status: p.status,
      })),
    });
    const staffIdOf = new Map(staff.map((s) => [s.userId, s.id]));
    const expertise = batch.flatMap((p) => {
      const staffMemberId = required(staffIdOf.get(userIdFor(p)));
      return p.expertise.map((e) => ({
        staffMemberId,
        segmentId: e.segmentId,
        level: e.level,
        source: "ASSESSED" as const,
        evidence: "CSV import",
        assessedById: actor.id,
      }));
    });
    await tx.expertise.createMany({ data: expertise });
    await tx.expertiseChange.createMany({ data: expertise.map((e) => ({ ...e, previousLevel: null })) });
    await tx.auditEvent.createMany({
      data: [
        ...users.map((u) => auditRow(actor.id, "user.create", "User", u.id, u)),
        ...staff.map((s) => auditRow(actor.id, "staff.create", "StaffMember", s.id, s)),
        ...expertise.map((e) =>
          auditRow(actor.id, "expertise.set", "StaffMember", e.staffMemberId, {
            segmentId: e.segmentId,
            level: e.level,
            source: e.source,
            evidence: e.evidence,
          }),
        ),
      ],
    });
  }
  return issued;
}
