// Figures of earlier inventory rounds that the registry has no data for: entered as documented
// historical figures, each with its source, never recomputed.

/** The source as the API gives it (one Swedish string, unchanged for API users). */
const REPORT_2018_SOURCE =
  "SKL, Internationella samarbeten – en rapport om kommuners, landstings och regioners vänorter, kommunala partnerskap och andra internationella samarbeten (2019-01-31), kapitel 1 och fotnot 7–8";

/**
 * The same source in parts, for the statistics page: the report's title stays as published
 * (Swedish) and the page words the rest in the reader's language ("statistics.historicalSource").
 */
const REPORT_2018_CITATION = {
  publisher: "SKL",
  title:
    "Internationella samarbeten – en rapport om kommuners, landstings och regioners vänorter, kommunala partnerskap och andra internationella samarbeten",
  published: "2019-01-31",
  chapter: 1,
  footnotes: "7–8",
};

export type HistoricalRound = {
  year: number;
  /** Vänortssamarbeten including kommunala partnerskap (the 2007 and 2011 definition). */
  twinOrPartnershipTotal: number;
  /** Municipalities with vänorter (2007, 2011) or vänorter or kommunala partnerskap (2018). */
  municipalitiesWithTwinOrPartnership: number;
  source: string;
  citation: typeof REPORT_2018_CITATION;
};

export const HISTORICAL_ROUNDS: readonly HistoricalRound[] = [
  {
    year: 2007,
    twinOrPartnershipTotal: 1025,
    municipalitiesWithTwinOrPartnership: 272,
    source: REPORT_2018_SOURCE,
    citation: REPORT_2018_CITATION,
  },
  {
    year: 2011,
    twinOrPartnershipTotal: 867,
    municipalitiesWithTwinOrPartnership: 243,
    source: REPORT_2018_SOURCE,
    citation: REPORT_2018_CITATION,
  },
  {
    year: 2018,
    twinOrPartnershipTotal: 527,
    municipalitiesWithTwinOrPartnership: 146,
    source: REPORT_2018_SOURCE,
    citation: REPORT_2018_CITATION,
  },
];
