import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("change cursor", () => {
  it("round-trips ids, from the start to bigint's limit", () => {
    for (const id of [0n, 1n, 42n, 9_223_372_036_854_775_807n])
      expect(decodeCursor(encodeCursor(id))).toBe(id);
    expect(encodeCursor(12n)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("refuses whatever it did not hand out", () => {
    const garbage = [
      "",
      "12",
      "abc",
      "%%%",
      encodeCursor(1n) + "=",
      Buffer.from("c1.-1").toString("base64url"),
      Buffer.from("c1.01").toString("base64url"),
      Buffer.from("c1.9223372036854775808").toString("base64url"),
      Buffer.from("c2.5").toString("base64url"),
      "x".repeat(500),
    ];
    for (const cursor of garbage) expect(decodeCursor(cursor), cursor).toBeNull();
  });
});
