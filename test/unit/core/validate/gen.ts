/**
 * Helpers for the defect-injection properties: tables built from generated records, the (code, row,
 * column) triples a report contains, and a tiny seeded generator for choices inside one fast-check case.
 */
import type { Cell } from "../../../../src/core/cell";
import { isoFromDay } from "../../../../src/core/dates";
import type { Issue } from "../../../../src/core/issues";
import { tableFromRows, type TableData } from "../../../../src/core/table";

export type Finding = readonly [code: string, row: number | undefined, column: string | undefined];

export function tableOfRecords(
  name: string,
  headers: readonly string[],
  records: readonly (readonly Cell[])[],
): TableData {
  return tableFromRows({ name, sheet: "Data", headers, records });
}

/** Errors and warnings as sorted triples (info findings say what was not checked; they are not defects). */
export function findings(issues: readonly Issue[]): Finding[] {
  return sortFindings(
    issues.filter((i) => i.severity !== "info").map((i) => [i.code, i.row, i.column] as const),
  );
}

export function sortFindings(list: readonly Finding[]): Finding[] {
  const key = (f: Finding) => `${String(f[1] ?? 0).padStart(8, "0")}|${f[2] ?? ""}|${f[0]}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Excel row of record i when the header is row 1. */
export const rowOf = (i: number): number => i + 2;

/** Cents as the text or number a user might have typed, with float noise on numbers. */
export function moneyCell(cents: number, style: number): Cell {
  switch (style % 3) {
    case 0:
      return cents / 100;
    case 1:
      return (cents / 100).toFixed(2);
    default:
      return (cents - 1) / 100 + 0.01;
  }
}

/** A date cell for a day number: an Excel serial (1900 system) or ISO text. */
export function dateCell(day: number, style: number): Cell {
  const serial = day + 25569;
  return style % 2 === 0 ? serial : isoFromDay(day);
}

export const DAY_2026_01_01 = 20454;
