import type { I18n } from "@/lib/i18n/server";
import type { Catalogues } from "@/lib/partner-search/labels";
import type { FitReason } from "@/lib/partner-search/ranking";

/** Why a suggestion is there, in words: "2 partnerships in Poland; same areas: culture". */
export function fitReasonsText(reasons: FitReason[], catalogues: Catalogues, i18n: I18n): string {
  const country = (code: string) => catalogues.countries.get(code) ?? code;
  return reasons
    .map((reason) => {
      switch (reason.type) {
        case "sameCountry":
          return i18n.t("partnerSearch.reason.sameCountry", {
            count: reason.count,
            country: country(reason.country),
          });
        case "seeking":
          return i18n.t("partnerSearch.reason.seeking", { country: country(reason.country) });
        case "seekingRegion":
          return i18n.t("partnerSearch.reason.seekingRegion", {
            region: i18n.t(`partnerSearch.region.${reason.region}`),
          });
        case "neighbour":
          return i18n.t("partnerSearch.reason.neighbour", {
            countries: reason.countries.map(country).join(", "),
          });
        case "areas":
          return i18n.t("partnerSearch.reason.areas", {
            areas: reason.areas.map((a) => catalogues.areas.get(a) ?? a).join(", "),
          });
      }
    })
    .join("; ");
}
