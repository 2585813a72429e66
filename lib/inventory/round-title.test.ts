import { describe, expect, it } from "vitest";
import { namesAnInventory, roundTitle } from "./round-title";

const sv = (name: string) => `Inventering ${name}`;

describe("roundTitle", () => {
  it("keeps a name that already says inventory, in either language and any case", () => {
    expect(roundTitle("Inventering 2026", sv)).toBe("Inventering 2026");
    expect(roundTitle("inventering höst 2026", sv)).toBe("inventering höst 2026");
    expect(roundTitle("SKR:s inventering 2027", sv)).toBe("SKR:s inventering 2027");
    expect(roundTitle("Inventory 2027", sv)).toBe("Inventory 2027");
    expect(roundTitle("Vårinventering 2027", sv)).toBe("Vårinventering 2027");
  });

  it("adds the word to a name without it", () => {
    expect(roundTitle("Höst 2026", sv)).toBe("Inventering Höst 2026");
    expect(roundTitle("2026", sv)).toBe("Inventering 2026");
  });

  it("recognises the word inside punctuation", () => {
    expect(namesAnInventory("(Inventering) 2026")).toBe(true);
    expect(namesAnInventory("Enkät 2026")).toBe(false);
  });
});
