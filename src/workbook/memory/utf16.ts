/**
 * UTF-16 text saved without a byte order mark (some exports and "Unicode text" writers omit it): told by
 * the NUL bytes of its mostly-ASCII characters, which sit at every odd place (little-endian) or every even
 * one (big-endian). Text in UTF-8 or a legacy code page holds no NULs at all, and binary data holds them in
 * both places.
 */

/** Bytes looked at: the first kilobyte. */
const SAMPLE = 1024;
/** At least this share of the characters sampled has a NUL high byte… */
const HIGH_NULS = 0.3;
/** …and at most this share a NUL low byte (U+0100, U+2000…: rare in text). */
const LOW_NULS = 0.05;

/** The UTF-16 the bytes are in, by the NULs of their first kilobyte, or undefined when they are not. */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (pairs < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd >= pairs * HIGH_NULS && even <= pairs * LOW_NULS) return "utf-16le";
  if (even >= pairs * HIGH_NULS && odd <= pairs * LOW_NULS) return "utf-16be";
  return undefined;
}
