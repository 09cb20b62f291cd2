import type { Db } from "@portal/db";
import type { StaffingProposal } from "@portal/domain";
import type { staffingProposalInput } from "@portal/validators";
import type { z } from "zod";
import { AppError, notFound } from "../../errors";
import { isWhatIf, loadStaffing, toStaffingInput } from "./load";
import { jobFor, startJob, TooManyJobsError } from "./jobs";
import { solveInWorker, solverIsFull } from "./solve-in-worker";
import type { Actor } from "../../actor";

type ProposalInput = z.infer<typeof staffingProposalInput>;

export type ProposalResult = StaffingProposal & {
  /** Record version per moved person as loaded; apply sends it back so changes made meanwhile are detected. */
  versions: Record<string, Date>;
  whatIf: boolean;
  departmentNames: Record<string, string>;
};

const tooMany = (message: string) => new AppError("TOO_MANY_REQUESTS", message);

/**
 * Loads the organization (bad department ids fail here, at once) and starts the solve in the solver thread;
 * the caller polls `proposalStatus` (on any server: the job is a database row) for progress and the result.
 */
export async function startProposal(db: Db, actor: Actor, input: ProposalInput): Promise<{ jobId: string }> {
  if (solverIsFull())
    throw tooMany("The staffing solver is busy with other proposals: try again in a minute.");
  const loaded = await loadStaffing(db, actor, input.departmentIds);
  const staffingInput = toStaffingInput(loaded, input, new Date());
  const versions = new Map(loaded.staff.map((s) => [s.id, s.updatedAt]));
  try {
    const jobId = await startJob<ProposalResult>(db, actor.id, async (report) => {
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
    if (e instanceof TooManyJobsError) throw tooMany(e.message);
    throw e;
  }
}

/** A proposal read back from its JSON: the versions, the only dates in it, become dates again. */
const reviveProposal = (parsed: unknown): ProposalResult => {
  const stored = parsed as Omit<ProposalResult, "versions"> & { versions: Record<string, string> };
  return {
    ...stored,
    versions: Object.fromEntries(Object.entries(stored.versions).map(([id, at]) => [id, new Date(at)])),
  };
};

export async function proposalStatus(db: Db, actor: Pick<Actor, "id">, jobId: string) {
  const job = await jobFor(db, actor.id, jobId, reviveProposal);
  if (!job) throw notFound("Proposal");
  return job;
}
