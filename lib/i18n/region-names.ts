// Swedish counties (län) and SKR's municipality groups (kommungrupper) in the reader's language.
// The database keeps the Swedish names; English pages use these. County names follow the
// Swedish Government's English usage ("Västerbotten County"); the groups follow SKR's English
// version of its classification, "Classification of Swedish municipalities 2017".
import type { Locale } from "./config";

const COUNTY_EN: Record<string, string> = {
  "01": "Stockholm County",
  "03": "Uppsala County",
  "04": "Södermanland County",
  "05": "Östergötland County",
  "06": "Jönköping County",
  "07": "Kronoberg County",
  "08": "Kalmar County",
  "09": "Gotland County",
  "10": "Blekinge County",
  "12": "Skåne County",
  "13": "Halland County",
  "14": "Västra Götaland County",
  "17": "Värmland County",
  "18": "Örebro County",
  "19": "Västmanland County",
  "20": "Dalarna County",
  "21": "Gävleborg County",
  "22": "Västernorrland County",
  "23": "Jämtland County",
  "24": "Västerbotten County",
  "25": "Norrbotten County",
};

const GROUP_EN: Record<string, string> = {
  A1: "Large cities",
  A2: "Commuter municipalities near large cities",
  B3: "Medium-sized towns",
  B4: "Commuter municipalities near medium-sized towns",
  B5: "Low-commuting municipalities near medium-sized towns",
  C6: "Small towns",
  C7: "Commuter municipalities near small towns",
  C8: "Rural municipalities",
  C9: "Rural municipalities with a visitor industry",
};

/** A county's name: "Västerbottens län" in Swedish, "Västerbotten County" in English. */
export function countyName(county: { code: string; name: string }, locale: Locale): string {
  return (locale === "en" && COUNTY_EN[county.code]) || county.name;
}

/** A municipality group's name: "Storstäder" / "Large cities". */
export function municipalityGroupName(group: { code: string; name: string }, locale: Locale): string {
  return (locale === "en" && GROUP_EN[group.code]) || group.name;
}
