import { describe, expect, it } from "vitest";
import { OEMBED_WIDTH, oembedHref, oembedResponse, parseOEmbedRequest } from "./oembed";

const SITE = "https://vanortsregistret.example";
const parse = (query: Record<string, string>) => parseOEmbedRequest(new URLSearchParams(query), [SITE]);

describe("parseOEmbedRequest", () => {
  it("reads a member page in either language", () => {
    expect(parse({ url: `${SITE}/kommun/umea`, format: "json" })).toEqual({
      page: { locale: "sv", kind: "MUNICIPALITY", slug: "umea" },
      maxWidth: undefined,
      maxHeight: undefined,
    });
    expect(parse({ url: `${SITE}/en/region/region-vasterbotten/`, maxwidth: "300" })).toMatchObject({
      page: { locale: "en", kind: "REGION", slug: "region-vasterbotten" },
      maxWidth: 300,
    });
  });

  it("answers as the specification says: 501 for another format, 404 for other addresses, 400 without a url", () => {
    expect(parse({ url: `${SITE}/kommun/umea`, format: "xml" })).toEqual({
      status: 501,
      reason: "formatUnsupported",
    });
    expect(parse({})).toEqual({ status: 400, reason: "urlMissing" });
    expect(parse({ url: `${SITE}/kommun/umea`, maxwidth: "-3" })).toEqual({
      status: 400,
      reason: "sizeInvalid",
    });
    for (const url of [
      "https://elsewhere.example/kommun/umea",
      `${SITE}/samarbeten`,
      `${SITE}/kommun/umea/policy`,
      `${SITE}/sv/kommun/umea`,
      "not a url",
    ])
      expect(parse({ url })).toEqual({ status: 404, reason: "urlUnknown" });
  });
});

describe("oembedResponse", () => {
  it("is a rich answer whose html is the iframe, within maxwidth and maxheight", () => {
    const request = parse({ url: `${SITE}/en/kommun/umea`, maxwidth: "300", maxheight: "200" });
    if ("status" in request) throw new Error("refused");
    const body = oembedResponse({
      origin: SITE,
      request,
      member: { code: "2480", name: "Umeå kommun" },
      height: 400,
      title: "Umeå kommun: twin towns",
      providerName: "Vänortsregistret",
    });
    expect(body).toMatchObject({
      version: "1.0",
      type: "rich",
      width: 300,
      height: 200,
      provider_url: `${SITE}/en`,
    });
    expect(body.html).toContain(`src="${SITE}/en/inbaddning/2480"`);
    expect(body.html).toContain('width="300" height="200"');
    const wide = parse({ url: `${SITE}/kommun/umea` });
    if ("status" in wide) throw new Error("refused");
    expect(
      oembedResponse({
        ...{ origin: SITE, member: { code: "2480", name: "U" } },
        request: wide,
        height: 400,
        title: "t",
        providerName: "p",
      }).width,
    ).toBe(OEMBED_WIDTH);
  });

  it("gives the discovery link's address", () => {
    expect(oembedHref(`${SITE}/kommun/umea`)).toBe(
      "/api/oembed?url=https%3A%2F%2Fvanortsregistret.example%2Fkommun%2Fumea&format=json",
    );
  });
});
