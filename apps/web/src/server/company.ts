import { cache } from "react";
import { callApi } from "@/trpc/server";

/**
 * The company's name and logo address for the header, read once per request (one primary-key read of a Setting,
 * in parallel with the header's other read). The portal layout is not re-rendered on client-side navigation, so
 * this costs one query per full page load. Null when it cannot be read; the header then shows the portal's name.
 */
export const getCompanyProfile = cache(async () => {
  const profile = await callApi((api) => api.company.profile());
  return profile.ok ? profile.data : null;
});
