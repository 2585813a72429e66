import { describe, expect, it } from "vitest";
import { contrastOnWhite, embedQuery, normaliseColour, parseEmbedOptions } from "./options";

const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query));

describe("parseEmbedOptions", () => {
  it("defaults to every kind, no map, the registry's colour", () => {
    expect(parse("")).toEqual({
      ok: true,
      options: { kinds: ["TWIN_TOWN", "MUNICIPAL_PARTNERSHIP", "OTHER"], map: false, colour: undefined },
    });
  });

  it("reads kinds repeated or comma-separated, in the report's order, ignoring case and other parameters", () => {
    expect(parse("typ=annat&typ=VANORT&utm_source=cms")).toMatchObject({
      ok: true,
      options: { kinds: ["TWIN_TOWN", "OTHER"] },
    });
    expect(parse("typ=partnerskap,vanort")).toMatchObject({
      ok: true,
      options: { kinds: ["TWIN_TOWN", "MUNICIPAL_PARTNERSHIP"] },
    });
  });

  it("reads the map switch", () => {
    expect(parse("karta=1")).toMatchObject({ ok: true, options: { map: true } });
    expect(parse("karta=ja")).toMatchObject({ ok: true, options: { map: true } });
    expect(parse("karta=0")).toMatchObject({ ok: true, options: { map: false } });
  });

  it("normalises a colour and accepts it with enough contrast on white", () => {
    expect(parse("farg=%231F4E8C")).toMatchObject({ ok: true, options: { colour: "1f4e8c" } });
    expect(parse("farg=000")).toMatchObject({ ok: true, options: { colour: "000000" } });
  });

  it("refuses unknown kinds, map values and colours, naming each", () => {
    const parsed = parse("typ=kompis&karta=kanske&farg=red;background:url(x)");
    expect(parsed).toEqual({
      ok: false,
      errors: [
        { code: "embedKindInvalid", value: "kompis" },
        { code: "embedMapInvalid", value: "kanske" },
        { code: "embedColourInvalid", value: "red;background:url(x)" },
      ],
    });
  });

  it("refuses a colour too light to read as text on white (WCAG AA 4.5:1)", () => {
    expect(parse("farg=ffff00")).toEqual({
      ok: false,
      errors: [{ code: "embedColourContrast", value: "ffff00", ratio: 1 }],
    });
    // #767676 is the lightest grey that passes.
    expect(parse("farg=777777").ok).toBe(false);
    expect(parse("farg=767676").ok).toBe(true);
  });
});

describe("colours", () => {
  it("computes WCAG contrast against white", () => {
    expect(contrastOnWhite("000000")).toBeCloseTo(21, 5);
    expect(contrastOnWhite("ffffff")).toBeCloseTo(1, 5);
  });

  it("takes only hex colours", () => {
    expect(normaliseColour(" #AbC ")).toBe("aabbcc");
    expect(normaliseColour("12345")).toBeUndefined();
    expect(normaliseColour("rgb(0,0,0)")).toBeUndefined();
  });
});

describe("embedQuery", () => {
  it("writes the canonical query, defaults left out, and parses back to the same options", () => {
    const options = { kinds: ["OTHER", "TWIN_TOWN"] as const, map: true, colour: "8b0000" };
    const query = embedQuery({ ...options, kinds: [...options.kinds] });
    expect(query).toBe("typ=vanort&typ=annat&karta=1&farg=8b0000");
    expect(parse(query)).toEqual({
      ok: true,
      options: { kinds: ["TWIN_TOWN", "OTHER"], map: true, colour: "8b0000" },
    });
    expect(
      embedQuery({ kinds: ["TWIN_TOWN", "MUNICIPAL_PARTNERSHIP", "OTHER"], map: false, colour: "1f4e8c" }),
    ).toBe("");
  });
});
