import { randomBytes } from "node:crypto";
import { gunzipSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressParts, gzipWithHoles, joinWithHoles } from "./gzip-with-holes";

const split = (text: string, hole: string) => text.split(hole).map((part) => Buffer.from(part));

describe("gzipWithHoles", () => {
  const nonce = "NONCE-PLACEHOLDER-24char";
  const page = (n: string) =>
    `<html><script nonce="${n}">a()</script>${"<li>Umeå – Vaasa</li>".repeat(5_000)}` +
    `<script nonce="${n}">b("${n}")</script></html>`;

  it("decodes to the body with each request's own text in every hole", () => {
    const compressed = compressParts(split(page(nonce), nonce));
    for (const fresh of ["AAAAAAAAAAAAAAAAAAAAAA==", "b3Rohe+/9k2pQ1ZJeVqzxg=="]) {
      const body = gzipWithHoles(compressed, Buffer.from(fresh));
      expect(gunzipSync(body).toString()).toBe(page(fresh));
    }
  });

  it("compresses the text between the holes", () => {
    const text = page(nonce);
    const body = gzipWithHoles(compressParts(split(text, nonce)), Buffer.from(nonce));
    expect(body.length).toBeLessThan(Buffer.byteLength(text) / 20);
  });

  it("handles holes at either end, next to each other, none at all, and incompressible parts", () => {
    const noise = randomBytes(200_000).toString("base64");
    for (const text of [
      `${nonce}x${nonce}`,
      `${nonce}${nonce}`,
      "",
      "no hole",
      `a${nonce}${noise}${nonce}`,
    ]) {
      const parts = split(text, nonce);
      const body = gzipWithHoles(compressParts(parts), Buffer.from("fill"));
      expect(gunzipSync(body).toString()).toBe(text.split(nonce).join("fill"));
      expect(joinWithHoles(parts, Buffer.from("fill")).toString()).toBe(text.split(nonce).join("fill"));
    }
  });

  it("chained for holes of one length: decodes with any fill of that length, and refers back across holes", () => {
    const text = page(nonce);
    const parts = split(text, nonce);
    const chained = compressParts(parts, 9, nonce.length);
    for (const fresh of [
      "AAAAAAAAAAAAAAAAAAAAAA==",
      "b3Rohe+/9k2pQ1ZJeVqzxg==",
      "////////////////////////",
    ]) {
      expect(gunzipSync(gzipWithHoles(chained, Buffer.from(fresh))).toString()).toBe(page(fresh));
    }
    // A part that repeats text from before a hole: on its own it must spell it out again.
    const repeated = randomBytes(20_000).toString("base64");
    const pageTwice = `${repeated}${nonce}${repeated}`;
    const twiceParts = split(pageTwice, nonce);
    const alone = gzipWithHoles(compressParts(twiceParts), Buffer.from(nonce)).length;
    const withDictionary = gzipWithHoles(compressParts(twiceParts, 9, nonce.length), Buffer.from(nonce));
    expect(gunzipSync(withDictionary).toString()).toBe(pageTwice);
    expect(withDictionary.length).toBeLessThan(alone * 0.6);
    // A fill of another length would shift every reference: refused.
    expect(() => gzipWithHoles(chained, Buffer.from("short"))).toThrow(/holes of 24 bytes/);
  });

  it("compresses a part with a 0xFF byte on its own (such a byte could match the holes' stand-ins)", () => {
    const parts = [Buffer.from("abc".repeat(100)), Buffer.from([0xff, 0xff, 0xff, 0x61, 0x62, 0x63])];
    const compressed = compressParts(parts, 9, 3);
    expect(compressed.holeLength).toBeUndefined();
    const body = gzipWithHoles(compressed, Buffer.from([0xff, 0xff, 0xff]));
    expect(gunzipSync(body)).toEqual(Buffer.concat([parts[0]!, Buffer.from([0xff, 0xff, 0xff]), parts[1]!]));
  });

  it("writes a checksum and length that a strict decoder checks", () => {
    const body = gzipWithHoles(compressParts(split(page(nonce), nonce)), Buffer.from("x"));
    const corrupted = Buffer.from(body);
    corrupted[corrupted.length - 8]! ^= 1; // the CRC-32's first byte
    expect(() => gunzipSync(corrupted)).toThrow();
    expect(() => inflateSync(body)).toThrow(); // and it is gzip, not zlib
  });
});
