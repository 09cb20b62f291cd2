/**
 * A certificate as a one-page A4 PDF, for its holder and whoever may see the holder's record (HR, their head);
 * anyone else gets 404 as on the certificate page. Texts and dates in the reader's language.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { companyFiles, httpErrorOf } from "@portal/api";
import { getCurrentUser } from "@/server/session";

type Params = { params: Promise<{ id: string }> };

const json = (status: number, message: string) =>
  Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });

export async function GET(req: Request, { params }: Params) {
  const user = await getCurrentUser();
  if (!user) return json(401, "Please sign in.");
  if (user.mustChangePassword) return json(403, "Choose a new password before continuing.");
  try {
    const { certificate: c, logo } = await companyFiles.certificate(user, (await params).id);
    const t = await getTranslations("learning");
    const format = await getFormatter();
    const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
    const pdf = await companyFiles.certificatePdf({
      companyName: c.company.name,
      logo,
      title: t("certificateTitle"),
      lines: [
        { text: t("certifies"), size: 13 },
        { text: c.holder, size: 22, bold: true },
        { text: c.department, size: 11 },
        { text: t("completed"), size: 13 },
        { text: c.course, size: 18, bold: true },
        { text: `${t("issued")}: ${date(c.issuedAt)}`, size: 11 },
        {
          text: `${t("expiresOn")}: ${c.expiresAt ? date(c.expiresAt) : t("neverExpires")}`,
          size: 11,
        },
        ...(c.granted
          ? [
              {
                text: `${t("grantedExpertise")}: ${t("grantedLine", { segment: c.granted.segment, level: c.granted.level })}`,
                size: 11,
              },
            ]
          : []),
        { text: `${t("verificationCode")}: ${c.verificationCode}`, size: 12, bold: true },
      ],
      footer: t("verifyHint", {
        url: `${new URL(req.url).origin}/verify?code=${c.verificationCode}`,
      }),
    });
    const filename = `certificate-${c.verificationCode}.pdf`;
    return new Response(new Uint8Array(pdf), {
      status: 200,
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    const refused = httpErrorOf(e);
    if (refused) return json(refused.status, refused.message);
    console.error("certificate PDF:", e);
    return json(500, "Something went wrong. Please try again.");
  }
}
