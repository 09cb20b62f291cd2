"use client";
import { useCallback } from "react";
import { useFormatter, useTranslations } from "next-intl";
import {
  notificationMessage,
  notificationValues,
  type NotificationContent,
  type NotificationMessage,
} from "@portal/validators";
import type { AppMessages } from "@/i18n/app-config";

// Every message a notification can have is in the catalogue (and so, by the check script, in every locale).
const everyKindHasMessages: NotificationMessage["key"] extends keyof AppMessages["notifications"]["kinds"]
  ? true
  : false = true;
void everyKindHasMessages;

/** A stored notification (message key and parameters) as a title and body in the reader's language. */
export function useNotificationText() {
  const t = useTranslations("notifications.kinds");
  const format = useFormatter();
  return useCallback(
    (content: NotificationContent) => {
      const message = notificationMessage(content);
      const values = notificationValues(message, (d) => format.dateTime(d, { dateStyle: "long" }));
      // Each kind's values match its message's arguments (notificationMessage); every key exists (checked above).
      const tr = t as unknown as (
        key: `${typeof message.key}.${"title" | "body"}`,
        v: typeof values,
      ) => string;
      return { title: tr(`${message.key}.title`, values), body: tr(`${message.key}.body`, values) };
    },
    [t, format],
  );
}
