// The participant picker's search over the 310 kommuner and regions (components/manage/member-picker.tsx).

type Option = { value: string; label: string };

// "Umeå" and "umea" find the same member.
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLocaleLowerCase("sv");

/** The members whose name contains the text, those beginning with it first; chosen ones left out. */
export function filterMembers(options: Option[], query: string, chosen: ReadonlySet<string>): Option[] {
  const q = fold(query.trim());
  const hits = options.filter((o) => !chosen.has(o.value) && fold(o.label).includes(q));
  const starts = (o: Option) => fold(o.label).startsWith(q);
  return [...hits.filter(starts), ...hits.filter((o) => !starts(o))];
}
