/**
 * Binary answers that do not fit tRPC (the company logo, a certificate as PDF) go through route handlers; they get
 * these, bound to the portal's database, so the app never imports the database package. Access is checked here.
 */
import { prisma } from "@portal/db";
import type { Actor } from "./actor";
import { companyLogo } from "./services/company";
import { certificateForViewer } from "./services/onboarding/certificates";
import { renderCertificatePdf, type CertificatePdfInput } from "./services/onboarding/certificate-pdf";

export const companyFiles = {
  logo: () => companyLogo(prisma),
  /** The certificate for its holder or whoever may see the holder's record (else not found), with the company. */
  certificate: async (actor: Actor, id: string) => ({
    certificate: await certificateForViewer(prisma, actor, id),
    logo: await companyLogo(prisma),
  }),
  certificatePdf: (input: CertificatePdfInput) => renderCertificatePdf(input),
};
