import { describe, expect, it } from "vitest";
import { formatDay, formatPartialDate } from "./dates";
import { getI18n } from "./server";

const sv = getI18n("sv");
const en = getI18n("en");

describe("formatDay", () => {
  it("writes Swedish dates the Swedish way and English ones in words", () => {
    expect(formatDay(sv, new Date("2018-03-28"))).toBe("2018-03-28");
    expect(formatDay(en, new Date("2018-03-28"))).toBe("March 28, 2018");
  });
});

describe("formatPartialDate", () => {
  it("shows as much of a date as the source gives", () => {
    expect(formatPartialDate(sv, "2019-11-25")).toBe("2019-11-25");
    expect(formatPartialDate(sv, "1997-02")).toBe("februari 1997");
    expect(formatPartialDate(en, "1997-02")).toBe("February 1997");
    expect(formatPartialDate(en, "1997")).toBe("1997");
  });
});
