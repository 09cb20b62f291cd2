import type { Db } from "@portal/db";
import type { StaffingProposal } from "@portal/domain";
import type { staffingProposalInput } from "@portal/validators";
import type { z } from "zod";
import { AppError, notFound } from "../../errors";
import { isWhatIf, loadStaffing, toStaffingInput } from "./load";
import { jobFor, startJob } from "./jobs";
import { solveInWorker } from "./solve-in-worker";
import type { Actor } from "../../actor";

type ProposalInput = z.infer<typeof staffingProposalInput>;

export type ProposalResult = StaffingProposal & {
  /** Record version per moved person as loaded; apply sends it back so changes made meanwhile are detected. */
  versions: Record<string, Date>;
  whatIf: boolean;
  departmentNames: Record<string, string>;
};

/**
 * Loads the organization (bad department ids fail here, at once) and starts the solve in a worker thread;
 * the caller polls `proposalStatus` for progress and the result.
 */
export async function startProposal(db: Db, actor: Actor, input: ProposalInput): Promise<{ jobId: string }> {
  const loaded = await loadStaffing(db, actor, input.departmentIds);
  const staffingInput = toStaffingInput(loaded, input, new Date());
  const versions = new Map(loaded.staff.map((s) => [s.id, s.updatedAt]));
  try {
    const jobId = startJob<ProposalResult>(actor.id, async (report) => {
      report("loading", 1);
      const proposal = await solveInWorker(staffingInput, report);
      return {
        ...proposal,
        versions: Object.fromEntries(proposal.moves.map((m) => [m.personId, versions.get(m.personId)!])),
        whatIf: isWhatIf(input),
        departmentNames: Object.fromEntries(proposal.departments.map((d) => [d.departmentId, d.name])),
      };
    });
    return { jobId };
  } catch (e) {
    throw new AppError("TOO_MANY_REQUESTS", e instanceof Error ? e.message : String(e));
  }
}

export function proposalStatus(actor: Pick<Actor, "id">, jobId: string) {
  const job = jobFor<ProposalResult>(actor.id, jobId);
  if (!job) throw notFound("Proposal");
  return job;
}
