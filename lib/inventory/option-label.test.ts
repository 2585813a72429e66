import { describe, expect, it } from "vitest";
import { getI18n } from "../i18n/server";
import { inventoryOptionLabel } from "./option-label";

describe("inventoryOptionLabel", () => {
  it("names an answer option in the reader's language", () => {
    const sv = inventoryOptionLabel(getI18n("sv").t, "obstacles", "YES");
    const en = inventoryOptionLabel(getI18n("en").t, "obstacles", "YES");
    expect(sv).not.toBe("YES");
    expect(en).not.toBe("YES");
    expect(sv).not.toBe(en);
  });

  it("shows a code the messages lack as itself", () => {
    expect(inventoryOptionLabel(getI18n("sv").t, "obstacles", "MAYBE")).toBe("MAYBE");
  });
});
