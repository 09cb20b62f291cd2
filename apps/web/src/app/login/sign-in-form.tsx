"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, FormField, Input } from "@portal/ui";
import { signInAction, type SignInState } from "./actions";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const common = useTranslations("common");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error ? (
        <Alert tone="danger" role="alert">
          {state.error === "throttled"
            ? t("throttled", { minutes: state.retryAfterMinutes ?? 15 })
            : state.error === "unavailable"
              ? common("databaseUnavailable")
              : t(state.error === "missing" ? "missing" : "invalid")}
        </Alert>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <FormField id="email" label={t("email")} required>
        {(aria) => (
          <Input
            {...aria}
            name="email"
            type="email"
            autoComplete="username"
            defaultValue={state.email}
            // The page has one task and no content above the form to read first.
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the field a user must fill in first
            autoFocus
          />
        )}
      </FormField>
      <FormField id="password" label={t("password")} required>
        {(aria) => <Input {...aria} name="password" type="password" autoComplete="current-password" />}
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
