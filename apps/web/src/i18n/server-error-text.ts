import { getTranslations } from "next-intl/server";
import { serverErrorTextWith, type ServerErrorText } from "./server-errors";

/** In a server component: the text of a refused call in the user's language (see useServerErrorText). */
export async function getServerErrorText(): Promise<ServerErrorText> {
  const t = await getTranslations("errors");
  return serverErrorTextWith(t as unknown as Parameters<typeof serverErrorTextWith>[0]); // keys from the server: checked by `has`
}
