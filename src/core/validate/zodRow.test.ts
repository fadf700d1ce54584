/**
 * The column-wise engine against the row-at-a-time zod schema of the same rules: for random rules and
 * dirty cells, a cell has a per-cell issue exactly when zod rejects that field.
 */
import fc from "fast-check";
import type { Cell } from "../cell";
import { cellError } from "../cell";
import { tableFromRows } from "../table";
import { validateTable, type ColumnRule, type TableRules } from ".";
import { rowObject, zodRowSchemaFor } from "./zodRow";

const CELLS: Readonly<Record<string, readonly Cell[]>> = {
  integer: [0, 7, -3, 2.5, "12", " 4 ", "1e3", "x", true, null, "", "-"],
  number: [0, 1.25, -7, "3.5", "1e3", "0x10", "abc", null, "N/A"],
  amount: [10, 0.1 + 0.2, "1,234.50", "(5.00)", "€95", "12,3.4", "1e3", 1.005, -0.5, null, "-"],
  date: [46112, 1, 60, "2026-03-31", "31/03/2026", "03/04/2026", "2026-02-30", "soon", null],
  text: ["Alpha", "beta", "A-1", "  padded  ", 42, true, "Ω-7", "x".repeat(12), null, "N/A"],
  email: ["ana@example.com", "bad@", "x@y.z", 5, null],
  currency: ["USD", "eur", "XXX", "US$", null],
  boolean: [true, false, "yes", "No", 1, 0, 2, "maybe", null],
};

const ruleFor = (type: string): fc.Arbitrary<ColumnRule> => {
  const base = { type: fc.constant(type), required: fc.boolean(), mostly: fc.constant(undefined) };
  switch (type) {
    case "integer":
    case "number":
      return fc.record({
        ...base,
        min: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
        max: fc.option(fc.integer({ min: 5, max: 20 }), { nil: undefined }),
      }) as fc.Arbitrary<ColumnRule>;
    case "amount":
      return fc.record({
        ...base,
        max: fc.option(fc.constantFrom(0, 10, 100.5), { nil: undefined }),
        allowed: fc.option(fc.constant([10, 1234.5]), { nil: undefined }),
      }) as fc.Arbitrary<ColumnRule>;
    case "date":
      return fc.record({
        ...base,
        min: fc.option(fc.constant("2026-01-01"), { nil: undefined }),
        dateOrder: fc.option(fc.constantFrom("DMY", "MDY"), { nil: undefined }),
      }) as fc.Arbitrary<ColumnRule>;
    case "text":
      return fc.record({
        ...base,
        maxLength: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
        pattern: fc.option(fc.constantFrom("[A-Za-z]+", "A-\\d"), { nil: undefined }),
        allowed: fc.option(fc.constant(["alpha", "Beta"]), { nil: undefined }),
        caseSensitive: fc.boolean(),
      }) as fc.Arbitrary<ColumnRule>;
    default:
      return fc.record(base) as fc.Arbitrary<ColumnRule>;
  }
};

const CELL_CODES = new Set(["row_blank", "table_empty"]);

describe("engine agrees with the zod row schema", () => {
  it("flags a cell exactly when zod rejects its field", () => {
    const typeArb = fc.constantFrom(...Object.keys(CELLS));
    fc.assert(
      fc.property(
        fc.array(typeArb, { minLength: 1, maxLength: 4 }).chain((types) =>
          fc.tuple(
            fc.constant(types),
            fc.tuple(...types.map(ruleFor)),
            fc.array(fc.tuple(...types.map((t) => fc.constantFrom(...(CELLS[t] as Cell[])))), {
              minLength: 1,
              maxLength: 12,
            }),
          ),
        ),
        ([types, rules, records]) => {
          const headers = types.map((t, k) => `${t} ${k}`);
          // Keep every record non-blank (a blank row is reported once, not per required cell).
          const rows = records.map((r) => [...r, "keep"]);
          const table = tableFromRows({
            name: "T",
            sheet: "S",
            headers: [...headers, "Keep"],
            records: rows,
          });
          const columns: TableRules["columns"] = {};
          headers.forEach((h, k) => (columns[h] = rules[k] as ColumnRule));
          const options = { kind: "none", rules: { missingValues: ["-", "N/A"], columns } };
          const report = validateTable(table, options);
          const engine = new Set(
            report.issues
              .filter((i) => !CELL_CODES.has(i.code) && i.row !== undefined)
              .map((i) => `${i.row}|${i.column}`),
          );
          const schema = zodRowSchemaFor(table, options);
          const zod = new Set<string>();
          table.rows.forEach((row, i) => {
            const r = schema.safeParse(rowObject(table, headers, i));
            if (!r.success) for (const issue of r.error.issues) zod.add(`${row}|${String(issue.path[0])}`);
          });
          expect([...engine].sort()).toEqual([...zod].sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it("treats error cells as failures in both", () => {
    const table = tableFromRows({
      name: "T",
      sheet: "S",
      headers: ["A"],
      records: [[cellError("#N/A")], ["ok"]],
    });
    const options = { kind: "none", rules: { columns: { A: { type: "text" as const } } } };
    expect(validateTable(table, options).issues.map((i) => i.row)).toEqual([2]);
    expect(zodRowSchemaFor(table, options).safeParse(rowObject(table, ["A"], 0)).success).toBe(false);
  });
});
