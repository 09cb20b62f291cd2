import { z } from "zod";
import { V } from "./messages";
import { requiredText, text } from "./common";

/** Logo formats an <img> and the certificate PDF both show; SVG is left out (it can carry scripts). */
export const companyLogoTypes = ["image/png", "image/jpeg"] as const;
export type CompanyLogoType = (typeof companyLogoTypes)[number];
export const companyLogoMaxBytes = 256 * 1024;

/** The company's name and logo, shown in the header and on certificates. The logo travels as base64. */
export const companySettingsInput = z.object({
  name: requiredText(120),
  logo: z
    .discriminatedUnion("action", [
      z.object({ action: z.literal("keep") }),
      z.object({ action: z.literal("remove") }),
      z.object({
        action: z.literal("upload"),
        type: z.enum(companyLogoTypes, { error: V.logoType }),
        base64: text()
          .min(4, V.logoType)
          .max(Math.ceil(companyLogoMaxBytes / 3) * 4, V.logoSize)
          .regex(/^[A-Za-z0-9+/]+={0,2}$/, V.logoType),
      }),
    ])
    .default({ action: "keep" }),
});
export type CompanySettingsInput = z.input<typeof companySettingsInput>;
