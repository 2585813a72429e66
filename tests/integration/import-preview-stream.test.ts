import { describe, expect, it } from "vitest";
import { loadSessionUser, type SessionUser } from "../../lib/auth/session-user";
import { submitImportCommit, submitImportPreview, type ImportState } from "../../lib/manage/import-actions";
import {
  PREVIEW_STREAM_TYPE,
  readEvents,
  type PreviewStreamEvent,
} from "../../lib/manage/import-preview-events";
import { streamImportPreview } from "../../lib/manage/import-preview-stream";
import {
  MAX_IMPORT_BASE64_LENGTH,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_REQUEST_BYTES,
} from "../../lib/import/limits";
import { matchPartner } from "../../lib/import/match-partner";
import { progressBatch } from "../../lib/import/progress";
import { searchPlaces } from "../../lib/geocoding/search";
import { syntheticImportCsv, syntheticImportFileName } from "../../scripts/synthetic/import-file";
import { testDatabase } from "../support/database";

// POST /api/import/preview's handler (the route adds only getCurrentUser), called as the route
// calls it, with a long synthetic file made here. A preview writes nothing: nothing to clean up.
const db = testDatabase();
const ROWS = 120;

async function demoUser(email: string): Promise<SessionUser> {
  const row = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadSessionUser(db, row.id))!;
}

const fileForm = (file: File) => {
  const form = new FormData();
  form.append("file", file);
  return form;
};
const syntheticFile = () =>
  new File([syntheticImportCsv(ROWS)], syntheticImportFileName(ROWS), { type: "text/csv" });
const post = (body: FormData | string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/import/preview", { method: "POST", body, headers });

async function eventsOf(response: Response): Promise<PreviewStreamEvent[]> {
  const events: PreviewStreamEvent[] = [];
  await readEvents(response.body!, (event) => events.push(event));
  return events;
}

const counts = async () => ({
  partnerships: await db.partnership.count(),
  audits: await db.auditEvent.count(),
});

describe("the streamed import preview (POST /api/import/preview)", () => {
  it("answers the signed-out with 401 and reads nothing", async () => {
    const response = await streamImportPreview(db, null, post(fileForm(syntheticFile())));
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it("streams progress in order, then the very preview the server action gives, and writes nothing", async () => {
    const officer = await demoUser("umea@example.org");
    const before = await counts();
    const response = await streamImportPreview(db, officer, post(fileForm(syntheticFile())));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(PREVIEW_STREAM_TYPE);
    expect(response.headers.get("cache-control")).toContain("no-transform");
    const events = await eventsOf(response);

    const progress = events.filter((e) => e.type === "progress");
    const batch = progressBatch(ROWS);
    expect(progress.map((e) => e.matched)).toEqual([
      0,
      ...Array.from({ length: Math.floor(ROWS / batch) }, (_, i) => (i + 1) * batch),
    ]);
    expect(progress.every((e) => e.total === ROWS)).toBe(true);
    expect(events.at(-1)?.type).toBe("result");
    expect(events.filter((e) => e.type === "result")).toHaveLength(1);

    const streamed = (events.at(-1) as { state: ImportState }).state;
    const action = await submitImportPreview(db, officer, fileForm(syntheticFile()));
    expect(streamed).toEqual(JSON.parse(JSON.stringify(action)));
    expect(streamed.preview!.rows).toHaveLength(ROWS);
    expect(await counts()).toEqual(before);
  });

  it("stops quietly when the browser goes away after the first report", async () => {
    const officer = await demoUser("umea@example.org");
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const reader = (
        await streamImportPreview(db, officer, post(fileForm(syntheticFile())))
      ).body!.getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      expect(JSON.parse(first.split("\n")[0]!)).toEqual({ type: "progress", matched: 0, total: ROWS });
      await reader.cancel();
      // The handler meets the cancelled stream at its next report and stops, logging nothing.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    } finally {
      console.error = log;
    }
    expect(errors).toEqual([]);
  });

  it("keeps an officer to their own organisation: other members' rows are out of scope, an administrator's are not", async () => {
    const officer = await demoUser("umea@example.org");
    const admin = await demoUser("admin@example.org");
    const rowsFor = async (user: SessionUser) => {
      const events = await eventsOf(await streamImportPreview(db, user, post(fileForm(syntheticFile()))));
      return (events.at(-1) as { state: ImportState }).state.preview!.rows;
    };
    const sollefteaRows = (rows: Awaited<ReturnType<typeof rowsFor>>) =>
      rows.filter((r) => r.values.member === "Sollefteå");
    const asOfficer = sollefteaRows(await rowsFor(officer));
    expect(asOfficer.length).toBeGreaterThan(0);
    expect(
      asOfficer.every(
        (r) => r.status === "invalid" && r.issues.some((i) => i.code === "member_out_of_scope"),
      ),
    ).toBe(true);
    const asAdmin = sollefteaRows(await rowsFor(admin));
    expect(asAdmin.some((r) => r.issues.some((i) => i.code === "member_out_of_scope"))).toBe(false);
  });

  it("answers a too-large file with the form's file_too_large, read or not", async () => {
    const officer = await demoUser("umea@example.org");
    const big = new File([new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65)], "big.csv");
    expect(await eventsOf(await streamImportPreview(db, officer, post(fileForm(big))))).toEqual([
      { type: "result", state: { status: "invalid", error: "file_too_large" } },
    ]);
    // A body larger than any import form sends gets 413: on its declared length, unread...
    const declared = post("not read", {
      "content-length": String(MAX_IMPORT_REQUEST_BYTES + 1),
      "content-type": "multipart/form-data; boundary=x",
    });
    const refused = await streamImportPreview(db, officer, declared);
    expect(refused.status).toBe(413);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    // ...and without a length (chunked), once the bytes read pass the limit: the rest is never pulled.
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(65));
      },
    });
    const chunked = new Request("http://localhost/api/import/preview", {
      method: "POST",
      body: endless,
      headers: { "content-type": "multipart/form-data; boundary=x" },
      duplex: "half",
    } as RequestInit);
    expect((await streamImportPreview(db, officer, chunked)).status).toBe(413);
    expect(pulled * 64 * 1024).toBeLessThan(MAX_IMPORT_REQUEST_BYTES + 3 * 64 * 1024);
  });

  it("the commit refuses a carried file above the limit too (a forged form), before decoding it", async () => {
    const officer = await demoUser("umea@example.org");
    const form = new FormData();
    form.append("fileName", "big.csv");
    form.append("fileHash", "0".repeat(64));
    form.append("fileData", "A".repeat(MAX_IMPORT_BASE64_LENGTH + 8));
    form.append("accept", "2");
    expect(await submitImportCommit(db, officer, form)).toEqual({
      status: "invalid",
      error: "file_too_large",
    });
  });

  it("answers an unreadable file and a body that is no form like the action does", async () => {
    const officer = await demoUser("umea@example.org");
    const binary = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2])], "list.pdf");
    expect(await eventsOf(await streamImportPreview(db, officer, post(fileForm(binary))))).toEqual([
      { type: "result", state: { status: "invalid", error: "file_format" } },
    ]);
    const notForm = await streamImportPreview(db, officer, post("file=x", { "content-type": "text/plain" }));
    expect(notForm.status).toBe(400);
  });
});

describe("partner look-ups of a long file", () => {
  it("ask for exact names first: the same places as the full search, without its fuzzy tail", async () => {
    const exact = await searchPlaces(db, "Vasa", { limit: 5, exactOnly: true });
    const full = await searchPlaces(db, "Vasa", { limit: 5 });
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.every((h) => h.match === "exact")).toBe(true);
    expect(exact.map((h) => h.id)).toEqual(full.filter((h) => h.match === "exact").map((h) => h.id));
    // A misspelt name still gets the fuzzy search's candidates for the review queue.
    const misspelt = await matchPartner(db, "Tromsöö", "NO");
    expect(misspelt.status).not.toBe("matched");
    expect(misspelt.candidates.map((c) => c.name)).toContain("Tromsø");
  });
});
