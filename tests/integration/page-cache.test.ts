// The production server's page cache (scripts/serve.ts, lib/http/page-cache.ts) on a real build
// and database: a stored page comes back with a fresh nonce everywhere and gzip that decodes, an
// API answer with its ETag (and 304), nothing for a visitor with a cookie, and nothing stored
// once the data version moved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuild, startAppServer, type AppServer } from "../support/app-server";
import { testDatabase, testDatabaseUrl } from "../support/database";

const db = testDatabase();
let server: AppServer;

beforeAll(async () => {
  ensureBuild();
  server = await startAppServer(testDatabaseUrl());
}, 900_000);

afterAll(async () => {
  await server?.stop();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(server.url + path, { headers: { "accept-encoding": "gzip", ...headers }, redirect: "manual" });
const nonceOf = (response: Response) =>
  /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

describe("the page cache", () => {
  it("sends a stored page again with a fresh nonce in the policy and everywhere in the body", async () => {
    const first = await get("/kommun/umea");
    const firstBody = await first.text();
    const second = await get("/kommun/umea");
    const secondBody = await second.text(); // fetch has undone the gzip: it decodes, checksum and all
    expect(second.status).toBe(200);
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(second.headers.get("content-encoding")).toBe("gzip");
    expect(second.headers.get("set-cookie")).toBeNull();
    const [old, fresh] = [nonceOf(first)!, nonceOf(second)!];
    expect(fresh).toBeTruthy();
    expect(fresh).not.toBe(old);
    expect(secondBody).not.toContain(old);
    expect(secondBody).toContain(`nonce="${fresh}"`);
    expect(secondBody).toBe(firstBody.split(old).join(fresh));
  });

  it("renders for a visitor with a cookie instead", async () => {
    await get("/kommuner");
    const withCookie = await get("/kommuner", { cookie: "a=b" });
    expect(withCookie.status).toBe(200);
    expect(withCookie.headers.get("x-page-cache")).toBeNull();
  });

  it("keeps an open-API answer with its ETag and answers 304 when the client has it", async () => {
    const first = await get("/api/v1/partnerships?antal=5");
    const body = await first.text();
    const second = await get("/api/v1/partnerships?antal=5");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(await second.text()).toBe(body);
    const etag = second.headers.get("etag")!;
    expect(etag).toBe(first.headers.get("etag"));
    const again = await get("/api/v1/partnerships?antal=5", { "if-none-match": etag });
    expect(again.status).toBe(304);
  });

  it("serves nothing stored once the data version moved", async () => {
    await get("/samarbeten");
    expect((await get("/samarbeten")).headers.get("x-page-cache")).toBe("hit");
    await db.$executeRaw`UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1`;
    expect((await get("/samarbeten")).headers.get("x-page-cache")).toBeNull();
    expect((await get("/samarbeten")).headers.get("x-page-cache")).toBe("hit");
  });
});
