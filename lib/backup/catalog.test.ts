import { describe, expect, it } from "vitest";
import { ident, referencedFirst } from "./catalog";

const table = (name: string) => ({ name, columns: ["id"] });

describe("referencedFirst", () => {
  it("puts every table after the tables it references, whatever the catalog's order", () => {
    const order = referencedFirst(
      [table("PartnershipPartner"), table("Place"), table("Partnership"), table("Country")],
      [
        { from: "PartnershipPartner", to: "Partnership" },
        { from: "PartnershipPartner", to: "Place" },
        { from: "Place", to: "Country" },
        { from: "Partnership", to: "Partnership" }, // a table may reference itself
      ],
    ).map((t) => t.name);
    expect(order.indexOf("Country")).toBeLessThan(order.indexOf("Place"));
    expect(order.indexOf("Place")).toBeLessThan(order.indexOf("PartnershipPartner"));
    expect(order.indexOf("Partnership")).toBeLessThan(order.indexOf("PartnershipPartner"));
    expect(order).toHaveLength(4);
  });

  it("refuses a cycle, which no load order can satisfy", () => {
    expect(() =>
      referencedFirst(
        [table("A"), table("B")],
        [
          { from: "A", to: "B" },
          { from: "B", to: "A" },
        ],
      ),
    ).toThrow("Foreign keys form a cycle: A -> B -> A");
  });
});

describe("ident", () => {
  it("quotes identifiers, doubling quotes inside", () => {
    expect(ident("AuditEvent")).toBe('"AuditEvent"');
    expect(ident('a"b')).toBe('"a""b"');
  });
});
