/**
 * Cell values with Excel's input semantics: what a string written through `values`/`formulas` becomes
 * (a formula after "=", "+" or "-"; a number, date, boolean or error literal when it reads as one; text
 * when the cell is formatted "@" or the input starts with an apostrophe), and how cells read back.
 */
import { simError } from "./errors";

export type SimValue = number | string | boolean | { readonly error: string } | null;

export interface SimCell {
  value: SimValue;
  /** "=…" when the cell holds a formula. */
  formula: string | null;
  numberFormat: string;
  /** null = no fill; "#RRGGBB" otherwise. */
  fill: string | null;
  bold: boolean;
  /** Text entered with a leading apostrophe: shown without it, never coerced. */
  quotePrefix: boolean;
}

export const MAX_CELL_CHARS = 32_767;

/** Error values Excel recognises when typed into a cell. */
export const ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
]);

export function blankCell(): SimCell {
  return { value: null, formula: null, numberFormat: "General", fill: null, bold: false, quotePrefix: false };
}

export function isEmptyCell(c: SimCell): boolean {
  return c.value === null && c.formula === null;
}

export function isDefaultCell(c: SimCell): boolean {
  return isEmptyCell(c) && c.numberFormat === "General" && c.fill === null && !c.bold && !c.quotePrefix;
}

export type ValueInput = Pick<SimCell, "value" | "formula" | "quotePrefix"> & { numberFormat?: string };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function parseNumberText(s: string): { value: number; format?: string } | null {
  let t = s.trim();
  if (t === "") return null;
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  let format: string | undefined;
  let scale = 1;
  if (t.endsWith("%")) {
    t = t.slice(0, -1).trim();
    scale = 0.01;
    format = "0%";
  }
  const cur = /^([+-]?)\$(.*)$/.exec(t);
  if (cur) {
    t = `${cur[1]}${cur[2]}`;
    format = "$#,##0.00";
  }
  if (!/\d/.test(t) || !NUMBER.test(t)) return null;
  const n = Number(t.replace(/,/g, "")) * scale;
  if (!Number.isFinite(n)) return null;
  return { value: negative ? -n : n, ...(format ? { format } : {}) };
}

/** Days since the epoch of the date system; null if not a real date. */
export function dateSerial(y: number, m: number, d: number, date1904: boolean): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  const days = Math.round(t / 86_400_000);
  if (date1904) return days - Math.round(Date.UTC(1904, 0, 1) / 86_400_000);
  const serial = days - Math.round(Date.UTC(1899, 11, 30) / 86_400_000);
  // Excel's 1900 system counts the fictitious 1900-02-29 (serial 60), so earlier dates are one lower.
  return serial < 61 ? serial - 1 : serial;
}

function parseDateText(s: string, date1904: boolean): { value: number; format: string } | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (m) {
    const v = dateSerial(Number(m[1]), Number(m[2]), Number(m[3]), date1904);
    return v === null || v < 0 ? null : { value: v, format: "yyyy-mm-dd" };
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (m) {
    const v = dateSerial(Number(m[3]), Number(m[1]), Number(m[2]), date1904);
    return v === null || v < 0 ? null : { value: v, format: "m/d/yyyy" };
  }
  return null;
}

/**
 * What writing `input` into a cell with `format` stores, as Excel does for `range.values`/`formulas`.
 * Returns "unchanged" for null (the API leaves such cells alone).
 */
export function parseInput(
  input: unknown,
  format: string,
  date1904: boolean,
  where: string,
): ValueInput | "unchanged" {
  if (input === null || input === undefined) return "unchanged";
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw simError("InvalidArgument", where);
    return { value: input, formula: null, quotePrefix: false };
  }
  if (typeof input === "boolean") return { value: input, formula: null, quotePrefix: false };
  if (typeof input !== "string") throw simError("InvalidArgument", where);
  if (input.length > MAX_CELL_CHARS) throw simError("InvalidArgument", where);
  if (input === "") return { value: null, formula: null, quotePrefix: false };
  if (format === "@") return { value: input, formula: null, quotePrefix: false };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null, quotePrefix: true };
  const first = input[0];
  if (first === "=") return formulaInput(input, date1904);
  if (first === "+" || first === "-") {
    const n = parseNumberText(input);
    if (n) return { value: n.value, formula: null, quotePrefix: false };
    return formulaInput(`=${input}`, date1904);
  }
  if (first === "@") return formulaInput(`=${input}`, date1904);
  const upper = input.trim().toUpperCase();
  if (ERROR_LITERALS.has(upper)) return { value: { error: upper }, formula: null, quotePrefix: false };
  if (upper === "TRUE" || upper === "FALSE")
    return { value: upper === "TRUE", formula: null, quotePrefix: false };
  const n = parseNumberText(input);
  if (n) {
    const out: ValueInput = { value: n.value, formula: null, quotePrefix: false };
    return n.format && format === "General" ? { ...out, numberFormat: n.format } : out;
  }
  const d = parseDateText(input, date1904);
  if (d)
    return {
      value: d.value,
      formula: null,
      quotePrefix: false,
      ...(format === "General" ? { numberFormat: d.format } : {}),
    };
  return { value: input, formula: null, quotePrefix: false };
}

function formulaInput(formula: string, _date1904: boolean): ValueInput {
  return { value: evaluate(formula.slice(1)), formula, quotePrefix: false };
}

/**
 * Evaluates the few formulas the simulator understands: string literals, HYPERLINK(location, text)
 * and arithmetic on number literals. Anything else is #NAME?, as an unknown name would be in Excel.
 */
export function evaluate(expr: string): SimValue {
  const src = expr.trim();
  const link = /^HYPERLINK\(\s*("(?:[^"]|"")*")\s*(?:,\s*("(?:[^"]|"")*")\s*)?\)$/i.exec(src);
  if (link) return unquote((link[2] ?? link[1]) as string);
  if (/^"(?:[^"]|"")*"$/.test(src)) return unquote(src);
  if (/^[\d\s.+\-*/()eE]+$/.test(src) && /\d/.test(src)) return arithmetic(src);
  return { error: "#NAME?" };
}

function unquote(lit: string): string {
  return lit.slice(1, -1).replace(/""/g, '"');
}

function arithmetic(src: string): SimValue {
  let i = 0;
  const peek = (): string => src[i] ?? "";
  const skip = (): void => {
    while (peek() === " ") i++;
  };
  const atom = (): number => {
    skip();
    if (peek() === "(") {
      i++;
      const v = sum();
      skip();
      if (peek() !== ")") throw new Error("paren");
      i++;
      return v;
    }
    if (peek() === "-" || peek() === "+") {
      const sign = peek() === "-" ? -1 : 1;
      i++;
      return sign * atom();
    }
    const m = /^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|^\.\d+/.exec(src.slice(i));
    if (!m) throw new Error("number");
    i += m[0].length;
    return Number(m[0]);
  };
  const product = (): number => {
    let v = atom();
    for (skip(); peek() === "*" || peek() === "/"; skip()) {
      const op = peek();
      i++;
      const r = atom();
      if (op === "/" && r === 0) throw new Error("div0");
      v = op === "*" ? v * r : v / r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    for (skip(); peek() === "+" || peek() === "-"; skip()) {
      const op = peek();
      i++;
      const r = product();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  };
  try {
    const v = sum();
    skip();
    return i === src.length ? v : { error: "#NAME?" };
  } catch (e) {
    return { error: (e as Error).message === "div0" ? "#DIV/0!" : "#NAME?" };
  }
}

/** `values` as the API reports it: "" for empty, the error text for errors. */
export function readValue(c: SimCell | undefined): string | number | boolean {
  if (!c || c.value === null) return "";
  if (typeof c.value === "object") return c.value.error;
  return c.value;
}

export function readValueType(c: SimCell | undefined): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (!c || c.value === null) return "Empty";
  switch (typeof c.value) {
    case "string":
      return "String";
    case "number":
      return "Double";
    case "boolean":
      return "Boolean";
    default:
      return "Error";
  }
}

export function readFormula(c: SimCell | undefined): string | number | boolean {
  return c?.formula ?? readValue(c);
}
