import Link from "next/link";
import type { MemberRow } from "@/lib/manage/member-search";
import { localePath, type Locale } from "@/lib/i18n/config";
import { countyName } from "@/lib/i18n/region-names";
import { getI18n } from "@/lib/i18n/server";

/**
 * Members found by the administrator's filters: a list (not a table, so it stacks on a phone),
 * each linking to the member's page, with its county, kind and officers. `contacts`: list the
 * officers' e-mail addresses (the round's non-responders, to remind them); else only their count.
 */
export function MemberResults({
  rows,
  total,
  locale,
  contacts,
  testId,
}: {
  rows: MemberRow[];
  total: number;
  locale: Locale;
  contacts: boolean;
  testId: string;
}) {
  const { t } = getI18n(locale);
  return (
    <>
      <p className="result-summary" role="status" data-testid={`${testId}-count`}>
        {rows.length === total
          ? t("memberSearch.countAll", { count: total })
          : t("memberSearch.count", { count: rows.length, total })}
      </p>
      {rows.length ? (
        <ul className="member-results" data-testid={testId}>
          {rows.map((row) => (
            <li key={row.id}>
              <Link href={localePath(locale, `/hantera/${row.slug}`)}>{row.name}</Link>
              <span className="note">
                {" "}
                {countyName(row.county, locale)} · {t(`memberSearch.kindOf.${row.kind}`)}
                {contacts ? null : <> · {t("memberSearch.officerCount", { count: row.officers.length })}</>}
                {row.responded === null ? null : (
                  <> · {row.responded ? t("memberSearch.hasResponded") : t("memberSearch.notResponded")}</>
                )}
              </span>
              {contacts ? (
                <span className="contacts">
                  {row.officers.length ? (
                    row.officers.map((o) => (
                      <a key={o.email} href={`mailto:${o.email}`}>
                        {o.name} &lt;{o.email}&gt;
                      </a>
                    ))
                  ) : (
                    <span>
                      {t("memberSearch.noOfficer")}
                      {row.contactEmail ? (
                        <>
                          {" "}
                          {t("memberSearch.profileContact")}{" "}
                          <a href={`mailto:${row.contactEmail}`}>{row.contactEmail}</a>
                        </>
                      ) : null}
                    </span>
                  )}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("memberSearch.none")}</p>
      )}
    </>
  );
}
