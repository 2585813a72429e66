import { describe, expect, it } from "vitest";
import { apiReference, operationKey } from "./reference-text";

describe("the API reference on /oppna-data", () => {
  it("keys an operation by its path", () => {
    expect(operationKey("/api/v1/places/{geonameId}")).toBe("places_geonameId");
    expect(operationKey("/api/v1/organisations")).toBe("organisations");
  });

  it.each(["sv", "en"] as const)(
    "describes every operation and parameter from the messages in %s",
    (locale) => {
      const untranslated = apiReference(locale).flatMap((e) => [
        ...(e.summary.lang ? [e.path] : []),
        ...e.parameters
          .filter((p) => p.description.lang || !p.description.text)
          .map((p) => `${e.path} ${p.name}`),
      ]);
      expect(untranslated).toEqual([]);
    },
  );

  it("is Swedish on the Swedish page", () => {
    const places = apiReference("sv").find((e) => e.path === "/api/v1/places")!;
    expect(places.summary.text).toBe("Sök i ortregistret");
    expect(places.parameters.map((p) => [p.name, p.in])).toContainEqual(["limit", "Frågesträng"]);
    expect(places.parameters.find((p) => p.name === "limit")!.description.text).toBe(
      "Högst så här många orter (1–50, standard 10)",
    );
  });
});
