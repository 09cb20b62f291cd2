import { getTranslations } from "next-intl/server";
import { Alert, Card } from "@portal/ui";
import { requireUser } from "@/server/session";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("changePasswordTitle") };
}

export default async function ChangePasswordPage() {
  const user = await requireUser(undefined, { allowPendingPasswordChange: true });
  const t = await getTranslations("auth");
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-md">
        <h1 className="mb-4 text-xl font-semibold">{t("changePasswordTitle")}</h1>
        {user.mustChangePassword ? (
          <Alert tone="warning" className="mb-4">
            {t("mustChangePassword")}
          </Alert>
        ) : null}
        <ChangePasswordForm owner={{ email: user.email, name: user.name }} />
      </Card>
    </main>
  );
}
