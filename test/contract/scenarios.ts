/** Write operations used by the fault, edit and revert suites: each with its seed and an optional set-up. */
import { cellError } from "../../src/core/cell";
import type { WorkbookPort } from "../../src/workbook/port";
import type { Seed } from "./backends";

export interface Scenario {
  readonly name: string;
  readonly seed: Seed;
  /** Runs before the operation under test (e.g. a first run that the operation replaces). */
  readonly setup?: (port: WorkbookPort) => Promise<unknown>;
  readonly op: (port: WorkbookPort) => Promise<unknown>;
}

export const LEDGER: Seed = {
  sheets: [
    {
      name: "Ledger",
      rows: [
        ["Date", "Account", "Amount", "Memo"],
        [46023, "1000", 100.5, "=x"],
        [46024, "2000", cellError("#N/A"), "#N/A"],
        [46025, "3000", -25, null],
        [46026, "4000", 7, "ok"],
      ],
      fills: { C3: "#00FF00", B2: "#FFFF00" },
      notes: { D4: "user note" },
      formats: { A2: "yyyy-mm-dd" },
    },
    {
      name: "Other",
      rows: [
        ["k", "v"],
        ["a", 1],
      ],
    },
  ],
  tables: [{ name: "Entries", sheet: "Ledger", address: "A1:D5" }],
};

const report = (n: number, extra = "") => ({
  key: "report",
  sheetName: "Report",
  title: `Report ${extra}`,
  lines: [
    ["Total", n],
    ["As of", { kind: "number" as const, value: 46023, format: "yyyy-mm-dd" }],
  ],
  tables: [
    {
      name: "Summary",
      headers: ["Account", "Amount", "Link"],
      rows: Array.from({ length: n }, (_, i) => [
        `=acc${i}`,
        i * 1.5,
        { kind: "link" as const, text: `row ${i}`, sheet: "Ledger", address: `A${i + 2}` },
      ]),
    },
    { name: "Empty", headers: ["Nothing"], rows: [] },
  ],
});

const columns = (headers: string[], tag: string) => ({
  key: "recon",
  table: { table: "Entries" } as const,
  rows: [2, 3, 4, 5],
  columns: headers.map((h) => ({ header: h, values: [`${tag}1`, `=${tag}`, null, 4] })),
});

const marks = (cells: [string, "error" | "warning" | "info"][]) => ({
  key: "validation",
  cells: cells.map(([address, severity]) => ({
    sheet: "Ledger",
    address,
    note: `${severity} at ${address}`,
    severity,
  })),
});

export const SCENARIOS: readonly Scenario[] = [
  { name: "write a new sheet", seed: LEDGER, op: (p) => p.writeSheet(report(3)) },
  {
    name: "replace a sheet",
    seed: LEDGER,
    setup: (p) => p.writeSheet(report(4, "old")),
    op: (p) => p.writeSheet(report(2, "new")),
  },
  {
    name: "add result columns to a table",
    seed: LEDGER,
    op: (p) => p.writeResultColumns(columns(["BO Status", "BO Match"], "a")),
  },
  {
    name: "re-run result columns in place",
    seed: LEDGER,
    setup: (p) => p.writeResultColumns(columns(["BO Status"], "a")),
    op: (p) => p.writeResultColumns(columns(["BO Status"], "b")),
  },
  {
    name: "change the result columns",
    seed: LEDGER,
    setup: (p) => p.writeResultColumns(columns(["BO Status", "BO Old"], "a")),
    op: (p) => p.writeResultColumns(columns(["BO Status", "BO New", "BO More"], "b")),
  },
  {
    name: "write result columns beside a range",
    seed: LEDGER,
    setup: (p) =>
      p.writeResultColumns({
        key: "range",
        table: { sheet: "Other", address: "A1:B2" },
        rows: [2],
        columns: [{ header: "BO", values: ["old"] }],
      }),
    op: (p) =>
      p.writeResultColumns({
        key: "range",
        table: { sheet: "Other", address: "A1:B2" },
        rows: [2],
        columns: [
          { header: "BO", values: ["new"] },
          { header: "BO2", values: [2] },
        ],
      }),
  },
  {
    name: "mark cells",
    seed: LEDGER,
    op: (p) =>
      p.markCells(
        marks([
          ["C3", "error"],
          ["C4", "warning"],
          ["C5", "warning"],
          ["D4", "info"],
          ["B2", "error"],
        ]),
      ),
  },
  {
    name: "re-mark other cells",
    seed: LEDGER,
    setup: (p) =>
      p.markCells(
        marks([
          ["C3", "error"],
          ["C4", "warning"],
        ]),
      ),
    op: (p) =>
      p.markCells(
        marks([
          ["C4", "error"],
          ["D2", "info"],
        ]),
      ),
  },
  {
    name: "clear marks",
    seed: LEDGER,
    setup: (p) =>
      p.markCells(
        marks([
          ["C3", "error"],
          ["D4", "warning"],
          ["A5", "info"],
        ]),
      ),
    op: (p) => p.clearMarks("validation"),
  },
];
