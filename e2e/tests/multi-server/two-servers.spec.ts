import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { accounts, DEMO_PASSWORD } from "../../fixtures/accounts";
import { startSecondServer, type SecondServer } from "../../fixtures/second-server";

/**
 * Two production servers on one database (the one Playwright started, and a second started here with the same
 * AUTH_SECRET and DATABASE_URL): nothing a user needs lives in one server's memory.
 */
test.describe.configure({ mode: "serial" });

let second: SecondServer;
let first: string;
test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(150_000); // a production server starting on a busy 2-core machine
  first = baseURL!;
  second = await startSecondServer(120_000);
});
test.afterAll(async () => second?.stop());

/** Sign in through next-auth's credentials flow (CSRF token, then the callback) on one server. */
async function signInOn(api: APIRequestContext, server: string, email: string) {
  const { csrfToken } = (await (await api.get(`${server}/api/auth/csrf`)).json()) as { csrfToken: string };
  await api.post(`${server}/api/auth/callback/credentials`, {
    form: { email, password: DEMO_PASSWORD, csrfToken, callbackUrl: `${server}/` },
    maxRedirects: 0,
  });
}

type TrpcBody<T> = {
  result?: { data: { json: T } };
  error?: { json: { message: string; data: { code: string } } };
};

async function trpcQuery<T>(api: APIRequestContext, server: string, path: string, input?: unknown) {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return (await (await api.get(`${server}/api/trpc/${path}${query}`)).json()) as TrpcBody<T>;
}

async function trpcMutation<T>(api: APIRequestContext, server: string, path: string, input: unknown) {
  return (await (
    await api.post(`${server}/api/trpc/${path}`, { data: { json: input } })
  ).json()) as TrpcBody<T>;
}

type Me = { email: string; role: string } | null;
type ProposalJob = {
  status: "running" | "done" | "failed";
  progress: number;
  error: { key: string; params: Record<string, string | number> } | null;
  result: { totals: { people: number; moves: number } } | null;
};
type MovesPage = { total: number; pageCount: number; moves: { personId: string }[] };

test("a session made on one server is recognised on the other", async () => {
  // One cookie jar, as a browser behind a load balancer has: the cookie set by the first server goes to both.
  const api = await request.newContext();
  try {
    expect((await trpcQuery<Me>(api, second.url, "account.me")).result?.data.json).toBeNull();
    await signInOn(api, first, accounts.admin);
    expect((await trpcQuery<Me>(api, first, "account.me")).result?.data.json).toMatchObject({
      email: accounts.admin,
      role: "ADMIN",
    });
    expect((await trpcQuery<Me>(api, second.url, "account.me")).result?.data.json).toMatchObject({
      email: accounts.admin,
      role: "ADMIN",
    });
  } finally {
    await api.dispose();
  }
});

test("a staffing proposal started on one server reports its progress and result on the other", async () => {
  test.setTimeout(120_000);
  const hr = await request.newContext();
  const admin = await request.newContext();
  try {
    await signInOn(hr, second.url, accounts.hr);
    const started = await trpcMutation<{ jobId: string }>(hr, first, "staffing.startProposal", {});
    const jobId = started.result!.data.json.jobId;

    // Poll the other server until the job is no longer running (with a deadline), keeping what it reported.
    const seen: ProposalJob[] = [];
    const deadline = Date.now() + 90_000;
    for (;;) {
      const job = (await trpcQuery<ProposalJob>(hr, second.url, "staffing.proposalStatus", { jobId })).result!
        .data.json;
      seen.push(job);
      if (job.status !== "running") break;
      if (Date.now() > deadline) throw new Error(`proposal still running after 90 s: ${JSON.stringify(job)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const progress = seen.map((job) => job.progress);
    expect(progress.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const done = seen.at(-1)!;
    expect(done).toMatchObject({ status: "done", progress: 1, error: null });
    expect(done.result!.totals.people).toBeGreaterThan(0);
    // Its moves, a page at a time, from the server that did not compute it.
    const firstPage = (
      await trpcQuery<MovesPage>(hr, second.url, "staffing.proposalMoves", { jobId, pageSize: 10 })
    ).result!.data.json;
    expect(firstPage.total).toBe(done.result!.totals.moves);
    expect(firstPage.moves).toHaveLength(Math.min(10, done.result!.totals.moves));

    // The server that computed it answers the same; another user reads it as missing on either server.
    const onFirst = (await trpcQuery<ProposalJob>(hr, first, "staffing.proposalStatus", { jobId })).result!
      .data.json;
    expect(onFirst.result).toEqual(done.result);
    await signInOn(admin, first, accounts.admin);
    for (const server of [first, second.url])
      expect(
        (await trpcQuery<ProposalJob>(admin, server, "staffing.proposalStatus", { jobId })).error?.json.data
          .code,
      ).toBe("NOT_FOUND");
  } finally {
    await hr.dispose();
    await admin.dispose();
  }
});
