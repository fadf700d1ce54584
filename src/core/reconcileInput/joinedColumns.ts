/**
 * A description a bank splits over numbered columns — Rabobank's "Omschrijving-1" to "Omschrijving-3",
 * UBS's "Description1" to "Description3", Sparkasse's "VWZ1" to "VWZ14" — is one text cut where a line of
 * the bank's form ended, and so is a party's name over "Name 1" and "Name 2". Such a series is read
 * joined, in the order of its numbers, rather than as several columns that could each be the field (which
 * read none) or as its first part alone; a note names the columns.
 */
import type { Cell } from "../cell";
import { normalizeHeader, type ColumnMapResult, type FieldSpec } from "../columnMap";
import { keptParams, makeIssue, type Issue } from "../issues";
import type { TableData } from "../table";
import { textOf } from "./cells";

/** A header's base and number: "Omschrijving-2" is ("omschrijving", 2); "Details" is ("details", 0). */
function baseOf(header: string): { base: string; n: number } {
  const h = header.trim().toLowerCase();
  const m = /^(.*?\p{L})[\s_\-.]*(\d{1,2})$/u.exec(h);
  return m ? { base: m[1] as string, n: Number(m[2]) } : { base: h, n: 0 };
}

/**
 * The columns of column c's numbered series, in the order of their numbers (the base alone first): those
 * whose headers are c's base with a number (or the base alone), when there are two or more and their
 * numbers differ; else null.
 */
export function numberedSeries(headers: readonly string[], c: number): number[] | null {
  const own = baseOf(headers[c] ?? "");
  if (own.base === "") return null;
  const series: number[] = [];
  const numbers = new Set<number>();
  headers.forEach((h, k) => {
    const b = baseOf(h);
    if (b.base !== own.base) return;
    series.push(k);
    numbers.add(b.n);
  });
  // One header's base alone, with the others numbered, is the series' first part ("Details", "Details 2").
  const numbered = series.filter((k) => baseOf(headers[k] ?? "").n > 0).length;
  if (series.length < 2 || numbers.size !== series.length || numbered < series.length - 1) return null;
  return series.sort((a, b) => baseOf(headers[a] ?? "").n - baseOf(headers[b] ?? "").n);
}

/** The text fields read joined when split over a series. */
const JOINABLE = ["description", "party"] as const;

/**
 * Bases that name a field only as a numbered series: "Name 1" and "Name 2" (a cooperative bank's or an
 * ERP's name of the other party over two lines) are the party, where a lone "Name" could be anyone's.
 */
const SERIES_ONLY: Readonly<Record<(typeof JOINABLE)[number], readonly string[]>> = {
  description: [],
  party: ["name"],
};

/**
 * The first column of a series whose base is the field's name, one of its spellings ("Description1",
 * "Description2": UBS) or one it has only as a series ("Name 1"), where no column names the field whole;
 * undefined if none.
 */
function namedSeries(
  headers: readonly string[],
  spec: FieldSpec | undefined,
  seriesOnly: readonly string[],
): number | undefined {
  if (spec === undefined) return undefined;
  const names = new Set([spec.label, ...spec.synonyms, ...seriesOnly].map(normalizeHeader));
  for (let c = 0; c < headers.length; c++) {
    const { base, n } = baseOf(headers[c] ?? "");
    if (n > 0 && names.has(normalizeHeader(base)) && numberedSeries(headers, c) !== null) return c;
  }
  return undefined;
}

export interface Joined {
  /** The mapping, its issues and ties with each joined field read from its series' first column. */
  readonly detected: ColumnMapResult;
  /** For each joined field, its columns in table order. */
  readonly joined: Readonly<Record<string, readonly number[]>>;
  readonly notes: readonly Issue[];
}

/**
 * Settles a text field split over a numbered series: tied between the series' columns (and no others),
 * or found in one of them with the rest unread, it reads them all. A column the mapping names is left as
 * named.
 */
export function joinNumberedSeries(
  table: Pick<TableData, "headers" | "sheet" | "name" | "headerRow">,
  detected: ColumnMapResult,
  fields: readonly FieldSpec[],
): Joined {
  const labels: Record<string, string> = Object.fromEntries(fields.map((f) => [f.name, f.label]));
  const specs: Record<string, FieldSpec> = Object.fromEntries(fields.map((f) => [f.name, f]));
  const map: Record<string, number> = { ...detected.map };
  const how = { ...detected.how };
  const candidates: Record<string, readonly number[]> = { ...detected.candidates };
  let ambiguous = [...detected.ambiguous];
  let issues = [...detected.issues];
  const joined: Record<string, readonly number[]> = {};
  const notes: Issue[] = [];
  for (const field of JOINABLE) {
    const tied = candidates[field];
    const first = tied?.[0] ?? map[field] ?? namedSeries(table.headers, specs[field], SERIES_ONLY[field]);
    if (first === undefined || how[field] === "override") continue;
    const series = numberedSeries(table.headers, first);
    if (series === null) continue;
    const others = new Set(Object.entries(map).flatMap(([f, c]) => (f === field ? [] : [c])));
    if (series.some((c) => others.has(c))) continue;
    if (tied !== undefined && !tied.every((c) => series.includes(c))) continue;
    map[field] = series[0] as number;
    how[field] = "synonym";
    joined[field] = series;
    if (tied !== undefined) {
      delete candidates[field];
      ambiguous = ambiguous.filter((f) => f !== field);
      const label = labels[field] ?? field;
      issues = issues.filter((i) => keptParams(i, "header_ambiguous")?.field !== label);
    }
    const headers = series.map((c) => table.headers[c] ?? "");
    notes.push(
      makeIssue(
        "recon_columns_joined",
        { sheet: table.sheet, table: table.name, row: table.headerRow, column: headers[0] ?? "" },
        {
          field: labels[field] ?? field,
          columns: `${headers.slice(0, -1).join(", ")} and ${headers[headers.length - 1] ?? ""}`,
        },
      ),
    );
  }
  if (notes.length === 0) return { detected, joined, notes };
  return { detected: { map, how, candidates, ambiguous, issues }, joined, notes };
}

/** Record i's text over the columns of a series: their texts that are not blank, joined by a space. */
export function joinedText(parts: readonly (readonly Cell[])[], i: number): string {
  let out = "";
  for (const cells of parts) {
    const text = textOf(cells[i]);
    if (text !== "") out = out === "" ? text : `${out} ${text}`;
  }
  return out;
}
