// Compiled by `npm run typecheck`, never imported or run: it proves that message keys and locales are typed
// (app-config.ts). Each @ts-expect-error line must NOT compile; if one ever compiles, the typecheck fails.
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";

export function useTypedKeysCheck() {
  const nav = useTranslations("nav");
  nav("home");
  // @ts-expect-error a key that English does not have
  nav("hmoe");
  // @ts-expect-error a namespace that does not exist
  useTranslations("navv");
  const all = useTranslations();
  all("readiness.signOff.title");
  // @ts-expect-error a nested key that does not exist
  all("readiness.signOff.titel");
  // @ts-expect-error a group is not a message
  all("nav.role");
}

export async function typedServerKeysCheck() {
  const nav = await getTranslations({ locale: "sv", namespace: "nav" });
  nav("home");
  // @ts-expect-error a key that English does not have
  nav("hmoe");
  // @ts-expect-error a locale the portal does not have
  await getTranslations({ locale: "de", namespace: "nav" });
}
