import { describe, expect, it } from "vitest";
import type { Locale } from "../i18n/config";
import type { FieldMessage } from "../validation/field-errors";
import { fieldErrorsText } from "../validation/field-errors-text";
import {
  applicableIcldYear,
  duplicateMessage,
  endDateErrors,
  icldMessages,
  partnerIdentity,
  swedishToday,
} from "./rules";

const text = (messages: FieldMessage | FieldMessage[], locale: Locale = "sv") =>
  fieldErrorsText(locale, { field: [messages].flat() }).field!;
const finland = { nameSv: "Finland", nameEn: "Finland" };

describe("end date rules", () => {
  const today = "2024-05-10";
  it("accepts an end between the start year and today", () => {
    expect(endDateErrors(new Date("2020-01-01"), 2020, today)).toEqual([]);
    expect(endDateErrors(new Date("2024-05-10"), null, today)).toEqual([]);
  });
  it("refuses an end before the start year, and one after today", () => {
    expect(text(endDateErrors(new Date("2019-12-31"), 2020, today))).toEqual([
      "Slutdatumet kan inte vara före startåret 2020. Ändra slutdatumet eller startåret.",
    ]);
    expect(text(endDateErrors(new Date("2024-05-11"), 2020, today))).toEqual([
      "Slutdatumet kan inte vara senare än i dag (2024-05-10). Ange dagen då samarbetet avslutades.",
    ]);
    expect(endDateErrors(new Date("2019-12-31"), 2020, today)).toEqual([
      { code: "endDateBeforeStart", values: { startYear: 2020 } },
    ]);
    expect(text(endDateErrors(new Date("2019-12-31"), 2020, today), "en")).toEqual([
      "The end date cannot be before the start year 2020. Change the end date or the start year.",
    ]);
  });
  it("today is the Swedish calendar day", () => {
    expect(swedishToday(new Date("2024-05-10T22:30:00Z"))).toBe("2024-05-11");
    expect(swedishToday(new Date("2024-01-10T22:30:00Z"))).toBe("2024-01-10");
  });
});

describe("ICLD list year", () => {
  it("uses the latest list at or before the start year", () => {
    expect(applicableIcldYear([2018], 2018)).toBe(2018);
    expect(applicableIcldYear([2014, 2018, 2022], 2020)).toBe(2018);
    expect(applicableIcldYear([2018, 2014], 2025)).toBe(2018);
    expect(applicableIcldYear([2018], 2017)).toBeNull();
    expect(applicableIcldYear([], 2018)).toBeNull();
  });
  it("says which list it used when it is older than the start year", () => {
    expect(text(icldMessages.notEligible(finland, 2018, 2018))).toEqual([
      "Finland fanns inte bland länderna som kunde ha kommunala partnerskap genom ICLD 2018. Kontrollera landet, startåret eller typen av samarbete.",
    ]);
    expect(text(icldMessages.notEligible(finland, 2018, 2020))[0]).toMatch(
      /ICLD 2018 \(den senaste listan före startåret 2020\)/,
    );
    expect(
      text(icldMessages.notEligible({ nameSv: "Sydafrika", nameEn: "South Africa" }, 2018, 2020), "en"),
    ).toEqual([
      "South Africa was not among the countries that could have municipal partnerships through ICLD in 2018 (the latest list before the start year 2020). Check the country, the start year or the kind of cooperation.",
    ]);
    expect(text(icldMessages.noList(1990))[0]).toMatch(/ingen ICLD-lista.*1990 eller tidigare/);
  });
});

describe("duplicates", () => {
  it("compares places, whole countries and networks, not names", () => {
    expect(partnerIdentity({ type: "PLACE", placeId: 632978 })).toBe("place:632978");
    expect(partnerIdentity({ type: "COUNTRY", countryCode: "SC" })).toBe("country:SC");
    expect(partnerIdentity({ type: "NETWORK", networkId: 4 })).toBe("network:4");
    expect(partnerIdentity({ type: "ORGANISATION", countryCode: "FI" })).toBeNull();
  });
  it("names the participant, the kind and the partner", () => {
    const message = duplicateMessage("TWIN_TOWN", "Umeå kommun", { sv: "Vasa (Vaasa)", en: "Vasa (Vaasa)" });
    expect(text(message)).toEqual([
      "Umeå kommun har redan ett pågående samarbete av typen vänort med Vasa (Vaasa). Redigera det befintliga samarbetet, eller avsluta det först.",
    ]);
    expect(
      text(
        duplicateMessage("MUNICIPAL_PARTNERSHIP", "Umeå kommun", { sv: "Seychellerna", en: "Seychelles" }),
        "en",
      ),
    ).toEqual([
      "Umeå kommun already has a current municipal partnership with Seychelles. Edit the existing cooperation, or end it first.",
    ]);
  });
});
