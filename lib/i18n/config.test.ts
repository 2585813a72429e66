import { describe, expect, it } from "vitest";
import { localePath, splitLocale } from "./config";

describe("localePath", () => {
  it("keeps Swedish at the root and puts English under /en", () => {
    expect(localePath("sv", "/kommun/umea")).toBe("/kommun/umea");
    expect(localePath("en", "/kommun/umea")).toBe("/en/kommun/umea");
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("sv", "/")).toBe("/");
  });
});

describe("splitLocale", () => {
  it("is the inverse of localePath", () => {
    expect(splitLocale("/en/kommun/umea")).toEqual(["en", "/kommun/umea"]);
    expect(splitLocale("/en")).toEqual(["en", "/"]);
    expect(splitLocale("/kommun/umea")).toEqual(["sv", "/kommun/umea"]);
    expect(splitLocale("/")).toEqual(["sv", "/"]);
    expect(splitLocale("/english")).toEqual(["sv", "/english"]);
  });
});
