/** The planners fit the widths of what they write: a sheet's lines and tables, or the result columns they add. */
import type { Area } from "../address";
import type { AreaState, Step, TableShape, WorkbookShape } from "../driver";
import type { ResultColumnsPlan, SheetOutput } from "../port";
import { planResultColumns } from "./planColumns";
import { planWriteSheet } from "./planSheet";
import type { Plan } from "./plan";
import { EMPTY_REGISTRY, withColumns, withSheet } from "./registry";

const fits = (steps: readonly Step[]): Area[] =>
  steps.flatMap((s) => (s.op === "fitColumns" ? [s.area] : []));

/** Builds a plan as if its snapshots found the captured areas empty. */
function build(plan: Plan) {
  const states: AreaState[] = plan.captures.map((c) => ({ ...c, cells: [] }));
  return plan.build(states);
}

const statement: SheetOutput = {
  key: "recon",
  sheetName: "Reconciliation",
  title: "Reconciliation of Ledger and BankStatement, a title far longer than any column should be",
  lines: [
    ["Ledger balance", { kind: "number", value: -9458.14, format: "#,##0.00" }, "book side"],
    ["Unexplained difference", { kind: "number", value: 18420.35, format: "#,##0.00" }],
  ],
  tables: [
    { name: "Open", headers: ["Side", "Row", "Amount", "Note"], rows: [["Ledger", 28, -186.9, "cheque"]] },
    { name: "Issues", headers: ["Issue"], rows: [] },
  ],
};

const empty: WorkbookShape = { sheets: [{ name: "Ledger", protected: false, used: null }], tables: [] };

describe("planWriteSheet fits the columns of what it writes", () => {
  it("fits lines and tables of a new sheet last, from the row under the title", () => {
    const built = build(planWriteSheet(statement, empty, EMPTY_REGISTRY, true));
    // Title in row 1; lines in rows 2–3; a blank row; Open in rows 5–6; a blank row; Issues' header in row 8.
    expect(fits(built.forward)).toEqual([{ row: 2, col: 0, rows: 7, cols: 4 }]);
    expect(built.forward[built.forward.length - 1]?.op).toBe("fitColumns");
    expect(fits(built.undo)).toEqual([]);
  });

  it("fits from row 1 when there is no title, and nothing when there is only a title", () => {
    const untitled = { ...statement, title: undefined };
    expect(fits(build(planWriteSheet(untitled, empty, EMPTY_REGISTRY, true)).forward)).toEqual([
      { row: 1, col: 0, rows: 7, cols: 4 },
    ]);
    const titleOnly = { key: "t", sheetName: "T", title: "Only a title", tables: [] };
    expect(fits(build(planWriteSheet(titleOnly, empty, EMPTY_REGISTRY, true)).forward)).toEqual([]);
  });

  it("fits a replaced sheet the same way, and its undo leaves widths alone", () => {
    const shape: WorkbookShape = {
      sheets: [{ name: "Reconciliation", protected: false, used: { row: 1, col: 0, rows: 20, cols: 6 } }],
      tables: [],
    };
    const reg = withSheet(EMPTY_REGISTRY, "recon", { sheet: "Reconciliation" });
    const built = build(planWriteSheet(statement, shape, reg, true));
    expect(fits(built.forward)).toEqual([{ row: 2, col: 0, rows: 7, cols: 4 }]);
    expect(fits(built.undo)).toEqual([]);
  });
});

const ledger: TableShape = {
  name: "Ledger",
  sheet: "Ledger",
  area: { row: 1, col: 1, rows: 4, cols: 3 },
  headers: ["Date", "Amount", "Memo"],
  showTotals: false,
  style: "TableStyleMedium2",
};
const results: ResultColumnsPlan = {
  key: "recon:Ledger",
  table: { table: "Ledger" },
  rows: [2, 3, 4],
  columns: [
    { header: "BO Match ID", values: ["M-1", "M-1", null] },
    { header: "BO Status", values: ["confirmed", "confirmed", "open"] },
  ],
};
const userColumns = (areas: Area[]) => areas.filter((a) => a.col < 4 && a.col + a.cols > 1);

describe("result columns: only the columns the add-in adds are fitted", () => {
  it("fits the added columns of a table, header row through last row", () => {
    const shape: WorkbookShape = { ...empty, tables: [ledger] };
    const built = build(planResultColumns(results, shape, EMPTY_REGISTRY, new Map()));
    const areas = fits(built.forward);
    expect(areas).toEqual([{ row: 1, col: 4, rows: 4, cols: 2 }]);
    expect(userColumns(areas)).toEqual([]);
    expect(fits(built.undo)).toEqual([]);
  });

  it("fits each of its columns where the user moved them on a re-run, and none of the user's", () => {
    const moved: TableShape = {
      ...ledger,
      area: { ...ledger.area, cols: 5 },
      headers: ["Date", "BO Match ID", "Amount", "Memo", "BO Status"],
    };
    const reg = withColumns(EMPTY_REGISTRY, results.key, {
      table: "Ledger",
      sheet: "Ledger",
      headers: ["BO Match ID", "BO Status"],
    });
    const built = build(planResultColumns(results, { ...empty, tables: [moved] }, reg, new Map()));
    expect(fits(built.forward)).toEqual([
      { row: 1, col: 2, rows: 4, cols: 1 },
      { row: 1, col: 5, rows: 4, cols: 1 },
    ]);
  });

  it("fits the result columns beside a plain range, not the range", () => {
    const shape: WorkbookShape = {
      sheets: [{ name: "Ledger", protected: false, used: { row: 1, col: 0, rows: 4, cols: 3 } }],
      tables: [],
    };
    const plan = { ...results, table: { sheet: "Ledger", address: "A1:C4" } };
    const built = build(planResultColumns(plan, shape, EMPTY_REGISTRY, new Map()));
    expect(fits(built.forward)).toEqual([{ row: 1, col: 3, rows: 4, cols: 2 }]);
  });
});
