/** Random write operations over the LEDGER seed, for properties over sequences of operations. */
import fc from "fast-check";
import type { MarkSeverity, OutValue, WorkbookPort } from "../../src/workbook/port";

export type PoolOp =
  | { kind: "sheet"; key: string; sheetName: string; rows: OutValue[][] }
  | { kind: "columns"; headers: string[]; values: OutValue[] }
  | { kind: "rangeColumns"; values: OutValue[] }
  | { kind: "marks"; key: string; cells: { address: string; severity: MarkSeverity }[] }
  | { kind: "clear"; key: string };

export const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("=1+1", "+5", "-x", "@a", "\tt", "'q", "00123", "TRUE", "#N/A", "2026-01-31", "1,234"),
);
export const outValue: fc.Arbitrary<OutValue> = fc.oneof(
  text,
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.boolean(),
  fc.constant(null),
  fc.record({
    kind: fc.constant("number" as const),
    value: fc.integer({ min: 1, max: 60000 }),
    format: fc.constantFrom("yyyy-mm-dd", "#,##0.00"),
  }),
);

const cellsArb = fc.uniqueArray(
  fc.record({
    address: fc.constantFrom("B2", "C2", "C3", "C4", "C5", "D2", "D3", "D4", "D5", "A5"),
    severity: fc.constantFrom<MarkSeverity>("error", "warning", "info"),
  }),
  { selector: (c) => c.address, minLength: 1, maxLength: 5 },
);

export const poolOp: fc.Arbitrary<PoolOp> = fc.oneof(
  fc.record({
    kind: fc.constant("sheet" as const),
    key: fc.constantFrom("a", "b"),
    sheetName: fc.constantFrom("Out", "Ledger"),
    rows: fc.array(
      fc.tuple(outValue, outValue).map((t) => [...t]),
      { maxLength: 4 },
    ),
  }),
  fc.record({
    kind: fc.constant("columns" as const),
    headers: fc.subarray(["BO Status", "BO Match", "BO Note"], { minLength: 1 }),
    values: fc.array(outValue, { minLength: 4, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant("rangeColumns" as const),
    values: fc.array(outValue, { minLength: 1, maxLength: 1 }),
  }),
  fc.record({ kind: fc.constant("marks" as const), key: fc.constantFrom("v", "w"), cells: cellsArb }),
  fc.record({ kind: fc.constant("clear" as const), key: fc.constantFrom("v", "w") }),
);

export function runPoolOp(port: WorkbookPort, op: PoolOp): Promise<unknown> {
  switch (op.kind) {
    case "sheet":
      return port.writeSheet({
        key: op.key,
        sheetName: op.sheetName,
        title: `Run ${op.key}`,
        tables: [{ name: "Result", headers: ["A", "B"], rows: op.rows }],
      });
    case "columns":
      return port.writeResultColumns({
        key: "recon",
        table: { table: "Entries" },
        rows: [2, 3, 4, 5],
        columns: op.headers.map((h, i) => ({
          header: h,
          values: op.values.map((v) => (i === 0 ? v : `${h}`)),
        })),
      });
    case "rangeColumns":
      return port.writeResultColumns({
        key: "range",
        table: { sheet: "Other", address: "A1:B2" },
        rows: [2],
        columns: [{ header: "BO", values: op.values }],
      });
    case "marks":
      return port.markCells({
        key: op.key,
        cells: op.cells.map((c) => ({
          sheet: "Ledger",
          address: c.address,
          note: `${c.severity} ${c.address}`,
          severity: c.severity,
        })),
      });
    case "clear":
      return port.clearMarks(op.key);
  }
}
