import type { I18n } from "./server";

/** A calendar date (a DATE column) as the locale writes it: "2018-03-28" in Swedish. */
export function formatDay({ format, locale }: I18n, date: Date): string {
  return format.dateTime(
    date,
    locale === "sv" ? { dateStyle: "short", timeZone: "UTC" } : { dateStyle: "long", timeZone: "UTC" },
  );
}

/** An ISO date or the part of one a source gives: "2019-11-25", "1997-02" (February 1997), "1997". */
export function formatPartialDate(i18n: I18n, value: string): string {
  const [year, month, day] = value.split("-").map(Number);
  if (day) return formatDay(i18n, new Date(Date.UTC(year!, month! - 1, day)));
  if (month)
    return i18n.format.dateTime(new Date(Date.UTC(year!, month - 1, 1)), {
      year: "numeric",
      month: "long",
      timeZone: "UTC",
    });
  return String(year);
}
