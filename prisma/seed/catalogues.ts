// Reference rows the interface and the statistics use: kommungrupper, cooperation areas,
// funding forms, EU offices and networks. Each list names its source.
import type { Database } from "../../lib/database/client";
import { SOURCES } from "./sources";

/** SKR's kommungrupper 2017 (docs/domain.md). Which kommun is in which group is imported later. */
const MUNICIPALITY_GROUPS = [
  ["A1", "A", "Storstäder och storstadsnära kommuner", "Storstäder"],
  ["A2", "A", "Storstäder och storstadsnära kommuner", "Pendlingskommun nära storstad"],
  ["B3", "B", "Större städer och kommuner nära större stad", "Större stad"],
  ["B4", "B", "Större städer och kommuner nära större stad", "Pendlingskommun nära större stad"],
  ["B5", "B", "Större städer och kommuner nära större stad", "Lågpendlingskommun nära större stad"],
  ["C6", "C", "Mindre städer/tätorter och landsbygdskommuner", "Mindre stad/tätort"],
  ["C7", "C", "Mindre städer/tätorter och landsbygdskommuner", "Pendlingskommun nära mindre stad/tätort"],
  ["C8", "C", "Mindre städer/tätorter och landsbygdskommuner", "Landsbygdskommun"],
  ["C9", "C", "Mindre städer/tätorter och landsbygdskommuner", "Landsbygdskommun med besöksnäring"],
] as const;

/** Samarbetsområden: the 2018 survey's options first, then areas the sources name. */
const COOPERATION_AREAS = [
  ["culture", "Kultur", "Culture", true],
  ["education", "Skola och utbildning", "Schools and education", true],
  ["business", "Näringslivsutveckling och sysselsättning", "Business development and employment", true],
  ["democracy", "Demokrati och jämställdhet", "Democracy and gender equality", true],
  ["leisure", "Fritid och idrott", "Leisure and sport", true],
  ["tourism", "Turism", "Tourism", true],
  ["environment", "Miljöskydd, hälsoskydd och klimat", "Environmental and health protection, climate", true],
  ["municipal_engineering", "Kommunal teknik", "Municipal engineering", true],
  ["infrastructure", "Infrastruktur och kommunikationer", "Infrastructure and communications", false],
  ["gastronomy", "Gastronomi", "Gastronomy", false],
  ["skills_supply", "Kompetensförsörjning", "Skills supply", false],
  ["health_care", "Hälso- och sjukvård", "Health care", false],
  ["other", "Annat", "Other", false],
] as const;

/** Finansieringsformer, as the 2018 survey asked them. */
const FUNDING_FORMS = [
  ["own_means", "Egna medel", "Own means"],
  ["eu", "EU-medel", "EU funds"],
  ["sida_icld", "Sida/ICLD", "Sida/ICLD"],
  ["nordic_council", "Nordiska ministerrådet", "Nordic Council of Ministers"],
  ["other_state", "Andra statliga myndigheter", "Other government agencies"],
  ["other", "Annat", "Other"],
] as const;

const EU_OFFICES = [
  {
    name: "North Sweden European Office",
    description: "Västerbottens och Norrbottens EU-kontor i Bryssel",
    counties: ["24", "25"],
    source: SOURCES.umea,
  },
  {
    name: "Mid Sweden European Office",
    description: "Jämtlands och Västernorrlands gemensamma kontor i Bryssel",
    counties: ["23", "22"],
    source: SOURCES.ostersund,
  },
] as const;

/** The networks listed in the appendix of SKL's 2018 report ("NÄTVERK"), with its descriptions. */
const NETWORKS: { name: string; shortName?: string; description?: string }[] = [
  { name: "Assembly of European Regions", shortName: "AER" },
  { name: "C40", description: "Nätverk av städer för klimataktion" },
  {
    name: "Carbon Neutral Cities Alliance",
    description: "Nätverk av städer för att skära i koldioxidutsläpp",
  },
  { name: "Eurocities" },
  {
    name: "Cittaslow",
    description: "Internationellt nätverk mellan mindre kommuner, har sitt ursprung i Slow Food-rörelsen",
  },
  { name: "Conference of Peripheral and Maritime Regions", shortName: "CPMR" },
  { name: "Covenant of Mayors" },
  { name: "DELICE", description: "Nätverk för städer med mat och gastronomi som inriktning" },
  { name: "European Cities Against Drugs", shortName: "ECAD" },
  { name: "European Forum for Urban Security", shortName: "EFUS" },
  { name: "European Innovation Partnership on Active and Healthy Ageing", shortName: "EIP on AHA" },
  { name: "Energy Cities" },
  { name: "European Network of Social Authorities", shortName: "ENSA" },
  { name: "European Local Network of Radioactive Waste Dialogue", shortName: "ENWD" },
  { name: "European Network for Rural Development", shortName: "ENRD" },
  { name: "Euroregion Baltic" },
  { name: "Eurotowns", description: "Nätverk för städer mellan 50 000 och 250 000 invånare" },
  { name: "Group of European Local Authorities with Nuclear Facilities", shortName: "GMF" },
  { name: "Green Pilgrimage", description: "Nätverk för pilgrimsstäder" },
  { name: "ICLEI – Local Governments for Sustainability", shortName: "ICLEI" },
  { name: "LiviHeri" },
  { name: "Mayors for Peace" },
  { name: "Network of Museums in the Baltic" },
  { name: "Nordic Cities Network", description: "Think tank" },
  { name: "Northern Sparsely Populated Areas", shortName: "NSPA" },
  { name: "OECD Inclusive Growth in Cities Initiative", description: "Nätverk under OECD" },
  { name: "REVES" },
  { name: "Sweden Emilia Romagna Network", shortName: "SERN" },
  { name: "UNESCO Creative Cities Network" },
  { name: "Union of Baltic Cities", shortName: "UBC" },
];

export async function seedCatalogues(db: Database) {
  await db.municipalityGroup.createMany({
    data: MUNICIPALITY_GROUPS.map(([code, mainGroup, mainGroupName, name]) => ({
      code,
      mainGroup,
      mainGroupName,
      name,
    })),
  });
  await db.cooperationArea.createMany({
    data: COOPERATION_AREAS.map(([code, nameSv, nameEn, inSurvey], position) => ({
      code,
      nameSv,
      nameEn,
      inSurvey,
      position,
    })),
  });
  await db.fundingForm.createMany({
    data: FUNDING_FORMS.map(([code, nameSv, nameEn], position) => ({ code, nameSv, nameEn, position })),
  });
  for (const { counties, ...office } of EU_OFFICES) {
    await db.euOffice.create({
      data: { ...office, counties: { create: counties.map((countyCode) => ({ countyCode })) } },
    });
  }
  await db.network.createMany({ data: NETWORKS.map((n) => ({ ...n, source: SOURCES.skl2019 })) });
}
