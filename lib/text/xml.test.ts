import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { xmlEscape } from "./xml";

describe("xmlEscape", () => {
  it("escapes every markup character, entities included, and drops what XML cannot carry", () => {
    expect(xmlEscape(`a<b>&amp;"c"'d'\u0001\uFFFE`)).toBe("a&lt;b&gt;&amp;amp;&quot;c&quot;&apos;d&apos;");
  });

  it("round-trips a hostile name through an XML parser as the same text", () => {
    const name = `</t><script>alert(1)</script>]]>&lt; "x" 'y' Umeå`;
    const xml = `<r a="${xmlEscape(name)}"><t>${xmlEscape(name)}</t></r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, htmlEntities: false }).parse(xml);
    expect(parsed.r.t).toBe(name);
    expect(parsed.r["@_a"]).toBe(name);
  });
});
