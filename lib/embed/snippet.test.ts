import { describe, expect, it } from "vitest";
import { DEFAULT_EMBED_OPTIONS } from "./options";
import { EMBED_LIMIT, embedUrl, iframeSnippet, MAX_HEIGHT, suggestedHeight } from "./snippet";

describe("embedUrl", () => {
  it("puts English under /en and leaves default options out", () => {
    expect(embedUrl("https://example.se", "2480", "sv", DEFAULT_EMBED_OPTIONS)).toBe(
      "https://example.se/inbaddning/2480",
    );
    expect(
      embedUrl("https://example.se", "24", "en", { kinds: ["TWIN_TOWN"], map: true, colour: "8b0000" }),
    ).toBe("https://example.se/en/inbaddning/24?typ=vanort&karta=1&farg=8b0000");
  });
});

describe("suggestedHeight", () => {
  it("grows with the listed rows and the map, counts only chosen kinds, and stops at MAX_HEIGHT", () => {
    const counts = { TWIN_TOWN: 3, OTHER: 2 };
    const all = suggestedHeight(counts, DEFAULT_EMBED_OPTIONS);
    const twins = suggestedHeight(counts, { ...DEFAULT_EMBED_OPTIONS, kinds: ["TWIN_TOWN"] });
    expect(twins).toBeLessThan(all);
    expect(suggestedHeight(counts, { ...DEFAULT_EMBED_OPTIONS, map: true })).toBeGreaterThan(all);
    expect(suggestedHeight({ TWIN_TOWN: EMBED_LIMIT * 10 }, DEFAULT_EMBED_OPTIONS)).toBe(MAX_HEIGHT);
  });
});

describe("iframeSnippet", () => {
  it("escapes the title and address into attributes", () => {
    const html = iframeSnippet(
      "https://x.se/inbaddning/2480?typ=vanort&karta=1",
      'Umeå "kommun" <vänorter>',
      300,
    );
    expect(html).toBe(
      '<iframe src="https://x.se/inbaddning/2480?typ=vanort&amp;karta=1" title="Umeå &quot;kommun&quot; &lt;vänorter&gt;" width="100%" height="300" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});
