"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { copyText } from "@/components/users/one-time-password";
import type { ImportResult } from "./types";

/** The new people's one-time passwords, shown once after the import. */
export function ImportPasswords({ passwords }: { passwords: ImportResult["oneTimePasswords"] }) {
  const t = useTranslations("staff");
  const users = useTranslations("users");
  const [copied, setCopied] = useState(false);
  const all = passwords.map((p) => `${p.email}\t${p.name}\t${p.oneTimePassword}`).join("\n");
  return (
    <section
      aria-labelledby="passwords-title"
      className="space-y-3 rounded-lg border-2 border-yellow-400 bg-yellow-50 p-5 text-yellow-950"
    >
      <h2 id="passwords-title" className="text-lg font-semibold">
        {t("passwordsTitle")}
      </h2>
      <p className="text-sm">{t("passwordsBody")}</p>
      <p className="text-sm font-semibold">{t("passwordsOnce")}</p>
      <Button variant="secondary" size="sm" onClick={async () => setCopied(await copyText(all))}>
        {copied ? users("copied") : t("copyAll")}
      </Button>
      <Table>
        <THead>
          <tr>
            <Th scope="col">{t("email")}</Th>
            <Th scope="col">{t("name")}</Th>
            <Th scope="col">{t("password")}</Th>
          </tr>
        </THead>
        <TBody>
          {passwords.map((p) => (
            <Tr key={p.email}>
              <Td>{p.email}</Td>
              <Td>{p.name}</Td>
              <Td>
                <code className="select-all font-mono">{p.oneTimePassword}</code>
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
