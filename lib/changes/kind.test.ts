import { describe, expect, it } from "vitest";
import { changeKind } from "./kind";

describe("changeKind", () => {
  const current = { endedOn: null };
  const ended = { endedOn: "2024-01-31" };

  it("names each transition of the public form", () => {
    expect(changeKind(null, current, false)).toBe("created");
    expect(changeKind(null, current, true)).toBe("restored");
    expect(changeKind(current, null, true)).toBe("removed");
    expect(changeKind(current, ended, true)).toBe("ended");
    expect(changeKind(ended, current, true)).toBe("edited"); // reopened
    expect(changeKind(ended, { endedOn: "2024-02-01" }, true)).toBe("edited");
    expect(changeKind({}, {}, true)).toBe("edited"); // a member profile
  });

  it("is no change when it was and stays out of sight", () => {
    expect(changeKind(null, null, true)).toBeNull();
    expect(changeKind(null, null, false)).toBeNull();
  });
});
