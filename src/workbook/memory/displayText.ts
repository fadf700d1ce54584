/**
 * A cell's text as Excel shows it under its number format ("18,420.35" for #,##0.00, "2026-03-31" for
 * yyyy-mm-dd), for fitting column widths. Covers the formats the add-in writes and the common ones a
 * user has; anything it cannot read is shown as the plain number, which is close enough for a width.
 */
import { isCellError, type Cell } from "../../core/cell";
import { serialToDay, serialToIsoDateTime } from "../../core/dates/serial";
import type { DateSystem } from "../../core/dates/types";
import { weekdayOfDay } from "../../core/dates/day";
import { monthName, weekdayName } from "../../core/dates/monthNames";

type Part = { readonly lit: string } | { readonly code: string };

export function displayText(value: Cell, format: string, system: DateSystem): string {
  if (value === null) return "";
  if (isCellError(value)) return value.code;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(value, format, system);
}

export function formatNumber(n: number, format: string, system: DateSystem): string {
  const sections = splitSections(format);
  const negativeSection = n < 0 && sections.length > 1;
  const section =
    (n === 0 && sections.length > 2 ? sections[2] : negativeSection ? sections[1] : sections[0]) ?? "";
  const v = negativeSection ? -n : n;
  const parts = tokenize(section);
  const code = parts.map((p) => ("code" in p ? p.code : "")).join("");
  const sign = v < 0 ? "-" : "";
  if (/[ymdhs]|am\/pm|a\/p/i.test(code.replace(/general/gi, "")))
    return formatDate(v, parts, system) ?? general(v);
  if (/[0#?]/.test(code)) return sign + formatDigits(Math.abs(v), parts);
  // General, text (@) or literals only: the number as General where the format places it.
  const shown = parts
    .map((p) => ("lit" in p ? p.lit : p.code.replace(/general|@/gi, () => general(v))))
    .join("");
  return shown === "" ? general(v) : shown;
}

/** "1.5e+7" as Excel writes it: "1.5E+07". */
function exponent(s: string): string {
  return s.replace("e", "E").replace(/E([+-])(\d)$/, "E$10$2");
}

/** Excel's General: up to 11 characters, switching to scientific notation for very large or small numbers. */
function general(n: number): string {
  const a = Math.abs(n);
  if (a !== 0 && (a >= 1e11 || a < 1e-9)) return exponent(n.toExponential(5).replace(/\.?0+e/, "e"));
  return String(Number(n.toPrecision(10)));
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      cur += ch + (format[++i] ?? "");
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Literal text (quoted, escaped, currency tags, padding) apart from the format's codes. */
function tokenize(section: string): Part[] {
  const parts: Part[] = [];
  const lit = (s: string) => parts.push({ lit: s });
  let code = "";
  const flush = () => {
    if (code !== "") parts.push({ code });
    code = "";
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    if (section.slice(i, i + 7).toLowerCase() === "general") {
      code += "General";
      i += 6;
    } else if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      flush();
      lit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\" || ch === "_") {
      flush();
      // _x leaves the width of x blank; \x shows x.
      lit(ch === "_" ? " " : (section[i + 1] ?? ""));
      i++;
    } else if (ch === "*") {
      i++; // fills the cell with the next character: no width of its own
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const tag = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
      const currency = /^\$([^-]*)/.exec(tag);
      if (currency) {
        flush();
        lit(currency[1] ?? "");
      } else if (/^h+$|^m+$|^s+$/i.test(tag)) code += tag; // elapsed time, shown like its unit
    } else if (/[0#?.,%e+\-ymdhsap/:@]/i.test(ch)) {
      code += ch;
    } else {
      flush();
      lit(ch);
    }
  }
  flush();
  return parts;
}

function formatDigits(a: number, parts: readonly Part[]): string {
  const code = parts.map((p) => ("code" in p ? p.code : "")).join("");
  const percent = (code.match(/%/g) ?? []).length;
  const numberPart = /[0#?][0#?,]*(?:\.[0#?]*)?(?:[Ee][+-][0#?]+)?|\.[0#?]+/.exec(code)?.[0] ?? "";
  const [intCode = "", rest = ""] = numberPart.split(/[Ee][+-]/)[0]?.split(".") ?? [];
  const trailingCommas = /,+$/.exec(intCode)?.[0].length ?? 0;
  const grouped = intCode.slice(0, intCode.length - trailingCommas).includes(",");
  const minDec = (rest.match(/0/g) ?? []).length;
  const maxDec = (rest.match(/[0#?]/g) ?? []).length;
  const minInt = (intCode.match(/0/g) ?? []).length;
  const scaled = (a * 100 ** percent) / 1000 ** trailingCommas;
  let digits: string;
  if (/[Ee][+-]/.test(numberPart)) {
    digits = exponent(scaled.toExponential(maxDec));
  } else {
    digits = scaled.toFixed(maxDec);
    if (maxDec > minDec) digits = digits.replace(new RegExp(`0{1,${maxDec - minDec}}$`), "");
    const [whole = "", dec] = digits.split(".");
    let int = whole;
    if (int === "0" && minInt === 0) int = "";
    int = int.padStart(minInt, "0");
    if (grouped) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    digits = dec === undefined ? int : `${int}${dec === "" && maxDec === 0 ? "" : "."}${dec}`;
  }
  // The codes' place: the number once, where its first digit code is, with % signs and literals kept.
  let placed = false;
  return parts
    .map((p) => {
      if ("lit" in p) return p.lit;
      const keep = p.code.replace(/[^%]/g, "");
      if (placed || !/[0#?.]/.test(p.code)) return keep;
      placed = true;
      return digits + keep;
    })
    .join("");
}

function formatDate(v: number, parts: readonly Part[], system: DateSystem): string | null {
  const iso = serialToIsoDateTime(v, system);
  if (iso === null) return null;
  const [Y = 0, M = 1, D = 1, h = 0, mi = 0, s = 0] = iso.split(/[-T:.]/).map(Number);
  const weekday = weekdayOfDay(serialToDay(v, system) ?? 0);
  const ampm = parts.some((p) => "code" in p && /am\/pm|a\/p/i.test(p.code));
  const tokens: { t: string; lit?: boolean }[] = [];
  for (const p of parts) {
    if ("lit" in p) tokens.push({ t: p.lit, lit: true });
    else for (const m of p.code.matchAll(/y+|m+|d+|h+|s+|am\/pm|a\/p|\.0+|./gi)) tokens.push({ t: m[0] });
  }
  const two = (x: number) => String(x).padStart(2, "0");
  const codes = tokens.filter((x) => !x.lit).map((x) => x.t);
  let ci = -1;
  return tokens
    .map(({ t, lit }) => {
      if (lit) return t;
      ci++;
      const lower = t.toLowerCase();
      const c = lower[0];
      if (c === "y") return lower.length <= 2 ? two(Y % 100) : String(Y);
      if (c === "m") {
        const prev = codes
          .slice(0, ci)
          .reverse()
          .find((x) => /^[a-z]/i.test(x));
        const next = codes.slice(ci + 1).find((x) => /^[a-z]/i.test(x));
        if (lower.length <= 2 && (prev?.[0]?.toLowerCase() === "h" || next?.[0]?.toLowerCase() === "s"))
          return lower.length === 2 ? two(mi) : String(mi);
        const name = monthName(M);
        return [String(M), two(M), name.slice(0, 3), name, name.slice(0, 1)][Math.min(lower.length, 5) - 1];
      }
      if (c === "d") {
        const name = weekdayName(weekday);
        return [String(D), two(D), name.slice(0, 3), name][Math.min(lower.length, 4) - 1];
      }
      if (c === "h") {
        const hour = ampm ? h % 12 || 12 : h;
        return lower.length >= 2 ? two(hour) : String(hour);
      }
      if (c === "s") return lower.length >= 2 ? two(s) : String(s);
      if (lower === "am/pm") return h < 12 ? "AM" : "PM";
      if (lower === "a/p") return h < 12 ? "A" : "P";
      if (c === "." && lower.length > 1) return `.${"0".repeat(lower.length - 1)}`;
      return t;
    })
    .join("");
}
