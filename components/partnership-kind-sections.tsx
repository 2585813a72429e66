import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import type { PartnershipWithDetail } from "@/lib/partnerships/types";
import { PartnershipTable, type PartnershipColumn } from "./partnership-table";
import { PARTNERSHIP_KINDS } from "@/lib/database/enums";

/**
 * One section per kind of partnership (vänorter, kommunala partnerskap, andra), each with its
 * count and table. On a paged list `totals` gives each kind's count over every page.
 */
export function PartnershipKindSections({
  partnerships,
  locale,
  columns,
  totals,
}: {
  partnerships: PartnershipWithDetail[];
  locale: Locale;
  columns?: PartnershipColumn[];
  totals?: Partial<Record<PartnershipWithDetail["kind"], number>>;
}) {
  const { t } = getI18n(locale);
  return PARTNERSHIP_KINDS.map((kind) => {
    const rows = partnerships.filter((p) => p.kind === kind);
    if (rows.length === 0) return null;
    const label = t(`kind.${kind}.plural`);
    return (
      <section key={kind} aria-labelledby={`kind-${kind}`}>
        <h2 id={`kind-${kind}`}>
          {label} ({totals?.[kind] ?? rows.length})
        </h2>
        <PartnershipTable partnerships={rows} caption={label} locale={locale} columns={columns} />
      </section>
    );
  });
}
