import { describe, expect, it } from "vitest";
import { getI18n } from "../i18n/server";
import type { EmbedItem, EmbedModel } from "./load";
import { DEFAULT_EMBED_OPTIONS } from "./options";
import { renderEmbedError, renderEmbedPage } from "./render";
import { EMBED_LIMIT } from "./snippet";

const item = (id: number, label: string): EmbedItem => ({
  id,
  label,
  title: null,
  countries: ["Finland"],
  startYear: 1960,
  unverified: false,
  points: [],
});

const model = (items: EmbedItem[]): EmbedModel => ({
  member: { code: "2480", name: "Umeå kommun", kind: "MUNICIPALITY", slug: "umea" },
  memberPoint: null,
  sections: [{ kind: "TWIN_TOWN", count: items.length, items }],
  total: items.length,
});

const render = (m: EmbedModel, locale: "sv" | "en" = "sv") =>
  renderEmbedPage({ locale, t: getI18n(locale).t, model: m, options: DEFAULT_EMBED_OPTIONS });

describe("renderEmbedPage", () => {
  it("writes a complete, script-free document in the page's language, text escaped", () => {
    const html = render(model([item(1, '<img src=x onerror="alert(1)">')]));
    expect(html).toMatch(/^<!doctype html><html lang="sv">/);
    expect(html).toContain("<title>Umeå kommun: vänorter och samarbeten – Vänortsregistret</title>");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;, Finland");
    expect(html).toContain("(sedan 1960)");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).toContain('href="/kommun/umea" target="_blank" rel="noopener"');
    expect(render(model([item(1, "Vaasa")]), "en")).toContain('href="/en/kommun/umea"');
  });

  it("stays under 30 kB whatever officers typed, saying how many of how many it shows", () => {
    const long = "Ett mycket långt partnernamn ".repeat(40);
    const items = Array.from({ length: EMBED_LIMIT }, (_, i) => item(i, `${i} ${long}`));
    const html = render({ ...model(items), total: 1234 });
    expect(new TextEncoder().encode(html).length).toBeLessThan(30 * 1024);
    const shown = html.match(/<li>/g)!.length;
    expect(shown).toBeLessThan(EMBED_LIMIT);
    expect(html).toContain(`Visar ${shown} av 1\u00a0234.`);
  });

  it("says so when there is nothing to list", () => {
    expect(render({ ...model([]), sections: [] })).toContain("Inga pågående samarbeten");
  });
});

describe("renderEmbedError", () => {
  it("names every problem in the reader's language", () => {
    const html = renderEmbedError({
      locale: "en",
      t: getI18n("en").t,
      errors: [
        { code: "embedKindInvalid", value: "<b>" },
        { code: "embedColourContrast", value: "ffff00", ratio: 1.0 },
      ],
    });
    expect(html).toContain("Unknown kind of cooperation: “&lt;b&gt;”");
    expect(html).toContain("its contrast with white is 1:1");
  });
});
