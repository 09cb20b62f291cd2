import { describe, expect, it } from "vitest";
import { refuseWholeTableAggregates } from "./test-database";

describe("refuseWholeTableAggregates", () => {
  it("refuses the statement Prisma makes of a relation count", () => {
    // As Prisma 6.19 sends `enrolment.findMany({ select: { _count: { select: { progress: true } } } })`.
    const relationCount =
      'SELECT "public"."Enrolment"."id", COALESCE("aggr_selection_0_ItemProgress"."_aggr_count_progress", 0) AS ' +
      '"_aggr_count_progress" FROM "public"."Enrolment" LEFT JOIN (SELECT "public"."ItemProgress"."enrolmentId", ' +
      'COUNT(*) AS "_aggr_count_progress" FROM "public"."ItemProgress" WHERE 1=1 GROUP BY ' +
      '"public"."ItemProgress"."enrolmentId") AS "aggr_selection_0_ItemProgress" ON ("public"."Enrolment"."id" = ' +
      '"aggr_selection_0_ItemProgress"."enrolmentId") WHERE "public"."Enrolment"."staffMemberId" = $1';
    expect(() => refuseWholeTableAggregates(relationCount)).toThrow(/aggr_selection_0_ItemProgress/);
  });

  it("lets a filtered grouped count and ordinary reads through", () => {
    const grouped =
      'SELECT "public"."ItemProgress"."enrolmentId", COUNT(*) AS "_count._all" FROM "public"."ItemProgress" WHERE ' +
      '"public"."ItemProgress"."enrolmentId" IN ($1,$2) GROUP BY "public"."ItemProgress"."enrolmentId"';
    expect(() => refuseWholeTableAggregates(grouped)).not.toThrow();
    expect(() => refuseWholeTableAggregates('SELECT "id" FROM "User" WHERE "id" = $1')).not.toThrow();
  });
});
