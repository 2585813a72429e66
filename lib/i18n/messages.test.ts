import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import sv from "./messages/sv.json";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Keys written twice in one object (JSON.parse keeps the last silently: a merge can leave one). */
function repeatedKeys(file: string): string[] {
  const repeated: string[] = [];
  const objects: Set<string>[] = [];
  // Every string is read whole (so "{name}" inside a message is no brace); a string before ":" is a key.
  for (const token of readFileSync(file, "utf8").matchAll(/"((?:[^"\\]|\\.)*)"(\s*:)?|[{}]/g)) {
    if (token[0] === "{") objects.push(new Set());
    else if (token[0] === "}") objects.pop();
    else if (!token[2]) continue;
    else if (objects.at(-1)!.has(token[1]!)) repeated.push(token[1]!);
    else objects.at(-1)!.add(token[1]!);
  }
  return repeated;
}

describe("messages", () => {
  it.each(["sv", "en"])("writes no key twice in one object (%s)", (locale) => {
    expect(repeatedKeys(path.join(import.meta.dirname, "messages", `${locale}.json`))).toEqual([]);
  });

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
