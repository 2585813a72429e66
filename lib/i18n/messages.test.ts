import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import sv from "./messages/sv.json";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("messages", () => {
  it("has every Swedish key in English and no other", () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it("has no empty message", () => {
    for (const messages of [sv, en]) {
      const empty = keys(messages).filter(
        (k) => !k.split(".").reduce<unknown>((m, part) => (m as Record<string, unknown>)[part], messages),
      );
      expect(empty).toEqual([]);
    }
  });
});
