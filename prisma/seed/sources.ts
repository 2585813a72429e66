// The source documents every seeded fact comes from (shared/seeds/ in the planning repo).
// Each seeded row cites one of these in its `source` field.
export const SOURCES = {
  umea: "Umeå kommun, webbsidan Internationellt arbete (www.umea.se/internationellt), granskad 2018-03-28",
  solleftea:
    "Sollefteå kommun, Policy – Internationella kontakter 2019–2022, beslut i kommunfullmäktige 2019-11-25 § 155",
  ostersund: "Östersunds kommun, webbsidan International cooperation",
  vasteras: "Västerås stad, International policy (publicerad 2015-03-17, senast ändrad 2017-10-05)",
  skl2019: "SKL, Internationella samarbeten: rapport från 2018 års enkät (2019-01-31), bilaga",
  skl2019Footnote3:
    "SKL, Internationella samarbeten (2019-01-31), fotnot 3: länder för kommunala partnerskap 2018",
} as const;
