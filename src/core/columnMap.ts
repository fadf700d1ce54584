/**
 * Maps a table's headers to the fields a feature needs: auto-detected from synonyms (case, spacing,
 * punctuation and common abbreviations ignored), always overridable, and never a silent wrong guess —
 * a field two columns could equally be is reported, not picked.
 */
import { withoutAccents } from "./accents";
import type { Issue } from "./issues";
import { makeIssue } from "./issues";
import type { TableData } from "./table";
import { headerIssues } from "./tableShape";

export interface FieldSpec {
  /** Field id used by the feature, e.g. "amount", "valueDate". */
  readonly name: string;
  /** How the field is named to the user, e.g. "Amount". */
  readonly label: string;
  /** Header spellings that mean this field (normalised before comparing). */
  readonly synonyms: readonly string[];
  /**
   * Header spellings that mean this field only where no column names it otherwise: a German ledger
   * export's "Buchungstext" is its description, but beside a bank export's "Verwendungszweck" it holds
   * the kind of booking. Compared whole, after every synonym has had its turn.
   */
  readonly fallbacks?: readonly string[];
  /**
   * Header spellings that mean this field only as written (case and a closing dot aside) and only where no
   * column names it otherwise: QuickBooks' "Num" is its document number, where a table's "No." or "#" may
   * count its lines, though all three read as "number" once abbreviations are expanded.
   */
  readonly writtenFallbacks?: readonly string[];
  /**
   * Fields this one qualifies when its column stands right after theirs: where several columns could
   * equally be this field, the one right after the column found for one of these is it. A bank's
   * "Saldo;Währung;Betrag;Währung" gives the balance's currency and then the amount's; the currency read
   * is the amount's. None or several such columns leave the field ambiguous.
   */
  readonly follows?: readonly string[];
  /**
   * Header spellings of a lesser reading of this field, which gives way where several columns could
   * equally be it: a value date beside a booking date, a started date beside a completed one. Compared as
   * synonyms are (whole, or as words of the header); a lone such column is still the field.
   */
  readonly lesser?: readonly string[];
  /**
   * Header words that make a column something else than this field where the header only contains one of
   * its synonyms: "Original Amount" is an amount in another currency, "Option 1 Value" no amount at all.
   * Such a column is no candidate for the field; a header that is a synonym whole is not affected.
   */
  readonly excludes?: readonly string[];
}

/** field name -> 0-based column index within the table. */
export type ColumnMap = Readonly<Record<string, number>>;

/** field name -> header text the user chose; null means "this field is not in the table". */
export type ColumnOverrides = Readonly<Record<string, string | null>>;

export interface ColumnMapResult {
  readonly map: ColumnMap;
  /** Header problems (blank, duplicate, ambiguous, unknown override), located at the header row. */
  readonly issues: readonly Issue[];
  /** For each mapped field, how it was found: the user said so, an exact synonym, or a close one. */
  readonly how: Readonly<Record<string, "override" | "exact" | "synonym">>;
  /** Fields several columns could equally be (each reported as header_ambiguous), by name. */
  readonly ambiguous: readonly string[];
  /** For each of the `ambiguous` fields, the 0-based columns it could equally be. */
  readonly candidates: Readonly<Record<string, readonly number[]>>;
}

/** Abbreviations back-office exports use, expanded word by word before comparing. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  amt: "amount",
  amnt: "amount",
  qty: "quantity",
  ref: "reference",
  refno: "reference",
  desc: "description",
  descr: "description",
  no: "number",
  num: "number",
  nbr: "number",
  nr: "number",
  acct: "account",
  acc: "account",
  dr: "debit",
  cr: "credit",
  inv: "invoice",
  cust: "customer",
  ccy: "currency",
  cur: "currency",
  curr: "currency",
  bal: "balance",
  txn: "transaction",
  trx: "transaction",
  trans: "transaction",
  dt: "date",
  loc: "location",
  whse: "warehouse",
  wh: "warehouse",
  uom: "unit",
  pct: "percent",
  tz: "timezone",
  addr: "address",
  cat: "category",
  id: "id",
  "#": "number",
};

/** Lower-case, split camelCase, drop punctuation, expand abbreviations, join with single spaces. */
export function normalizeHeader(header: string): string {
  const spaced = withoutAccents(header)
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/#/g, " # ")
    .replace(/[^a-z0-9#]+/g, " ")
    .trim();
  if (spaced === "") return "";
  return spaced
    .split(" ")
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ");
}

/** The same text with spaces removed, so "Value Date", "ValueDate" and "value_date" agree. */
function compact(normalised: string): string {
  return normalised.replace(/ /g, "");
}

type Strength = 2 | 1 | 0.5;

/**
 * 2: the header is a synonym; 1: the header contains a synonym as whole words (e.g. "Amount (USD)");
 * 0.5: the header is one of the field's fallbacks.
 */
function matchStrength(headerNorm: string, field: FieldSpec, written = ""): Strength | 0 {
  const h = compact(headerNorm);
  if (h === "") return 0;
  if (field.fallbacks?.some((f) => compact(normalizeHeader(f)) === h)) return 0.5;
  if (field.writtenFallbacks?.includes(asWritten(written))) return 0.5;
  const words = ` ${headerNorm} `;
  let best: Strength | 0 = 0;
  for (const syn of [field.name, field.label, ...field.synonyms]) {
    const s = normalizeHeader(syn);
    if (s === "") continue;
    if (compact(s) === h) return 2;
    if (s.length >= 3 && words.includes(` ${s} `)) best = 1;
  }
  if (best === 1 && field.excludes?.some((w) => words.includes(` ${normalizeHeader(w)} `))) return 0;
  return best;
}

/** A header as writtenFallbacks compare it: trimmed, lower case, without a closing dot. */
function asWritten(header: string): string {
  return header.trim().toLowerCase().replace(/\.$/, "");
}

/** Whether the header names one of the field's lesser readings, whole or as words of it. */
function isLesser(headerNorm: string, field: FieldSpec): boolean {
  const words = ` ${headerNorm} `;
  return (field.lesser ?? []).some((l) => {
    const s = normalizeHeader(l);
    return s !== "" && (compact(s) === compact(headerNorm) || words.includes(` ${s} `));
  });
}

/**
 * The candidates left once lesser readings give way: those that are none, where some are and some are
 * not; otherwise all of them.
 */
function withoutLesser(
  candidates: readonly number[],
  normalised: readonly string[],
  field: FieldSpec,
): number[] {
  const better = candidates.filter((c) => !isLesser(normalised[c] ?? "", field));
  return better.length > 0 ? better : [...candidates];
}

/**
 * Detects which column holds each field. Overrides win; otherwise an exact synonym beats a partial one,
 * each column serves one field, a lesser reading gives way to the others, and a tie between two columns
 * for a field is an issue, not a guess.
 */
export function detectColumnMap(
  table: Pick<TableData, "headers" | "sheet" | "name" | "headerRow">,
  fields: readonly FieldSpec[],
  overrides: ColumnOverrides = {},
): ColumnMapResult {
  const issues: Issue[] = [];
  const at = { sheet: table.sheet, table: table.name, row: table.headerRow };
  const map: Record<string, number> = {};
  const how: Record<string, "override" | "exact" | "synonym"> = {};
  const ambiguous: string[] = [];
  const tied: Record<string, readonly number[]> = {};
  const tiedIssue = new Map<string, Issue>();
  const normalised = table.headers.map(normalizeHeader);

  issues.push(...headerIssues(table));

  const taken = new Set<number>();
  for (const field of fields) {
    if (!(field.name in overrides)) continue;
    const chosen = overrides[field.name];
    if (chosen === null || chosen === undefined) continue;
    const c = table.headers.findIndex((h) => h.trim().toLowerCase() === chosen.trim().toLowerCase());
    if (c < 0) {
      issues.push(makeIssue("header_unknown_mapping", at, { field: field.label, header: chosen }));
      continue;
    }
    // One column read as two fields would count each amount twice, or read a date as an amount.
    const first = fields.find((f) => map[f.name] === c);
    if (first !== undefined) {
      issues.push(
        makeIssue("header_mapped_twice", at, {
          field: field.label,
          other: first.label,
          header: table.headers[c] ?? chosen,
        }),
      );
      continue;
    }
    map[field.name] = c;
    how[field.name] = "override";
    taken.add(c);
  }

  // Exact matches first, for every field, so a partial match never steals a column another field names
  // exactly; fallbacks last.
  for (const pass of [2, 1, 0.5] as const) {
    for (const field of fields) {
      if (field.name in map || field.name in overrides) continue;
      const matching: number[] = [];
      normalised.forEach((h, c) => {
        if (!taken.has(c) && matchStrength(h, field, table.headers[c]) === pass) matching.push(c);
      });
      const candidates = withoutLesser(matching, normalised, field);
      // Columns that name this field exactly are no other field's by a word they contain ("Value Date",
      // the date's lesser reading, is not the Amount for containing "value").
      if (pass === 2 && matching.length > 1) for (const c of matching) taken.add(c);
      if (candidates.length === 1) {
        const c = candidates[0] as number;
        map[field.name] = c;
        how[field.name] = pass === 2 ? "exact" : "synonym";
        taken.add(c);
      } else if (candidates.length > 1) {
        const headers = candidates.map((c) => table.headers[c] ?? "");
        const names = headers.map((h) => `"${h}"`).join(", ");
        const issue = makeIssue("header_ambiguous", at, { field: field.label, candidates: names, headers });
        issues.push(issue);
        ambiguous.push(field.name);
        tied[field.name] = candidates;
        tiedIssue.set(field.name, issue);
        // Mark the field as decided-unmapped so the weaker pass does not pick one of them silently.
        map[field.name] = -1;
      }
    }
  }
  for (const field of settleByPlace(fields, map, tied)) {
    const c = map[field.name] as number;
    how[field.name] = matchStrength(normalised[c] ?? "", field, table.headers[c]) === 2 ? "exact" : "synonym";
    ambiguous.splice(ambiguous.indexOf(field.name), 1);
    delete tied[field.name];
    issues.splice(issues.indexOf(tiedIssue.get(field.name) as Issue), 1);
  }
  for (const [k, v] of Object.entries(map)) if (v < 0) delete map[k];
  return { map, issues, how, ambiguous, candidates: tied };
}

/**
 * Settles ties by place once every field has had its turn (the column a field follows may be found in a
 * weaker pass than the tie): a tied field with `follows` takes the one candidate right after a column
 * found for one of those fields, if no other field has it. Returns the fields settled, in `map`.
 */
function settleByPlace(
  fields: readonly FieldSpec[],
  map: Record<string, number>,
  tied: Readonly<Record<string, readonly number[]>>,
): FieldSpec[] {
  const settled: FieldSpec[] = [];
  const used = (c: number): boolean => Object.values(map).includes(c);
  // Again while one settles: the field another follows may itself have been tied.
  for (let again = true; again;) {
    again = false;
    for (const field of fields) {
      const candidates = tied[field.name];
      const follows = field.follows;
      if (candidates === undefined || follows === undefined || (map[field.name] ?? -1) >= 0) continue;
      // Column 0 follows nothing; and a field several columns could be is marked -1, not a column.
      const after = candidates.filter((c) => c > 0 && !used(c) && follows.some((f) => map[f] === c - 1));
      if (after.length !== 1) continue;
      map[field.name] = after[0] as number;
      settled.push(field);
      again = true;
    }
  }
  return settled;
}

/**
 * Checks that the map covers one of the alternative field sets a feature needs, e.g.
 * [["amount"], ["debit", "credit"]]; returns header_missing issues naming the first alternative otherwise.
 */
export function requireFields(
  table: Pick<TableData, "sheet" | "name" | "headerRow">,
  fields: readonly FieldSpec[],
  map: ColumnMap,
  alternatives: readonly (readonly string[])[],
): Issue[] {
  if (alternatives.length === 0) return [];
  if (alternatives.some((alt) => alt.every((f) => f in map))) return [];
  const first = alternatives[0] ?? [];
  const label = (name: string): string => fields.find((f) => f.name === name)?.label ?? name;
  // An alternative that holds a smaller one says nothing more: "Debit" alone will do, so "Debit and Credit"
  // is not offered beside it.
  const minimal = alternatives.filter(
    (alt) => !alternatives.some((other) => other.length < alt.length && other.every((f) => alt.includes(f))),
  );
  const named = minimal.map((alt) => alt.map((f) => `"${label(f)}"`).join(" and "));
  const expected =
    named.length <= 1 ? (named[0] ?? "") : `${named.slice(0, -1).join(", ")} or ${named[named.length - 1]}`;
  const missing = first.filter((f) => !(f in map));
  return missing.map((f) =>
    makeIssue(
      "header_missing",
      { sheet: table.sheet, table: table.name, row: table.headerRow },
      { field: label(f), expected },
    ),
  );
}
