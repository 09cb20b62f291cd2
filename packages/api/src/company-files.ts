/**
 * Binary answers that do not fit tRPC (the company logo, a certificate as PDF) go through route handlers; they get
 * these, bound to the portal's database, so the app never imports the database package. Access is checked here.
 */
import { prisma } from "@portal/db";
import type { Actor } from "./actor";
import { companyLogo } from "./services/company";
import { certificatePdfDownload, type CertificatePdfLabels } from "./services/onboarding/certificate-pdf";

export type { CertificatePdfLabels };

export const companyFiles = {
  logo: () => companyLogo(prisma),
  /** The certificate as PDF for whoever may open its page (else NOT_FOUND), texts in the reader's language. */
  certificatePdf: (actor: Actor, id: string, labels: CertificatePdfLabels) =>
    certificatePdfDownload(prisma, actor, id, labels),
};
