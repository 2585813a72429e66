// The facts the source documents state, and nothing else. Places are GeoNames ids, chosen by
// hand and checked by the gazetteer tests; where a document leaves a place ambiguous the
// best candidate is stored as NEEDS_REVIEW with a note for the municipality.
// Activity levels and start years are left empty wherever the documents do not give them.
import { SEED_ACTOR } from "../../lib/audit/record";
import type { Database } from "../../lib/database/client";
import type { DbOrTx } from "../../lib/database/transaction";
import { updateOrganisationProfile } from "../../lib/organisations/update-profile";
import { createPartnership, type PartnerInput } from "../../lib/partnerships/create";
import { createPolicyDocument } from "../../lib/policies/create";
import { SOURCES } from "./sources";

/** GeoNames ids of the partner places the documents name. */
export const PLACES = {
  vaasa: 632978,
  harstad: 3153823,
  helsingor: 2620473,
  wurzburg: 2805615,
  petrozavodsk: 509820,
  saskatoon: 6141256,
  xian: 1790630,
  qufu: 1797333,
  lanzhou: 1804430,
  guanajuato: 4005270, // the city (state capital), not the state or the smaller namesakes
  poltsamaa: 589379,
  esashi: 2130364, // Esashi, Sōya (枝幸町): the only Esashi in cities500; see review note
  nykarleby: 644100,
  madisonWisconsin: 5261457,
  trondheim: 3133880,
} as const;

const place = (placeId: number, name: string): PartnerInput => ({ type: "PLACE", placeId, name });

async function organisationId(db: DbOrTx, code: string) {
  return (await db.organisation.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

async function seedUmea(db: DbOrTx) {
  const umea = await organisationId(db, "2480");
  const northSweden = await db.euOffice.findUniqueOrThrow({
    where: { name: "North Sweden European Office" },
  });
  await updateOrganisationProfile(
    db,
    umea,
    {
      internationalPageUrl: "https://www.umea.se/internationellt",
      postalAddress: "Umeå kommun, Skolgatan 31A, 901 84 Umeå",
      contactPhone: "090-16 10 00",
      euOfficeId: northSweden.id,
      lastReviewedOn: new Date("2018-03-28"),
    },
    SEED_ACTOR,
  );
  await db.honoraryConsul.createMany({
    data: ["DK", "EE", "FI", "FR", "IS", "IT", "LV", "LT", "MX", "NO", "SC", "GB"].map((countryCode) => ({
      organisationId: umea,
      countryCode,
      source: SOURCES.umea,
    })),
  });

  const twinTowns: [number, string][] = [
    [PLACES.vaasa, "Vasa"],
    [PLACES.harstad, "Harstad"],
    [PLACES.helsingor, "Helsingör"],
    [PLACES.wurzburg, "Würzburg"],
    [PLACES.petrozavodsk, "Petrozavodsk"],
    [PLACES.saskatoon, "Saskatoon"],
  ];
  for (const [placeId, name] of twinTowns) {
    await createPartnership(
      db,
      {
        kind: "TWIN_TOWN",
        participantIds: [umea],
        partners: [place(placeId, name)],
        verification: "VERIFIED",
        source: SOURCES.umea,
      },
      SEED_ACTOR,
    );
  }

  const agreements: PartnerInput[] = [
    { type: "COUNTRY", countryCode: "SC", name: "Seychellerna" },
    place(PLACES.xian, "Xi'an"),
    place(PLACES.qufu, "Qufu"),
    place(PLACES.lanzhou, "Lanzhou"),
    place(PLACES.guanajuato, "Guanajuato"),
  ];
  for (const partner of agreements) {
    await createPartnership(
      db,
      {
        kind: "OTHER",
        otherType: "COOPERATION_AGREEMENT",
        participantIds: [umea],
        partners: [partner],
        description: "Samverkansavtal.",
        verification: "VERIFIED",
        source: SOURCES.umea,
      },
      SEED_ACTOR,
    );
  }

  await createPolicyDocument(
    db,
    {
      organisationId: umea,
      title: "Mål och strategier för Umeå kommuns internationella arbete",
      adoptingBody: "Kommunfullmäktige",
      decisionDate: "1997-02",
      summary:
        "Internationellt samarbete är en del av den övergripande utvecklingsstrategin för Umeå kommun, som syftar till att uppnå ekonomiskt, socialt och ekologiskt hållbar utveckling för kommunens invånare och stärka Umeåregionens attraktionskraft. Syftet med vänortsamarbete är att utveckla internationellt erfarenhetsutbyte och stödja internationell vänskap.",
      sourceUrl: "https://www.umea.se/internationellt",
      source: SOURCES.umea,
    },
    SEED_ACTOR,
  );
}

async function seedSolleftea(db: DbOrTx) {
  const solleftea = await organisationId(db, "2283");
  const decision = "Kommunfullmäktige 2019-11-25 § 155";
  const twinTowns: { partner: PartnerInput; reviewNote?: string }[] = [
    { partner: place(PLACES.poltsamaa, "Pöltsamaa") },
    {
      partner: place(PLACES.esashi, "Esashi"),
      reviewNote:
        "Två orter på Hokkaido heter Esashi: Esashi i Sōya (枝幸町) och Esashi i Hiyama (江差町). Policyn säger bara ”Esashi kommun, Japan”; registret har valt den första, den enda i GeoNames-underlaget. Kommunen behöver bekräfta vilken som avses.",
    },
    { partner: place(PLACES.nykarleby, "Nykarleby") },
    {
      partner: place(PLACES.madisonWisconsin, "Madison"),
      reviewNote:
        "Policyn säger ”Madison the City, USA”; omkring 25 orter i USA heter Madison. Registret har valt den största, Madison i Wisconsin. Kommunen behöver bekräfta vilken som avses.",
    },
  ];
  for (const { partner, reviewNote } of twinTowns) {
    await createPartnership(
      db,
      {
        kind: "TWIN_TOWN",
        participantIds: [solleftea],
        partners: [partner],
        decisionRefs: [decision],
        verification: reviewNote ? "NEEDS_REVIEW" : "VERIFIED",
        reviewNote,
        source: SOURCES.solleftea,
      },
      SEED_ACTOR,
    );
  }

  await createPolicyDocument(
    db,
    {
      organisationId: solleftea,
      title: "Policy för internationella kontakter 2019–2022",
      adoptingBody: "Kommunfullmäktige",
      decisionDate: "2019-11-25",
      decisionParagraph: "§ 155",
      validFromYear: 2019,
      validToYear: 2022,
      summary:
        "Denna policy gäller för internationella kontakter och samarbeten. Omvärldskontakter kan spela en viktig roll i utvecklingsarbetet för hela Sollefteå kommun. Globalisering, specialisering, digitalisering ställer hårdare krav på att hitta nya arbetssätt men också möjligheter för näringslivet att verka på en internationell marknad. Det är viktigt att det internationella utbytet har ett tydligt och avgränsat syfte och mål.",
      goals: [
        "Stärka tillväxten i Sollefteå kommun",
        "Bidra till att lokala företag kan växa på en internationell marknad",
        "Öka möjligheterna till internationellt projektsamarbete inom de områden där Sollefteå kommun har särskilda behov och förutsättningar, t.ex. kompetensförsörjning och infrastruktur",
        "Att stötta internationella organisationer och partners att arrangera möten och event i Sollefteå kommun",
        "Samarbete med städer i nordiska länder ska bidra till konkreta kunskaper och erfarenheter som kan användas i organisationen och vara till nytta för medborgarna",
      ],
      rules: [
        "Samtliga internationella utbyten ska planeras väl och bygga på förväntad nytta för kommunen, verksamheten och medborgarna.",
        "Vänortsavtalen ska utvärderas varje mandatperiod. Om ett vänortsavtal är inaktivt och inte anses vara till nytta för kommunen, förenings- och näringslivet ska avtalet sägas upp.",
        "Samtliga resor till vänorter ska godkännas av kommunstyrelsen.",
        "Internationella resor dyrare än 10 000 kr ska återrapporteras till kommunstyrelsen med syfte, mål och resultat av resan.",
      ],
      responsibilities: [
        { body: "Kommunfullmäktige", duty: "Beslutar om internationell policy för Sollefteå kommun" },
        {
          body: "Kommunfullmäktige",
          duty: "Beslutar varje mandatperiod om vilka vänortsavtal som Sollefteå kommun fortsatt ska ha",
        },
        {
          body: "Kommunfullmäktige",
          duty: "Samtliga internationella utbyten och resor ska redovisas till kommunfullmäktige där det tydligt framgår vad utbytets syfte, mål och resultat har varit",
        },
        { body: "Kommunstyrelsen", duty: "Samtliga resor till vänorter ska godkännas av kommunstyrelsen" },
        {
          body: "Kommunstyrelsen",
          duty: "Internationella resor dyrare än 10 000 kr ska återrapporteras till kommunstyrelsen; återrapporteringen ska tydligt visa syfte, mål och resultat av resan",
        },
      ],
      source: SOURCES.solleftea,
    },
    SEED_ACTOR,
  );
}

async function seedOstersund(db: DbOrTx) {
  const ostersund = await organisationId(db, "2380");
  const sundsvall = await organisationId(db, "2281");
  const midSweden = await db.euOffice.findUniqueOrThrow({ where: { name: "Mid Sweden European Office" } });
  await updateOrganisationProfile(
    db,
    ostersund,
    {
      postalAddress: "Östersunds kommun, 831 82 Östersund",
      contactPhone: "063-14 30 00",
      euOfficeId: midSweden.id,
    },
    SEED_ACTOR,
  );

  await createPartnership(
    db,
    {
      kind: "OTHER",
      otherType: "OTHER",
      title: "Sundsvall–Östersund–Trondheim",
      participantIds: [ostersund, sundsvall],
      partners: [place(PLACES.trondheim, "Trondheim")],
      startYear: 1999,
      description:
        "The three cities of Sundsvall, Östersund and Trondheim have been in co-operation since 1999 and have presented a joint strategy for future co-operation, focusing on three areas: development of the infrastructure and sustainable communications; development of adventure/experience enterprises; development of skills/competence and knowledge.",
      areaCodes: ["infrastructure", "business", "skills_supply"],
      verification: "VERIFIED",
      source: SOURCES.ostersund,
    },
    SEED_ACTOR,
  );

  const unesco = await db.network.findUniqueOrThrow({ where: { name: "UNESCO Creative Cities Network" } });
  await createPartnership(
    db,
    {
      kind: "OTHER",
      otherType: "NETWORK_MEMBERSHIP",
      title: "Creative City of Gastronomy",
      participantIds: [ostersund],
      partners: [{ type: "NETWORK", networkId: unesco.id }],
      description:
        "Östersund and Jämtland have been appointed a creative city of gastronomy by UNESCO's Creative Cities Network, a confirmation of the high level of gastronomy and artisan food in Östersund and Jämtland.",
      areaCodes: ["gastronomy"],
      verification: "VERIFIED",
      source: SOURCES.ostersund,
    },
    SEED_ACTOR,
  );

  await createPolicyDocument(
    db,
    {
      organisationId: ostersund,
      title: "International Strategy",
      language: "en",
      summary:
        "An international strategy has been developed and implemented. The aim of this strategy is to indicate direction, aim and priorities.",
      goals: [
        "Increased power of attraction and sustainable growth",
        "Increased knowledge of, and participation in, international issues among citizens",
        "Increased co-ordination with the business sector and social economy in international issues",
      ],
      source: SOURCES.ostersund,
    },
    SEED_ACTOR,
  );
}

async function seedVasteras(db: DbOrTx) {
  const vasteras = await organisationId(db, "1980");
  await createPolicyDocument(
    db,
    {
      organisationId: vasteras,
      title: "International policy",
      language: "en",
      publishedOn: new Date("2015-03-17"),
      changedOn: new Date("2017-10-05"),
      summary:
        "For many years, Vasteras city has been working on international questions. The ambition is to continue to be active and to develop the international work of the city. The international work of Västerås city shall contribute to an increased understanding, integration and contact between human beings and different cultures, be directed towards a long-term lasting development and, where appropriate, support for democratic forces, develop the city's activities and the competence of its employees, and aim at a mutual interchange that makes Sweden and Västerås known.",
      vision:
        "Through its international work, Vasteras city shall act for peace, democracy and respect for human rights. A guiding principle for the municipal authority is a development towards a sustainable society, an expanded learning and a greater understanding through meeting with other cultures. Through its international work, Vasteras city shall also contribute to the development of industry and commerce in the municipality.",
      goals: [
        "To stimulate to activities and raise the competence within the city's activities through its international work.",
        "To participate in international networks, particularly within EU.",
        "To seek international partners in developmental projects.",
        "To consider within all the municipal activities the possibility of applying for funds for international activity from e.g. EU's funds and programmes.",
        "To increase interest in international issues among children and young people by encouraging schools to make international contacts.",
        "To maintain and develop our twin-town contacts and existing networks through a continued exchange of knowledge and experience and, if necessary, to develop cooperation projects.",
      ],
      source: SOURCES.vasteras,
    },
    SEED_ACTOR,
  );
}

/** Seeds every fact of the source documents, in one transaction. */
export async function seedDocumentFacts(db: Database) {
  await db.$transaction(
    async (tx) => {
      await seedUmea(tx);
      await seedSolleftea(tx);
      await seedOstersund(tx);
      await seedVasteras(tx);
    },
    { timeout: 60_000 },
  );
}
