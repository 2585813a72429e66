import { describe, expect, it } from "vitest";
import { MAX_RECORD_ID, parseBigRecordId, parseRecordId, recordIdSchema } from "./record-id";

describe("record ids", () => {
  it("reads digits within PostgreSQL's integer range", () => {
    expect(parseRecordId("1")).toBe(1);
    expect(parseRecordId("2147483647")).toBe(MAX_RECORD_ID);
    for (const bad of [
      "0",
      "2147483648",
      "9999999999",
      "99999999999999999999",
      "-1",
      "1e3",
      " 1",
      "1.0",
      "",
      "x",
    ])
      expect(parseRecordId(bad)).toBeNull();
  });

  it("checks numbers the same way in a schema, with the caller's message", () => {
    const schema = recordIdSchema("participantInvalid");
    expect(schema.safeParse(42).success).toBe(true);
    for (const bad of [0, -5, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER, Number.NaN, "7"]) {
      const result = schema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("participantInvalid");
    }
  });

  it("reads audit event ids within bigint's range", () => {
    expect(parseBigRecordId("9223372036854775807")).toBe(9223372036854775807n);
    expect(parseBigRecordId(12)).toBe(12n);
    for (const bad of ["9223372036854775808", "99999999999999999999", "0", "-1", "abc", ""])
      expect(parseBigRecordId(bad)).toBeNull();
  });
});
