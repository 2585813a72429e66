// Twin towns as Wikidata QuickStatements (version 1: one statement per line, tab separated), so
// Wikidata editors can bring Wikidata up to date from the registry: "twinned administrative
// body" (P190) on both items, with start time (P580, year precision), end time (P582, day
// precision) when known, the registry page as reference URL (S854) and the day it was
// retrieved (S813). Only for twin towns whose both sides have a Wikidata item.
import { WIKIDATA_ID } from "../organisations/wikidata-id";

export type Twinning = {
  memberItem: string;
  partnerItem: string;
  startYear: number | null;
  endedOn: string | null; // ISO date
  pageUrl: string;
};

const year = (y: number) => `+${String(y).padStart(4, "0")}-00-00T00:00:00Z/9`;
const day = (date: string) => `+${date}T00:00:00Z/11`;

/** One line per direction (P190 is symmetric and Wikidata states it on both items). */
export function quickStatements(twinnings: readonly Twinning[], retrievedOn: string): string {
  const lines: string[] = [];
  for (const t of twinnings) {
    // Only well-formed items: anything else would be a statement about something else.
    if (!WIKIDATA_ID.test(t.memberItem) || !WIKIDATA_ID.test(t.partnerItem) || t.memberItem === t.partnerItem)
      continue;
    const qualifiers = [
      ...(t.startYear ? ["P580", year(t.startYear)] : []),
      ...(t.endedOn && /^\d{4}-\d{2}-\d{2}$/.test(t.endedOn) ? ["P582", day(t.endedOn)] : []),
    ];
    // A URL in QuickStatements is a quoted string; a registry URL carries no quote or tab.
    const source = ["S854", `"${t.pageUrl.replace(/["\t\n]/g, "")}"`, "S813", day(retrievedOn)];
    for (const [from, to] of [
      [t.memberItem, t.partnerItem],
      [t.partnerItem, t.memberItem],
    ])
      lines.push([from, "P190", to, ...qualifiers, ...source].join("\t"));
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}
