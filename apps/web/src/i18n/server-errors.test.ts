/**
 * Refusals reach the screen in the user's language: the server sends a message key and params (never the text),
 * the client renders `errors.<key>`. Checks the English catalogue against the api's keys, that every key is used,
 * and the whole way of a refusal made for a Swedish user (formatter -> wire -> client mapping) for each way an error
 * reaches the client.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { TRPCError } from "@trpc/server";
import { TRPCClientError } from "@trpc/client";
import { z } from "zod";
import { AppError, errorMessages, fieldError, httpErrorBody, type ErrorKey } from "@portal/api/errors";
import { formatError, publicError } from "@portal/api/error-formatter";
import { zodLocales } from "@portal/validators/zod-locales";
import en from "../../messages/en/errors.json";
import sv from "../../messages/sv/errors.json";
import { serverErrorTextWith } from "./server-errors";

const root = join(__dirname, "..", "..", "..", "..");

const textIn = (locale: "en" | "sv", messages: Record<string, string>) =>
  serverErrorTextWith(
    createTranslator({
      locale,
      messages: { errors: messages },
      namespace: "errors",
    }) as unknown as Parameters<typeof serverErrorTextWith>[0],
  );
const swedish = textIn("sv", sv);

/** What the browser's tRPC client holds after the server formatted `error` for a caller in `locale`. */
function overTheWire(error: TRPCError, locale: string) {
  const shape = formatError(
    {
      shape: {
        message: error.message,
        code: -32600, // BAD_REQUEST's JSON-RPC code (the number is not what the client reads)
        data: { code: error.code, httpStatus: 400, path: "some.procedure" },
      },
      error,
      path: "some.procedure",
    },
    { hideInternals: true, log: () => {}, newId: () => "ref-123" },
    locale,
  );
  return TRPCClientError.from({ error: JSON.parse(JSON.stringify(shape)) });
}

const refused = (error: AppError) =>
  new TRPCError({ code: error.code, message: error.message, cause: error });

describe("the errors catalogue", () => {
  it("English has exactly the api's keys and text (packages/api/src/error-messages.ts)", () => {
    expect(en).toEqual(errorMessages);
  });

  it("every key is used by the api, the domain or the web app (a key no code throws is dead text in six languages)", () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? sources(join(dir, e.name))
          : /\.tsx?$/.test(e.name) && !/(error-messages|\.test)\.ts$/.test(e.name)
            ? [readFileSync(join(dir, e.name), "utf8")]
            : [],
      );
    const code = ["packages/api/src", "packages/domain/src", "apps/web/src"]
      .flatMap((dir) => sources(join(root, dir)))
      .join("\n");
    const unused = Object.keys(errorMessages).filter(
      (key) => !new RegExp(`["'\`](errors\\.)?${key}["'\`]`).test(code),
    );
    expect(unused).toEqual([]);
  });
});

describe("a refusal for a Swedish user", () => {
  it("from a service (AppError) renders the Swedish message with its params, not the English text", () => {
    const error = new AppError("CONFLICT", "departmentHasStaff", { count: 3 });
    const text = swedish(overTheWire(refused(error), "sv"));
    expect(text).toBe(
      "Avdelningen har fortfarande 3 medarbetare. Flytta dem eller markera att de har slutat innan du arkiverar avdelningen.",
    );
    expect(text).not.toContain(error.message);
    expect(error.message).toBe(
      "This department still has 3 staff members. Move them or mark them as left before archiving it.",
    );
  });

  it("from a tRPC middleware (not signed in, one-time password, role) renders Swedish", () => {
    const cases: [AppError, string][] = [
      [new AppError("UNAUTHORIZED", "signInRequired"), "Logga in för att fortsätta."],
      [new AppError("FORBIDDEN", "passwordChangeRequired"), "Välj ett nytt lösenord innan du fortsätter."],
      [new AppError("FORBIDDEN", "roleForbidden"), "Din roll ger inte behörighet till detta."],
    ];
    for (const [error, text] of cases) expect(swedish(overTheWire(refused(error), "sv"))).toBe(text);
  });

  it("puts a field issue's message, with the error's params, on the field in Swedish", () => {
    const error = fieldError("email", "hireEmailTaken", { email: "ana@example.com" });
    const wire = overTheWire(refused(error), "sv");
    const data = wire.data as { zodError: { fieldErrors: Record<string, string[]> }; messageParams: object };
    const message = data.zodError.fieldErrors.email?.[0] ?? "";
    expect(message).toBe("errors.hireEmailTaken");
    expect(swedish.field(message, data.messageParams as Record<string, string>)).toBe(
      "Det finns redan en användare med e-postadressen ana@example.com. Ange en annan e-postadress.",
    );
  });

  it("words zod's own messages of a refused input in Swedish and keeps validation keys as keys", () => {
    const schema = z.object({ count: z.number(), name: z.string().min(1, "validation.required") });
    const parsed = schema.safeParse({ count: "many", name: "" });
    const error = new TRPCError({ code: "BAD_REQUEST", cause: parsed.error });
    const wire = overTheWire(error, "sv");
    const fields = (wire.data as { zodError: { fieldErrors: Record<string, string[]> } }).zodError
      .fieldErrors;
    expect(fields.count?.[0]).toMatch(/^Ogiltig inmatning: förväntat antal/);
    expect(fields.name).toEqual(["validation.required"]);
    expect(swedish(wire)).toBe("Kontrollera de markerade fälten.");
  });

  it("hides an unexpected error behind a reference, in Swedish", () => {
    const error = new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new Error("SELECT * FROM secrets") });
    const wire = overTheWire(error, "sv");
    expect(swedish(wire)).toBe("Något gick fel. Referens: ref-123");
    expect(JSON.stringify(wire.data)).not.toContain("secrets");
  });

  it("renders a server action's result, a route handler's body and a failed proposal the same way", () => {
    const error = new AppError("CONFLICT", "quizAttemptsUsed", { count: 3 });
    const action = publicError(refused(error), "server action", { hideInternals: true, log: () => {} });
    expect(swedish(action)).toBe(
      "Du har använt alla 3 försök på testet. Be HR eller din chef att gå igenom dina resultat.",
    );
    expect(swedish(httpErrorBody("PAYLOAD_TOO_LARGE", "cvTooLarge"))).toBe("CV:t är större än 5 MB.");
    // A staffing proposal that failed stores its reason the same way (the domain's infeasibility).
    expect(swedish({ key: "staffingTooFewSeats", params: { people: 3, seats: 2 } })).toBe(
      "3 personer behöver en avdelning, men avdelningarna har 2 platser totalt: höj en kapacitet eller lägg till en avdelning.",
    );
  });

  it("says a call that got no answer is a network error, and never shows a thrown error's own text", () => {
    expect(swedish(new TRPCClientError("Failed to fetch"))).toBe(
      "Portalen gick inte att nå. Kontrollera din anslutning och försök igen.",
    );
    expect(swedish(new Error("ECONNRESET at socket"))).toBe("Något gick fel. Försök igen.");
  });

  it("falls back to a generic message for a key this client does not know (an older client)", () => {
    expect(swedish({ key: "noSuchKey" as ErrorKey, params: {} })).toBe("Något gick fel. Försök igen.");
  });
});

describe("zod's own messages in every interface language", () => {
  const issues = z
    .object({ n: z.number().min(5), s: z.string().max(2) })
    .safeParse({ n: 1, s: "abc" }).error!;
  it("each locale pack words an issue in its language (Tagalog is ours)", () => {
    const words = (locale: keyof typeof zodLocales) =>
      issues.issues.map((issue) => zodLocales[locale]().localeError(issue as never));
    expect(words("tl")).toEqual([
      "Masyadong maliit: dapat hindi bababa sa 5",
      "Masyadong mahaba o marami: hanggang 2 karakter lang ang puwede",
    ]);
    for (const locale of ["sv", "el", "fr", "da"] as const)
      for (const [i, text] of words(locale).entries()) expect(text).not.toBe(words("en")[i]);
  });
});
