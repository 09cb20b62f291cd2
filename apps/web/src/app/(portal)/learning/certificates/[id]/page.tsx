import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { CertificateView } from "@/components/learning/certificate-view";

export async function generateMetadata() {
  return { title: (await getTranslations("learning"))("certificateTitle") };
}

/** The holder, HR or the holder's head (the procedure checks); printable. */
export default async function CertificatePage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  await requireRecord((api) => api.learning.certificate({ id }));
  return <CertificateView id={id} />;
}
