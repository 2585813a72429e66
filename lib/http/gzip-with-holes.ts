// A gzip body compressed once and sent many times with a different short text in the same
// places: the page cache's pages differ per request only in their CSP nonce. Compressing a
// 100–300 kB page for every request costs milliseconds of CPU, many times what sending it costs;
// here the text between the nonces is compressed once, each part on its own (no back-reference
// crosses a nonce) and ending on a byte boundary, and a request only adds the nonce as a stored
// (uncompressed) deflate block between the parts and the checksum at the end (RFC 1951 §3.2.4,
// RFC 1952). The result is one ordinary gzip member that every client decodes.
import { constants, crc32, deflateRawSync } from "node:zlib";

/** The parts of a body between its holes, each compressed on its own. */
export type CompressedParts = { parts: Buffer[]; compressed: Buffer[] };

// ID1 ID2, deflate, no flags, no modification time, no extra flags, OS "unknown".
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
// A final, empty stored block: ends the deflate stream.
const LAST_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff]);
const MAX_STORED = 0xffff;

/** Compresses each part once (so at the highest level); with Z_SYNC_FLUSH each ends byte-aligned and not final. */
export function compressParts(parts: Buffer[], level = 9): CompressedParts {
  return {
    parts,
    compressed: parts.map((part) => deflateRawSync(part, { level, finishFlush: constants.Z_SYNC_FLUSH })),
  };
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
export function gzipWithHoles({ parts, compressed }: CompressedParts, fill: Buffer): Buffer {
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
