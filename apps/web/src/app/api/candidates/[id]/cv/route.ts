/**
 * CV files of a candidate: POST (multipart, field "file") uploads, GET downloads, DELETE removes. Binary does
 * not fit tRPC, so this handler only reads the session and the body; packages/api checks role, scope and type.
 */
import { candidateCvFiles, candidateCvMaxBytes } from "@portal/api";
import type { SessionUser } from "@portal/auth";
import { isDatabaseUnreachable } from "@portal/api/outage";
import { getCurrentUser } from "@/server/session";
import { answeringOutages } from "@/server/outage-response";
import { crossSiteRefusal } from "@/server/request-guard";
import { mayUseRoutes, refusal, refusalOf, sessionRefusal, unexpectedRefusal } from "@/server/refusal";

type Params = { params: Promise<{ id: string }> };

function failure(e: unknown) {
  const refused = refusalOf(e);
  if (refused) return refused;
  if (isDatabaseUnreachable(e)) throw e; // 503 (answeringOutages)
  console.error("CV route:", e);
  return unexpectedRefusal();
}

async function signedIn(): Promise<{ error: Response } | { user: SessionUser }> {
  const user = await getCurrentUser();
  return mayUseRoutes(user) ? { user } : { error: sessionRefusal(user) };
}

const tooLarge = () => refusal(413, "PAYLOAD_TOO_LARGE", "cvTooLarge");

export const GET = answeringOutages(async (_req: Request, { params }: Params) => {
  const session = await signedIn();
  if ("error" in session) return session.error;
  try {
    const file = await candidateCvFiles.download(session.user, (await params).id);
    return new Response(new Uint8Array(file.body), { status: 200, headers: file.headers });
  } catch (e) {
    return failure(e);
  }
});

export const POST = answeringOutages(async (req: Request, { params }: Params) => {
  const refused = crossSiteRefusal(req);
  if (refused) return refused;
  const session = await signedIn();
  if ("error" in session) return session.error;
  // Refuse an oversized body before reading it (multipart adds a little overhead to the file itself).
  if (Number(req.headers.get("content-length") ?? 0) > candidateCvMaxBytes + 64 * 1024) return tooLarge();
  try {
    const form = await req.formData().catch(() => null);
    const file = form?.get("file");
    if (!file || typeof file === "string") return refusal(400, "BAD_REQUEST", "chooseFile");
    if (file.size > candidateCvMaxBytes) return tooLarge();
    const saved = await candidateCvFiles.upload(session.user, (await params).id, {
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return Response.json(saved, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return failure(e);
  }
});

export const DELETE = answeringOutages(async (req: Request, { params }: Params) => {
  const refused = crossSiteRefusal(req);
  if (refused) return refused;
  const session = await signedIn();
  if ("error" in session) return session.error;
  try {
    return Response.json(await candidateCvFiles.remove(session.user, (await params).id), {
      headers: { "Cache-Control": "no-store" },
    });
  } catch (e) {
    return failure(e);
  }
});
