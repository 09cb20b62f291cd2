import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { ErrorKey, ErrorParams } from "@portal/api";

/**
 * What the user is told of a refused or failed call: a key of the `errors` namespace and its ICU params, as the
 * server sends them (packages/api/src/error-messages.ts). The English `message` of an error never reaches the
 * screen: this is the one place that turns an error into text.
 */
export type Told = { key: ErrorKey; params: ErrorParams };

type Translate = { (key: string, params?: ErrorParams): string; has(key: string): boolean };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const paramsOf = (value: unknown): ErrorParams => (isRecord(value) ? (value as ErrorParams) : {});

/**
 * The key and params of an error from any of the ways one reaches the client: a tRPC client error (the server's
 * formatter puts them in `data.messageKey`, `data.messageParams`), a server action's `ActionResult` error or a
 * route handler's JSON body (`key`, `params`). A call that never got an answer is a network error; anything else
 * is "something went wrong", never its own text.
 */
export function toldOf(error: unknown): Told {
  if (isRecord(error)) {
    const data = error.data;
    if (isRecord(data) && typeof data.messageKey === "string")
      return { key: data.messageKey as ErrorKey, params: paramsOf(data.messageParams) };
    if (typeof error.key === "string") return { key: error.key as ErrorKey, params: paramsOf(error.params) };
    if (error.name === "TRPCClientError") return { key: "networkError", params: {} };
  }
  return { key: "unexpectedNoReference", params: {} };
}

/** The text of a field issue's message: `errors.*` keys with the error's params; other text as it is. */
function fieldTextWith(t: Translate, message: string, params: ErrorParams) {
  const key = message.startsWith("errors.") ? message.slice("errors.".length) : null;
  return key && t.has(key) ? t(key, params) : message;
}

export type ServerErrorText = ((error: unknown) => string) & {
  /** A field issue's message of a refused call (`errors.*` rendered with `params`, `validation.*` left for useErrorText). */
  field: (message: string, params: ErrorParams) => string;
};

export function serverErrorTextWith(t: Translate): ServerErrorText {
  const text = (error: unknown) => {
    const { key, params } = toldOf(error);
    return t.has(key) ? t(key, params) : t("unexpectedNoReference");
  };
  return Object.assign(text, {
    field: (message: string, params: ErrorParams) => fieldTextWith(t, message, params),
  });
}

/** In a client component: `const errorText = useServerErrorText(); errorText(mutation.error)`. */
export function useServerErrorText(): ServerErrorText {
  const t = useTranslations("errors");
  // Keys come from the server: `has` checks at run time what the type cannot (a test checks every key exists).
  return useMemo(() => serverErrorTextWith(t as unknown as Translate), [t]);
}
