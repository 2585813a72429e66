"use client";

import { useParams } from "next/navigation";
import { isLocale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en.json";
import sv from "@/lib/i18n/messages/sv.json";

// Shown when a page fails on the server. The details stay in the server log, never here.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const messages = (isLocale(locale) && locale === "en" ? en : sv).errors;
  return (
    <>
      <h1>{messages.errorTitle}</h1>
      <p>{messages.errorText}</p>
      <button type="button" onClick={() => reset()}>
        {messages.retry}
      </button>
    </>
  );
}
