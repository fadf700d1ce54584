/**
 * Cheap per-cell questions the column parser asks a million times: is it blank, what text does it show.
 * No allocation unless the cell needs trimming.
 */
import type { Cell } from "../cell";

/** True when the character code is one String.prototype.trim removes; printable ASCII is decided at once. */
function isSpace(c: number): boolean {
  if (c > 32 && c < 160) return false;
  return (
    c <= 32 ||
    c === 160 ||
    c === 5760 ||
    (c >= 8192 && c <= 8202) ||
    c === 8232 ||
    c === 8233 ||
    c === 8239 ||
    c === 8287 ||
    c === 12288 ||
    c === 65279
  );
}

/** Blank text (empty or whitespace only), decided from the first character in the common case. */
export function isBlankText(s: string): boolean {
  if (s.length === 0) return true;
  if (!isSpace(s.charCodeAt(0))) return false;
  return s.trim() === "";
}

/** Text without surrounding whitespace; the same string when there is none. */
export function trimText(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  if (!isSpace(s.charCodeAt(0)) && !isSpace(s.charCodeAt(n - 1))) return s;
  return s.trim();
}

/** The text a number, boolean or text cell shows, trimmed; undefined for blanks and error cells. */
export function cellText(v: Cell): string | undefined {
  switch (typeof v) {
    case "string": {
      const t = trimText(v);
      return t === "" ? undefined : t;
    }
    case "number":
      return String(v);
    case "boolean":
      return v ? "TRUE" : "FALSE";
    default:
      return undefined;
  }
}
