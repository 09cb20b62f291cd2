import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { portalOrigin, verifyAddress } from "@/server/origin";
import { CertificateView } from "@/components/learning/certificate-view";

export async function generateMetadata() {
  return { title: (await getTranslations("learning"))("certificateTitle") };
}

/**
 * The holder, HR, admins or the holder's head (the procedure checks; anyone else gets 404); printable on one A4
 * page and downloadable as PDF (/api/certificates/<id>/pdf, with the same access rule).
 */
export default async function CertificatePage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const certificate = await requireRecord((api) => api.learning.certificate({ id }));
  if (!certificate.ok) throw new Error(`certificate ${id}: ${certificate.error.key}`);
  const verifyUrl = verifyAddress(await portalOrigin(), certificate.data.verificationCode);
  return <CertificateView certificate={certificate.data} verifyUrl={verifyUrl} />;
}
