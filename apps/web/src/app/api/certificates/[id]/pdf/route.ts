/**
 * A certificate as a one-page A4 PDF, for exactly whoever may open the certificate page (its holder, HR, admins,
 * the holder's head); anyone else, and an unknown id, gets 404 as on the page, so the answer does not tell whether
 * the certificate exists. packages/api checks access and draws it; this handler reads the session and translates.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { companyFiles, type CertificatePdfLabels } from "@portal/api";
import { isDatabaseUnreachable } from "@portal/api/outage";
import { getCurrentUser } from "@/server/session";
import { answeringOutages } from "@/server/outage-response";
import { mayUseRoutes, refusalOf, sessionRefusal, unexpectedRefusal } from "@/server/refusal";
import { portalOrigin, verifyAddress } from "@/server/origin";

type Params = { params: Promise<{ id: string }> };

async function labels(): Promise<CertificatePdfLabels> {
  const t = await getTranslations("learning");
  const format = await getFormatter();
  const origin = await portalOrigin();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return {
    title: t("certificateTitle"),
    certifies: t("certifies"),
    completed: t("completed"),
    issued: (d) => `${t("issued")}: ${date(d)}`,
    expires: (d) => `${t("expiresOn")}: ${d ? date(d) : t("neverExpires")}`,
    granted: (segment, level) => `${t("grantedExpertise")}: ${t("grantedLine", { segment, level })}`,
    verificationCode: (code) => `${t("verificationCode")}: ${code}`,
    verifyHint: (code) => t("verifyHint", { url: verifyAddress(origin, code) }),
  };
}

export const GET = answeringOutages(async (_req: Request, { params }: Params) => {
  const user = await getCurrentUser();
  if (!mayUseRoutes(user)) return sessionRefusal(user);
  try {
    const file = await companyFiles.certificatePdf(user, (await params).id, await labels());
    return new Response(new Uint8Array(file.body), { status: 200, headers: file.headers });
  } catch (e) {
    const refused = refusalOf(e);
    if (refused) return refused;
    if (isDatabaseUnreachable(e)) throw e; // 503 (answeringOutages)
    console.error("certificate PDF:", e);
    return unexpectedRefusal();
  }
});
