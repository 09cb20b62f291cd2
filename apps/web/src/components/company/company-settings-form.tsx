"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import {
  companyLogoMaxBytes,
  companyLogoTypes,
  companySettingsInput,
  V,
  type CompanyLogoType,
} from "@portal/validators";
import { Alert, Button, Card, ConfirmDialog, FormField, Input } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { FormError } from "@/components/forms/form-actions";
import { InputRow } from "@/components/forms/form-rows";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";

type Values = z.input<typeof companySettingsInput>;
type Output = z.output<typeof companySettingsInput>;
export type CompanyProfile = { name: string; logoUrl: string | null };
/** A chosen file, read and checked in the browser, not yet saved. */
type Chosen = { type: CompanyLogoType; base64: string; preview: string };

const isLogoType = (type: string): type is CompanyLogoType =>
  (companyLogoTypes as readonly string[]).includes(type);

function readAsDataUrl(file: File) {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsDataURL(file);
  });
}

/** A field error anywhere inside the logo union (its type or its base64), or on the field itself. */
function logoMessage(fieldError: unknown): string | undefined {
  const f = fieldError as
    | { message?: string; type?: unknown; base64?: { message?: string }; action?: { message?: string } }
    | undefined;
  if (!f) return undefined;
  const nested = typeof f.type === "object" ? (f.type as { message?: string } | null)?.message : undefined;
  return f.message ?? nested ?? f.base64?.message ?? f.action?.message;
}

/**
 * The company's name and logo (ADMIN). A chosen logo is checked for type and size in the browser and previewed;
 * it is stored on save. Removing the saved logo asks first and saves at once. The header (a server component)
 * shows the new name and logo after a refresh.
 */
export function CompanySettingsForm({ initial }: { initial: CompanyProfile }) {
  const t = useTranslations("company");
  const common = useTranslations("common");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState(initial);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, clearErrors, setValue, reset } = useForm<
    Values,
    unknown,
    Output
  >({
    resolver: zodResolver(companySettingsInput),
    defaultValues: { name: initial.name, logo: { action: "keep" } },
  });

  const discardChosen = () => {
    setChosen(null);
    setValue("logo", { action: "keep" });
    if (fileInput.current) fileInput.current.value = "";
  };

  const update = useMutation(
    trpc.company.update.mutationOptions({
      onMutate: () => setNotice(null),
      onSuccess: (profile, input) => {
        setSaved(profile);
        discardChosen();
        // Removing the logo saves the stored name, so a name being edited stays in the field.
        if (input.logo?.action !== "remove") reset({ name: profile.name, logo: { action: "keep" } });
        setNotice(input.logo?.action === "remove" ? t("removed") : t("saved"));
        router.refresh();
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );

  async function choose(file: File | undefined) {
    clearErrors("logo");
    setNotice(null);
    if (!file) return discardChosen();
    const refuse = (key: string) => {
      discardChosen();
      setError("logo", { type: "manual", message: key });
    };
    if (!isLogoType(file.type)) return refuse(V.logoType);
    if (file.size > companyLogoMaxBytes) return refuse(V.logoSize);
    const type = file.type;
    const preview = await readAsDataUrl(file).catch(() => null);
    if (!preview) return refuse(V.logoType);
    const base64 = preview.slice(preview.indexOf(",") + 1);
    setChosen({ type, base64, preview });
    setValue("logo", { action: "upload", type, base64 });
  }

  const logoError = errorText(logoMessage(formState.errors.logo));
  const shown = chosen?.preview ?? saved.logoUrl;

  return (
    <Card className="max-w-2xl">
      <form noValidate className="space-y-4" onSubmit={handleSubmit((data) => update.mutate(data))}>
        <FormError message={formState.errors.root?.server?.message} />
        {notice ? (
          <Alert tone="success" role="status">
            {notice}
          </Alert>
        ) : null}
        <InputRow
          id="company-name"
          label={t("name")}
          required
          maxLength={120}
          autoComplete="organization"
          error={errorText(formState.errors.name?.message)}
          {...register("name")}
        />
        <div className="space-y-2">
          <div className="flex min-h-20 flex-wrap items-center gap-4 rounded-md border border-gray-200 bg-gray-50 p-3">
            {shown ? (
              <>
                {/* eslint-disable-next-line @next/next/no-img-element -- a data: preview or the logo route; nothing to optimise */}
                <img
                  src={shown}
                  alt=""
                  className="max-h-16 max-w-48 object-contain"
                  data-testid="logo-preview"
                />
                <p className="text-sm text-muted">{chosen ? t("newLogo") : t("currentLogo")}</p>
              </>
            ) : (
              <p className="text-sm text-muted">{t("noLogo")}</p>
            )}
          </div>
          <FormField id="company-logo" label={t("logo")} hint={t("logoHint")} error={logoError}>
            {(aria) => (
              <Input
                {...aria}
                ref={fileInput}
                type="file"
                accept="image/png,image/jpeg"
                className="h-auto py-1.5"
                onChange={(e) => void choose(e.target.files?.[0])}
              />
            )}
          </FormField>
          <div className="flex flex-wrap gap-2">
            {chosen ? (
              <Button type="button" variant="secondary" size="sm" onClick={discardChosen}>
                {t("discardUpload")}
              </Button>
            ) : null}
            {saved.logoUrl && !chosen ? (
              <ConfirmDialog
                trigger={
                  <Button type="button" variant="danger" size="sm" disabled={update.isPending}>
                    {t("removeLogo")}
                  </Button>
                }
                title={t("removeTitle")}
                description={t("removeBody")}
                confirmLabel={t("removeLogo")}
                cancelLabel={common("cancel")}
                onConfirm={() => update.mutate({ name: saved.name, logo: { action: "remove" } })}
              />
            ) : null}
          </div>
        </div>
        <div className="pt-2">
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? common("saving") : common("save")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
