/**
 * The text of a file's bytes: UTF-8 or UTF-16 when the bytes say so, else a legacy code page. Used for
 * CSV and bank statement files, on the command line and in the task pane alike.
 */

/** A text file's bytes as text, and the encoding read: a byte order mark's, else UTF-8 if they are. */
export interface DecodedText {
  readonly text: string;
  /** The WHATWG name of the encoding read: "utf-8", "utf-16le", "windows-1252", "windows-1250", … */
  readonly encoding: string;
  /** True when nothing in the bytes or the caller said so: they are not UTF-8 and were read as Windows-1252. */
  readonly guessed: boolean;
}

/**
 * The WHATWG name of an encoding label ("latin2", "cp1250", "ISO-8859-15"), or undefined when it names
 * none this runtime decodes.
 */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a text file: a byte order mark names UTF-8 or UTF-16 (Excel's "Unicode text"), and so do the
 * zero bytes of UTF-16 saved without one (utf16WithoutBom); bytes that are valid UTF-8 are UTF-8; anything else is read in `legacy`, the code page the caller names (a label
 * encodingName knows), else as Windows-1252, the Western European code page most banks and older Excel
 * versions export in (ISO-8859-1 is a subset of it), and then said to be a guess.
 */
export function decodeText(bytes: Uint8Array, legacy?: string): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le", guessed: false };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be", guessed: false };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== undefined)
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, guessed: false };
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
      encoding: "utf-8",
      guessed: false,
    };
  } catch {
    const named = legacy === undefined ? undefined : encodingName(legacy);
    if (legacy !== undefined && named === undefined) throw new RangeError(`unknown encoding "${legacy}"`);
    if (named === undefined || named === "windows-1252")
      return { text: decodeWindows1252(bytes), encoding: "windows-1252", guessed: named === undefined };
    return { text: new TextDecoder(named).decode(bytes), encoding: named, guessed: false };
  }
}

/*
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

/** Windows-1252 characters of bytes 0x80-0x9F (the WHATWG index); the other bytes are their own code. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 written out here: Node's TextDecoder("windows-1252") reads bytes 0x80-0x9F as Latin-1
 * control characters, so "€" (0x80) and the typographic quotes would be lost.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const end = Math.min(bytes.length, at + CHUNK);
    const codes = new Array<number>(end - at);
    for (let i = at; i < end; i++) {
      const b = bytes[i] as number;
      codes[i - at] = b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as number) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}
