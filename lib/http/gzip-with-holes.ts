// A gzip body compressed once and sent many times with a different short text in the same
// places: the page cache's pages differ per request only in their CSP nonce. Compressing a
// 100–300 kB page for every request costs milliseconds of CPU, many times what sending it costs;
// here the text between the nonces is compressed once, each part ending on a byte boundary, and a
// request only adds the nonce as a stored (uncompressed) deflate block between the parts and the
// checksum at the end (RFC 1951 §3.2.4, RFC 1952). The result is one ordinary gzip member that
// every client decodes.
//
// When every hole is filled with text of one known length (a nonce always is), each part is
// compressed with the text before it as its dictionary, the holes in it replaced by as many 0xFF
// bytes: its back-references may then reach into the earlier parts, as one gzip of the whole page
// would, and the distances come out right whatever the nonce. No reference can touch a hole,
// because 0xFF never occurs in UTF-8 text, so no match can include it (a part that has an 0xFF
// byte is compressed on its own, as every part is without a known length). On a member page at
// 100,000 partnerships this is 19.0 kB instead of 21.0 kB on the wire: its React payload, after
// the page's last nonce, could not refer back to the HTML it repeats.
import { constants, crc32, deflateRawSync } from "node:zlib";

/** The parts of a body between its holes, compressed; `holeLength` set when they were compressed chained. */
export type CompressedParts = { parts: Buffer[]; compressed: Buffer[]; holeLength?: number };

// Deflate's window: no back-reference reaches further.
const WINDOW = 32 * 1024;
const NEVER_IN_TEXT = 0xff;

// ID1 ID2, deflate, no flags, no modification time, no extra flags, OS "unknown".
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
// A final, empty stored block: ends the deflate stream.
const LAST_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff]);
const MAX_STORED = 0xffff;

/**
 * Compresses each part once (so at the highest level); with Z_SYNC_FLUSH each ends byte-aligned and
 * not final. With `holeLength` (every fill will have that many bytes) the parts are chained: each
 * may refer back into the ones before it.
 */
export function compressParts(parts: Buffer[], level = 9, holeLength?: number): CompressedParts {
  const deflate = (part: Buffer, dictionary?: Buffer) =>
    deflateRawSync(part, {
      level,
      finishFlush: constants.Z_SYNC_FLUSH,
      ...(dictionary?.length ? { dictionary } : {}),
    });
  const chained = holeLength !== undefined && !parts.some((part) => part.includes(NEVER_IN_TEXT));
  if (!chained) return { parts, compressed: parts.map((part) => deflate(part)) };
  const hole = Buffer.alloc(holeLength, NEVER_IN_TEXT);
  let before = Buffer.alloc(0); // the last WINDOW bytes before the current part, holes as 0xFF
  const compressed = parts.map((part, i) => {
    if (i > 0) before = Buffer.concat([before, hole]).subarray(-WINDOW);
    const result = deflate(part, before);
    before = Buffer.concat([before, part]).subarray(-WINDOW);
    return result;
  });
  return { parts, compressed, holeLength };
}

/** A stored deflate block holding `bytes` as they are. */
function storedBlock(bytes: Buffer): Buffer {
  if (bytes.length > MAX_STORED) throw new Error("A hole holds at most 65,535 bytes");
  const head = Buffer.alloc(5);
  head[0] = 0; // not final, stored; the rest of the byte is padding
  head.writeUInt16LE(bytes.length, 1);
  head.writeUInt16LE(~bytes.length & 0xffff, 3);
  return Buffer.concat([head, bytes]);
}

/** The gzip body of parts[0] + fill + parts[1] + fill + … + parts[n-1]. */
export function gzipWithHoles({ parts, compressed, holeLength }: CompressedParts, fill: Buffer): Buffer {
  // Chained parts refer back across the holes by distance: a fill of another length would shift it.
  if (holeLength !== undefined && parts.length > 1 && fill.length !== holeLength)
    throw new Error(`The parts were compressed for holes of ${holeLength} bytes, not ${fill.length}`);
  const hole = storedBlock(fill);
  const chunks: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  parts.forEach((part, i) => {
    if (i > 0) {
      chunks.push(hole);
      crc = crc32(fill, crc);
      size += fill.length;
    }
    chunks.push(compressed[i]!);
    // Skipped when empty: Node 20's crc32 of an empty buffer that went through deflateRawSync is 0.
    if (part.length > 0) crc = crc32(part, crc);
    size += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  chunks.push(LAST_BLOCK, trailer);
  return Buffer.concat(chunks);
}

/** The same body uncompressed. */
export function joinWithHoles(parts: Buffer[], fill: Buffer): Buffer {
  const chunks: Buffer[] = [];
  parts.forEach((part, i) => {
    if (i > 0) chunks.push(fill);
    chunks.push(part);
  });
  return Buffer.concat(chunks);
}
