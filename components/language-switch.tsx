"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { localePath, splitLocale, type Locale } from "@/lib/i18n/config";

/** A link to the same page, with the same filters, in the other language. */
export function LanguageSwitch({ to, label }: { to: Locale; label: string }) {
  const [, path] = splitLocale(usePathname());
  const query = useSearchParams().toString();
  return (
    <Link
      prefetch={false}
      href={`${localePath(to, path)}${query ? `?${query}` : ""}`}
      lang={to}
      hrefLang={to}
    >
      {label}
    </Link>
  );
}
