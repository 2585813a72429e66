import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseUrl } from "../support/database";
import {
  acceptInvitation,
  inviteUser,
  renewInvitation,
  setUserActive,
  setUserAssignments,
} from "../../lib/manage/user-actions";
import { loadSessionUser, type SessionUser } from "../../lib/auth/session-user";
import { createPrismaClient, type Database } from "../../lib/database/client";
import { submitParticipationConfirm, submitParticipationDecline } from "../../lib/manage/consent-actions";
import { handleForm, handleImportForm } from "../../lib/manage/form-guard";
import type { FormState } from "../../lib/manage/form-state";
import {
  submitImportCommit,
  submitImportPreview,
  submitMunicipalityGroupImport,
  type ImportState,
} from "../../lib/manage/import-actions";
import {
  submitCloseRound,
  submitInventoryResponse,
  submitOpenRound,
  submitRoundReminder,
} from "../../lib/manage/inventory-actions";
import {
  submitOrganisationContacts,
  submitOrganisationReview,
  submitOrganisationVersionRestore,
  submitOrganisationWikidataId,
} from "../../lib/manage/organisation-actions";
import {
  submitNewPartnership,
  submitPartnershipConfirm,
  submitPartnershipEnd,
  submitPartnershipRemove,
  submitPartnershipReopen,
  submitPartnershipRestore,
  submitPartnershipUpdate,
  submitPartnershipVersionRestore,
} from "../../lib/manage/partnership-actions";
import {
  submitNewPolicy,
  submitPolicyRemove,
  submitPolicyRestore,
  submitPolicyUpdate,
  submitPolicyVersionRestore,
} from "../../lib/manage/policy-actions";
import {
  submitNewPlace,
  submitPlaceRemove,
  submitPlaceRestore,
  submitPlaceUpdate,
} from "../../lib/manage/place-actions";
import { fileHash } from "../../lib/import/read-file";
import { confirmAbroadRequest } from "../../lib/partner-search/edit";
import {
  interestHandler,
  submitAbroadForm,
  submitClose,
  submitMemberRequest,
  submitMemberRequestUpdate,
  submitModeration,
  submitRenewal,
} from "../../lib/partner-search/form-handlers";
import {
  CONTROL_CHARACTERS,
  HOSTILE_VALUES,
  fuzzSeed,
  rowsWithControlCharacters,
  seededRandom,
  type Random,
} from "../support/fuzz";

// Every signed-in form's handler, called through the very gate the server actions use
// (lib/manage/form-guard.ts), with thousands of seeded mutations of a valid form: control
// characters, overflowing and negative ids, odd numbers and dates, over-long text, fields
// repeated thousands of times, fields missing or invented. A thrown error is what the server
// action would have answered with a 500: there must be none. Afterwards no text column written
// by a form may hold a control character. It runs on its own copy of the seeded database
// (CREATE DATABASE ... TEMPLATE), so whatever it saves stays out of the other test files.
// Repeat a failure with FUZZ_SEED=<seed>; FUZZ_FORM_CASES and FUZZ_SECONDS bound the run.

const SEED = fuzzSeed();
const CASES = Number(process.env.FUZZ_FORM_CASES ?? 3000);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 150);
const COPY = `fuzz_${process.pid}`;

let admin: pg.Client;
let db: Database;
let copyUrl: string;

type Fields = [string, string | File][];
type Ctx = {
  umea: number;
  solleftea: number;
  partnershipId: number;
  partnershipVersion: () => Promise<number>;
  partnershipEvent: string;
  policyId: number;
  policyVersion: () => Promise<number>;
  policyEvent: string;
  umeaVersion: () => Promise<number>;
  umeaEvent: string;
  tartu: number;
  officerUserId: number;
  roundId: number;
  placeId: number;
  placeVersion: () => Promise<number>;
  requestId: number;
  requestVersion: () => Promise<number>;
  /** Sollefteå's open request, for Umeå's "we are interested". */
  otherRequestId: number;
  /** A request from abroad waiting for moderation. */
  pendingRequestId: number;
  pendingVersion: () => Promise<number>;
};
type Spec = {
  name: string;
  /** Who posts it (read when the case runs: the users are loaded in beforeAll). */
  users: () => (SessionUser | null)[];
  fields: (ctx: Ctx) => Promise<Fields>;
  run: (user: SessionUser | null, form: FormData) => Promise<FormState | ImportState>;
};

let abroadPosts = 0;
const users = { admin: null as unknown as SessionUser, umea: null as unknown as SessionUser };
let ctx: Ctx;

const csv = (rows: string[][]) => rows.map((r) => r.join(";")).join("\n") + "\n";
const IMPORT_ROWS = [
  ["Kommun", "Vänort", "Land", "Typ", "Startår"],
  ["Umeå", "Vasa", "Finland", "Vänort", "1949"],
  ["Umeå", "Tromsø", "Norge", "Vänort", "1960"],
];

const partnershipFields = (c: Ctx): Fields => [
  ["locale", "sv"],
  ["slug", "umea"],
  ["kind", "TWIN_TOWN"],
  ["title", "Vänort i fuzztest"],
  ["partners.0.type", "PLACE"],
  ["partners.0.placeId", String(c.tartu)],
  ["partners.1.type", "FREE_TEXT"],
  ["partners.1.name", "Föreningen Fuzz"],
  ["partners.1.countryCode", "EE"],
  ["startYear", "1995"],
  ["activityLevel", "ACTIVE"],
  ["areaCodes", "culture"],
  ["decisionRefs", "KF 1995-03-01 § 12"],
  ["description", "Skapad av ett test."],
  ["participantIds", String(c.umea)],
];
const existing = async (c: Ctx): Promise<Fields> => [
  ["locale", "sv"],
  ["slug", "umea"],
  ["id", String(c.partnershipId)],
  ["expectedVersion", String(await c.partnershipVersion())],
];
const policy = async (c: Ctx): Promise<Fields> => [
  ["locale", "en"],
  ["policyId", String(c.policyId)],
  ["expectedVersion", String(await c.policyVersion())],
];
const policyContent: Fields = [
  ["title", "Internationell policy"],
  ["adoptingBody", "Kommunfullmäktige"],
  ["decisionDate", "2019-11-25"],
  ["decisionParagraph", "§ 155"],
  ["validFromYear", "2019"],
  ["validToYear", "2022"],
  ["summary", "Sammanfattning."],
  ["vision", "Vision."],
  ["goals", "Mål ett\nMål två"],
  ["rules", "Regel"],
  ["sourceUrl", "https://example.org/policy.pdf"],
];
const organisation = async (c: Ctx): Promise<Fields> => [
  ["slug", "umea"],
  ["organisationId", String(c.umea)],
  ["expectedVersion", String(await c.umeaVersion())],
];
const placeContent: Fields = [
  ["names.0.name", "Fuzzö"],
  ["names.0.lang", "et"],
  ["names.1.name", "Fuzz Island"],
  ["names.1.lang", "en"],
  ["countryCode", "EE"],
  ["kind", "ISLAND"],
  ["latitude", "58,38"],
  ["longitude", "26.72"],
  ["wikidataId", "Q12345"],
  ["geonamesId", ""],
];
const existingPlace = async (c: Ctx): Promise<Fields> => [
  ["slug", "umea"],
  ["placeId", String(c.placeId)],
  ["expectedVersion", String(await c.placeVersion())],
];
const requestContent: Fields = [
  ["kind", "TWIN_TOWN"],
  ["countryCodes", "EE"],
  ["countryCodes", "LV"],
  ["worldRegions", "NORDIC"],
  ["areaCodes", "culture"],
  ["fundingCodes", "own_means"],
  ["description", "Umeå söker en vänort i Estland för kultur och skola."],
  ["descriptionEn", "Umeå seeks a twin town in Estonia."],
  ["contactName", "Anna Andersson"],
  ["contactEmail", "anna@umea.example"],
  // Within the 12 months a request may run.
  ["endsOn", new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10)],
];
const existingRequest = async (c: Ctx): Promise<Fields> => [
  ["locale", "sv"],
  ["requestId", String(c.requestId)],
  ["expectedVersion", String(await c.requestVersion())],
];
const abroadContent = (c: Ctx): Fields => [
  ["locale", "en"],
  ["kind", "TWIN_TOWN"],
  ["countryCode", "EE"],
  ["placeId", String(c.tartu)],
  ["townName", ""],
  ["areaCodes", "culture"],
  ["description", "Tartu seeks a Swedish twin town for culture and schools."],
  ["contactName", "Mari Maasikas"],
  ["contactEmail", "mari@tartu.example"],
  ["homepage", ""],
];
const noMail = () => null;
const importFile = (rows = IMPORT_ROWS) =>
  new File([csv(rows)], "vanorter.csv", { type: "text/csv" }) as File;

const SPECS: Spec[] = [
  ...(
    [
      ["new partnership", submitNewPartnership, async (c: Ctx) => partnershipFields(c)],
      [
        "partnership update",
        submitPartnershipUpdate,
        async (c: Ctx) => [...(await existing(c)), ...partnershipFields(c).slice(2)],
      ],
      [
        "partnership end",
        submitPartnershipEnd,
        async (c: Ctx) => [
          ...(await existing(c)),
          ["endedOn", "2020-06-30"],
          ["endReason", "Avslutad."],
          ["endDecisionRef", "KS 2020 § 4"],
        ],
      ],
      ["partnership reopen", submitPartnershipReopen, existing],
      ["partnership confirm", submitPartnershipConfirm, existing],
      ["partnership remove", submitPartnershipRemove, existing],
      ["partnership restore", submitPartnershipRestore, existing],
      [
        "partnership version",
        submitPartnershipVersionRestore,
        async (c: Ctx) => [...(await existing(c)), ["auditEventId", c.partnershipEvent]],
      ],
      [
        "organisation contacts",
        submitOrganisationContacts,
        async (c: Ctx) => [
          ...(await organisation(c)),
          ["website", "https://www.umea.se"],
          ["internationalPageUrl", "https://www.umea.se/internationellt"],
          ["contactName", "Anna Andersson"],
          ["contactTitle", "Internationell samordnare"],
          ["contactEmail", "anna@umea.se"],
          ["contactPhone", "090-16 10 00"],
          ["postalAddress", "Skolgatan 31A, 901 84 Umeå"],
          ["coordinationForms", "DESIGNATED_OFFICER"],
        ],
      ],
      ["organisation review", submitOrganisationReview, organisation],
      [
        "participation confirm",
        submitParticipationConfirm,
        async (c: Ctx) => [
          ["slug", "umea"],
          ["partnershipId", String(c.partnershipId)],
          ["organisationId", String(c.umea)],
        ],
      ],
      [
        "participation decline",
        submitParticipationDecline,
        async (c: Ctx) => [
          ["partnershipId", String(c.partnershipId)],
          ["organisationId", String(c.solleftea)],
        ],
      ],
      [
        "organisation version",
        submitOrganisationVersionRestore,
        async (c: Ctx) => [...(await organisation(c)), ["auditEventId", c.umeaEvent]],
      ],
      [
        "new policy",
        submitNewPolicy,
        async (c: Ctx) => [["organisationId", String(c.umea)], ...policyContent],
      ],
      ["policy update", submitPolicyUpdate, async (c: Ctx) => [...(await policy(c)), ...policyContent]],
      ["policy remove", submitPolicyRemove, policy],
      ["policy restore", submitPolicyRestore, policy],
      [
        "policy version",
        submitPolicyVersionRestore,
        async (c: Ctx) => [...(await policy(c)), ["auditEventId", c.policyEvent]],
      ],
      [
        "inventory response",
        submitInventoryResponse,
        async (c: Ctx) => [
          ["slug", "umea"],
          ["roundId", String(c.roundId)],
          ["organisationId", String(c.umea)],
          ["confirmedEntries", "on"],
          ["reasonsForNone", "LACK_OF_TIME"],
          ["obstacles", "LACK_OF_FUNDING"],
          ["comment", "Inga kommentarer."],
        ],
      ],
      [
        "new place",
        submitNewPlace,
        async (c: Ctx) => [["slug", "umea"], ["organisationId", String(c.umea)], ...placeContent],
      ],
      ["place update", submitPlaceUpdate, async (c: Ctx) => [...(await existingPlace(c)), ...placeContent]],
      ["place remove", submitPlaceRemove, existingPlace],
      ["place restore", submitPlaceRestore, existingPlace],
      [
        "new partner request",
        submitMemberRequest,
        async (c: Ctx) => [["locale", "sv"], ["organisationId", String(c.umea)], ...requestContent],
      ],
      [
        "partner request update",
        submitMemberRequestUpdate,
        async (c: Ctx) => [...(await existingRequest(c)), ...requestContent],
      ],
      ["partner request renewal", submitRenewal, existingRequest],
      [
        "partner request close",
        submitClose,
        async (c: Ctx) => [...(await existingRequest(c)), ["partnershipId", String(c.partnershipId)]],
      ],
      [
        "partner request interest",
        interestHandler(noMail),
        async (c: Ctx) => [
          ["locale", "en"],
          ["requestId", String(c.otherRequestId)],
          ["organisationId", String(c.umea)],
          ["message", "Vi är intresserade av kultur och skola."],
        ],
      ],
    ] as const
  ).map(([name, handler, fields]) => ({
    name,
    users: () => [users.umea, users.admin, null],
    fields: fields as Spec["fields"],
    run: (user: SessionUser | null, form: FormData) => handleForm(handler, db, user, form),
  })),
  ...(
    [
      [
        "open round",
        submitOpenRound,
        async () => [
          ["name", "Inventering fuzz"],
          ["deadline", "2030-01-31"],
          ["questions", "reasonsForNone"],
          ["questions", "obstacles"],
        ],
      ],
      [
        "round reminder",
        submitRoundReminder,
        async (c: Ctx) => [
          ["roundId", String(c.roundId)],
          ["note", "Påminnelse"],
        ],
      ],
      [
        "close round",
        submitCloseRound,
        async (c: Ctx) => [
          ["roundId", String(c.roundId)],
          ["understood", "on"],
        ],
      ],
      [
        "invite user",
        inviteUser,
        async (c: Ctx) => [
          ["email", "fuzz@invited.test"],
          ["name", "Fuzz Testsson"],
          ["role", "OFFICER"],
          ["organisationIds", String(c.umea)],
        ],
      ],
      ["renew invitation", renewInvitation, async (c: Ctx) => [["userId", String(c.officerUserId)]]],
      [
        "wikidata id",
        submitOrganisationWikidataId,
        async (c: Ctx) => [...(await organisation(c)), ["wikidataId", "Q25579"]],
      ],
      [
        "partner request moderation",
        submitModeration,
        async (c: Ctx) => [
          ["locale", "sv"],
          ["requestId", String(c.pendingRequestId)],
          ["expectedVersion", String(await c.pendingVersion())],
          ["decision", "approve"],
        ],
      ],
      [
        "user active",
        setUserActive,
        async (c: Ctx) => [
          ["userId", String(c.officerUserId)],
          ["active", "true"],
        ],
      ],
      [
        "user assignments",
        setUserAssignments,
        async (c: Ctx) => [
          ["userId", String(c.officerUserId)],
          ["organisationIds", String(c.umea)],
          ["organisationIds", String(c.solleftea)],
        ],
      ],
    ] as const
  ).map(([name, handler, fields]) => ({
    name,
    users: () => [users.admin, users.umea, null],
    fields: fields as Spec["fields"],
    run: (user: SessionUser | null, form: FormData) =>
      handleForm(
        handler as (db: Database, u: SessionUser | null, f: FormData) => Promise<FormState>,
        db,
        user,
        form,
      ),
  })),
  {
    name: "accept invitation",
    users: () => [null],
    fields: async () => [
      ["token", "x".repeat(43)],
      ["password", "ett långt lösenord"],
      ["passwordConfirmation", "ett långt lösenord"],
    ],
    run: (_user, form) => handleForm(acceptInvitation, db, String(form.get("token") ?? ""), form),
  },
  {
    name: "partner request from abroad",
    users: () => [null],
    fields: async (c) => abroadContent(c),
    // A fresh address per post, so the per-address limit does not hide the rest of the handler.
    run: (_user, form) =>
      handleForm(
        () => submitAbroadForm(db, form, `192.0.2.${1 + (abroadPosts++ % 250)}`, null),
        db,
        null,
        form,
      ),
  },
  {
    name: "partner request confirmation",
    users: () => [null],
    fields: async () => [
      ["locale", "sv"],
      ["token", "a".repeat(43)],
    ],
    // As confirmAbroadRequestAction does it: the token alone, without the gate.
    run: async (_user, form) => {
      const token = form.get("token");
      const result = await confirmAbroadRequest(db, typeof token === "string" ? token : "");
      return result.ok ? { status: "saved", savedId: result.id } : { status: "not_found" };
    },
  },
  {
    name: "import preview",
    users: () => [users.umea, users.admin, null],
    fields: async () => [["file", importFile()]],
    run: (user, form) => handleImportForm(submitImportPreview, db, user, form),
  },
  {
    name: "import commit",
    users: () => [users.umea, users.admin],
    fields: async () => {
      const bytes = new TextEncoder().encode(csv(IMPORT_ROWS));
      return [
        ["fileName", "vanorter.csv"],
        ["fileData", Buffer.from(bytes).toString("base64")],
        ["fileHash", fileHash(bytes)],
        ["accept", "2"],
        ["accept", "3"],
        ["candidate-3", "review"],
      ];
    },
    run: (user, form) => handleImportForm(submitImportCommit, db, user, form),
  },
  {
    name: "kommungrupp import",
    users: () => [users.admin],
    fields: async () => [
      [
        "file",
        new File(
          [
            csv([
              ["Kommunkod", "Kommungrupp"],
              ["2480", "A2"],
            ]),
          ],
          "grupper.csv",
        ) as File,
      ],
    ],
    run: (user, form) => handleImportForm(submitMunicipalityGroupImport, db, user, form),
  },
];

/** A hostile variant of a value: a control character inside it, or one of the hostile values. */
function hostile(random: Random, value: string): string {
  if (random.next() < 0.4) {
    const at = random.int(value.length + 1);
    return value.slice(0, at) + random.pick(CONTROL_CHARACTERS) + value.slice(at);
  }
  return random.pick(HOSTILE_VALUES);
}

/** An import file whose cells are hostile (control characters, odd bytes); the commit form carries it. */
function hostileImportRows(random: Random): string[][] {
  return IMPORT_ROWS.map((row, r) =>
    r === 0
      ? row
      : row.map((cell) => (random.next() < 0.35 ? hostile(random, cell).replaceAll(";", ",") : cell)),
  );
}

/** One to three mutations of a valid form. */
function mutate(random: Random, fields: Fields): { fields: Fields; what: string[] } {
  const result: Fields = [...fields];
  const what: string[] = [];
  for (let n = 1 + random.int(3); n > 0; n--) {
    const roll = random.next();
    const index = random.int(result.length);
    const [name, value] = result[index] ?? ["extra", ""];
    if (roll < 0.55 && typeof value === "string") {
      const bad = hostile(random, value);
      result[index] = [name, bad];
      what.push(`${name}=${JSON.stringify(bad.slice(0, 40))}`);
    } else if (roll < 0.55 && value instanceof File) {
      const rows = hostileImportRows(random);
      const name2 = random.next() < 0.2 ? `lista${random.pick(CONTROL_CHARACTERS)}.csv` : value.name;
      result[index] = [name, new File([csv(rows)], name2)];
      what.push(`${name}=file ${JSON.stringify(rows.slice(1))}`);
    } else if (roll < 0.65) {
      const copies = random.pick([2, 50, 2000, 20_000]);
      for (let i = 0; i < copies; i++) result.push([name, typeof value === "string" ? value : ""]);
      what.push(`${name} x${copies}`);
    } else if (roll < 0.75) {
      result.splice(index, 1);
      what.push(`without ${name}`);
    } else if (roll < 0.85) {
      const invented = random.pick([
        `partners.${random.pick(["2", "99999", "2147483648", "-1", "01"])}.type`,
        "participantIds",
        "areaCodes",
        "fundingCodes",
        "coordinationForms",
        "questions",
        "accept",
        `candidate-${random.pick(["2", "3", "99"])}`,
        "__proto__",
        `fält${random.pick(CONTROL_CHARACTERS)}`,
      ]);
      const bad = random.pick(HOSTILE_VALUES);
      result.push([invented, bad]);
      what.push(`+${invented}=${JSON.stringify(bad.slice(0, 40))}`);
    } else {
      // The commit form carrying a hostile file, consistently hashed: the file's rows are the input.
      const rows = hostileImportRows(random);
      const bytes = new TextEncoder().encode(csv(rows));
      const swap = (field: string, v: string) => {
        const at = result.findIndex(([k]) => k === field);
        if (at >= 0) result[at] = [field, v];
      };
      swap("fileData", Buffer.from(bytes).toString("base64"));
      swap("fileHash", fileHash(bytes));
      const file = result.findIndex(([k]) => k === "file");
      if (file >= 0) result[file] = ["file", new File([bytes], "vanorter.csv")];
      what.push(`rows ${JSON.stringify(rows.slice(1))}`);
    }
  }
  return { fields: result, what };
}

const toForm = (fields: Fields) => {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
};

beforeAll(async () => {
  const url = new URL(testDatabaseUrl());
  const source = url.pathname.slice(1);
  const server = new URL(url);
  server.pathname = "/postgres";
  admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${COPY}" TEMPLATE "${source}"`);
  const copy = new URL(url);
  copy.pathname = `/${COPY}`;
  copyUrl = copy.toString();
  db = createPrismaClient(copyUrl);

  const user = async (email: string) =>
    (await loadSessionUser(db, (await db.user.findUniqueOrThrow({ where: { email } })).id))!;
  users.admin = await user("admin@example.org");
  users.umea = await user("umea@example.org");
  const org = (slug: string) => db.organisation.findUniqueOrThrow({ where: { slug } });
  const umea = await org("umea");
  const solleftea = await org("solleftea");
  const partnership = await db.partnership.findFirstOrThrow({
    where: { participants: { some: { organisationId: umea.id } }, removedAt: null },
    orderBy: { id: "asc" },
  });
  const policyDoc = await db.policyDocument.findFirstOrThrow({ orderBy: { id: "asc" } });
  // A first save of each gives an audit event to restore (the seed writes none).
  const round = await handleForm(
    submitOpenRound as never,
    db,
    users.admin,
    toForm([
      ["name", "Fuzzrundan"],
      ["deadline", "2031-01-31"],
      ["questions", "reasonsForNone"],
      ["questions", "obstacles"],
    ]),
  );
  expect(round.status).toBe("saved");
  const invite = await handleForm(
    inviteUser,
    db,
    users.admin,
    toForm([
      ["email", "officer@invited.test"],
      ["name", "Inbjuden Handläggare"],
      ["role", "OFFICER"],
      ["organisationIds", String(umea.id)],
    ]),
  );
  expect(invite.status).toBe("saved");
  const tartuId = (await db.place.findFirstOrThrow({ where: { name: "Tartu", countryCode: "EE" } })).id;
  const place = await handleForm(
    submitNewPlace,
    db,
    users.umea,
    toForm([["organisationId", String(umea.id)], ...placeContent]),
  );
  expect(place).toMatchObject({ status: "saved" });
  const request = await handleForm(
    submitMemberRequest,
    db,
    users.umea,
    toForm([["organisationId", String(umea.id)], ...requestContent]),
  );
  expect(request).toMatchObject({ status: "saved" });
  const other = await handleForm(
    submitMemberRequest,
    db,
    users.admin,
    toForm([["organisationId", String(solleftea.id)], ...requestContent]),
  );
  expect(other).toMatchObject({ status: "saved" });
  const pending = await submitAbroadForm(
    db,
    toForm(abroadContent({ tartu: tartuId } as Ctx)),
    "192.0.2.251",
    null,
  );
  expect(pending).toMatchObject({ status: "saved" });
  const event = async (entityType: string, entityId: number) =>
    String(
      (
        await db.auditEvent.findFirst({
          where: { entityType, entityId: String(entityId) },
          orderBy: { id: "desc" },
        })
      )?.id ?? 1,
    );
  ctx = {
    umea: umea.id,
    solleftea: solleftea.id,
    partnershipId: partnership.id,
    partnershipVersion: async () =>
      (await db.partnership.findUniqueOrThrow({ where: { id: partnership.id } })).version,
    partnershipEvent: await event("Partnership", partnership.id),
    policyId: policyDoc.id,
    policyVersion: async () =>
      (await db.policyDocument.findUniqueOrThrow({ where: { id: policyDoc.id } })).version,
    policyEvent: await event("PolicyDocument", policyDoc.id),
    umeaVersion: async () => (await db.organisation.findUniqueOrThrow({ where: { id: umea.id } })).version,
    umeaEvent: await event("Organisation", umea.id),
    tartu: tartuId,
    officerUserId: (await db.user.findUniqueOrThrow({ where: { email: "officer@invited.test" } })).id,
    roundId: round.savedId!,
    placeId: place.savedId!,
    placeVersion: async () => (await db.place.findUniqueOrThrow({ where: { id: place.savedId! } })).version,
    requestId: request.savedId!,
    requestVersion: async () =>
      (await db.partnerRequest.findUniqueOrThrow({ where: { id: request.savedId! } })).version,
    otherRequestId: other.savedId!,
    pendingRequestId: pending.savedId!,
    pendingVersion: async () =>
      (await db.partnerRequest.findUniqueOrThrow({ where: { id: pending.savedId! } })).version,
  };
}, 240_000);

afterAll(async () => {
  await db?.$disconnect();
  await admin?.query(`DROP DATABASE IF EXISTS "${COPY}" WITH (FORCE)`);
  await admin?.end();
});

describe(`every signed-in form under hostile input (seed ${SEED})`, () => {
  it("answers each mutated form with a form state, never an error, and stores no control character", async () => {
    const random = seededRandom(SEED);
    const failures: string[] = [];
    const statuses = new Map<string, number>();
    const deadline = Date.now() + SECONDS * 1000;
    let cases = 0;
    // Each form at least once unmutated, so the base forms are known to be valid.
    for (const spec of SPECS) {
      const state = await spec.run(spec.users()[0]!, toForm(await spec.fields(ctx)));
      statuses.set(`${spec.name} (valid): ${state.status}`, 1);
    }
    while (cases < CASES && Date.now() < deadline) {
      const spec = random.pick(SPECS);
      const user = random.pick(spec.users());
      const { fields, what } = mutate(random, await spec.fields(ctx));
      cases++;
      try {
        const state = await spec.run(user, toForm(fields));
        const key = `${spec.name}: ${state.status}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (typeof state.status !== "string") failures.push(`#${cases} ${spec.name}: no status`);
      } catch (error) {
        failures.push(`#${cases} ${spec.name} [${what.join(", ")}]: ${String(error).slice(0, 300)}`);
      }
    }
    console.log(
      `Form fuzz, seed ${SEED}: ${cases} mutated forms over ${SPECS.length} handlers, ${failures.length} errors.\n` +
        [...statuses].map(([k, v]) => `  ${k} × ${v}`).join("\n"),
    );
    expect(failures).toEqual([]);
    // However slow the machine, enough cases to mean something (2 busy shared cores ran 3 to 5 a second).
    expect(cases).toBeGreaterThanOrEqual(Math.min(CASES, 200));

    const client = new pg.Client({ connectionString: copyUrl });
    await client.connect();
    try {
      expect(await rowsWithControlCharacters(client)).toEqual([]);
      // Lists stay within their bounds: no partnership with hundreds of participants, no repeated choices.
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM (SELECT "partnershipId" FROM "PartnershipParticipant"
           GROUP BY "partnershipId" HAVING count(*) > 400) AS big`,
      );
      expect(Number(rows[0]!.n)).toBe(0);
    } finally {
      await client.end();
    }
  }, 600_000);
});
