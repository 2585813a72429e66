// Dependent territories that have their own ISO 3166-1 code but belong to a sovereign state
// people name instead ("Mariehamn, Finland", "Tórshavn, Denmark"). GeoNames files a place under
// the territory's own code (Mariehamn is AX), so a row that names the sovereign state must also
// search its territories, and "Åland Islands, Finland" means AX.
//
// Source: ISO 3166-2, which lists most of these as subdivisions of the sovereign state
// (FI-01 Åland, FR-BL, NL-AW, NO-21 Svalbard, US-PR, CN-HK …), and countries-list's `partOf`
// (AX, SH, AC, TA), merged below. The Danish realm (FO, GL), the British Crown dependencies and
// overseas territories and Australia's and New Zealand's external territories are not ISO
// 3166-2 subdivisions, but people write them with their sovereign state, so they are listed too.
import { countries as countryData } from "countries-list";

const SOVEREIGN: Record<string, string> = {
  AX: "FI",
  FO: "DK",
  GL: "DK",
  SJ: "NO",
  BV: "NO",
  BL: "FR",
  MF: "FR",
  GF: "FR",
  GP: "FR",
  MQ: "FR",
  RE: "FR",
  YT: "FR",
  PM: "FR",
  NC: "FR",
  PF: "FR",
  WF: "FR",
  TF: "FR",
  AW: "NL",
  CW: "NL",
  SX: "NL",
  BQ: "NL",
  PR: "US",
  GU: "US",
  VI: "US",
  AS: "US",
  MP: "US",
  UM: "US",
  GG: "GB",
  JE: "GB",
  IM: "GB",
  GI: "GB",
  BM: "GB",
  KY: "GB",
  VG: "GB",
  FK: "GB",
  MS: "GB",
  TC: "GB",
  AI: "GB",
  SH: "GB",
  PN: "GB",
  IO: "GB",
  GS: "GB",
  HK: "CN",
  MO: "CN",
  CX: "AU",
  CC: "AU",
  NF: "AU",
  HM: "AU",
  CK: "NZ",
  NU: "NZ",
  TK: "NZ",
};

let sovereignMap: Map<string, string> | undefined;

function sovereigns(): Map<string, string> {
  if (sovereignMap) return sovereignMap;
  sovereignMap = new Map(Object.entries(SOVEREIGN));
  for (const [code, data] of Object.entries(countryData)) {
    let parent: string | undefined = (data as { partOf?: string }).partOf;
    // Tristan da Cunha is part of Saint Helena, which is British: follow the chain to the state.
    while (parent && sovereignMap.has(parent)) parent = sovereignMap.get(parent);
    if (parent && !sovereignMap.has(code)) sovereignMap.set(code, parent);
  }
  return sovereignMap;
}

/** The sovereign state of a dependent territory ("AX" -> "FI"), or undefined for a state. */
export function sovereignOf(code: string): string | undefined {
  return sovereigns().get(code.toUpperCase());
}

/** The codes a row naming this country covers: the country itself and its territories ("FI" -> FI, AX). */
export function codesWithin(code: string): string[] {
  const upper = code.toUpperCase();
  const territories = [...sovereigns()].filter(([, state]) => state === upper).map(([t]) => t);
  return [upper, ...territories.sort()];
}
