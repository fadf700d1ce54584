/** Find among open items: words in the item's text, or an amount of either sign at the item's scale. */
import { reconcile, recordSet } from "../../core/reconcile";
import { createMemoryWorkbook } from "../../workbook/memory";
import { MemoryWorkbook } from "../../workbook/memory/model";
import { createReconciliationService } from "./service";
import {
  findMatches,
  findOpen,
  matchView,
  matchViews,
  MatchViewList,
  openItems,
  type MatchView,
  type OpenItemView,
} from "./views";

function item(
  row: number,
  minor: number,
  reference: string,
  description: string,
  currency = "USD",
): OpenItemView {
  return {
    side: "left",
    key: `Ledger!${row}`,
    record: row - 2,
    row,
    date: "2026-03-10",
    day: 20522,
    minor,
    currency,
    reference,
    description,
    line: "Payments in Ledger not on Bank (outstanding payments and cheques)",
    findings: row === 9 ? ["Looks like a duplicate of row 8"] : [],
    pendingAt: null,
    pairings: [],
  };
}

const ITEMS = [
  item(5, 425000, "INV-1041", "Receipt Harbour"),
  item(6, -74218, "BILL-560", "Freight February"),
  item(7, 123400, "", "Office rent"),
  item(8, -1500, "CHQ-318", "Supplies"),
  item(9, -1500, "CHQ-319", "Supplies"),
  item(10, 4250, "", "Yen fee", "JPY"),
];
const rows = (query: string) => findOpen(ITEMS, query).map((o) => o.row);

describe("findOpen", () => {
  it("finds everything for a blank query", () => {
    expect(rows("")).toEqual([5, 6, 7, 8, 9, 10]);
    expect(rows("   ")).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it("finds words in the reference, description, date, line and findings, ignoring case", () => {
    expect(rows("harbour")).toEqual([5]);
    expect(rows("bill-560")).toEqual([6]);
    expect(rows("2026-03")).toEqual([5, 6, 7, 8, 9, 10]);
    expect(rows("duplicate")).toEqual([9]);
    expect(rows("outstanding")).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it("needs every word", () => {
    expect(rows("supplies 319")).toEqual([9]);
    expect(rows("supplies harbour")).toEqual([]);
  });

  it("finds amounts as typed, either sign, at the item's currency scale", () => {
    expect(rows("742.18")).toEqual([6]);
    expect(rows("-742.18")).toEqual([6]);
    expect(rows("1,234.00")).toEqual([7]);
    expect(rows("1234")).toEqual([7]);
    expect(rows("15")).toEqual([8, 9]);
    // 4250 is 4,250.00 USD (row 5) and, in yen with no decimals, row 10's 4,250 JPY.
    expect(rows("4250")).toEqual([5, 10]);
    expect(rows("42.50")).toEqual([]);
  });

  it("finds a number in a reference as text too", () => {
    expect(rows("1041")).toEqual([5]);
  });
});

function match(
  id: string,
  left: number[],
  right: number[],
  leftTotal: number,
  rightTotal: number,
): MatchView {
  return {
    id,
    status: "confirmed",
    rule: rightTotal === leftTotal ? "reference" : "tolerance",
    reason: rightTotal === leftTotal ? "amount equal, reference INV-1041" : "amount differs by 9.00",
    cardinality:
      `${left.length > 1 ? "many" : "1"}:${right.length > 1 ? "many" : "1"}` as MatchView["cardinality"],
    score: 1,
    ambiguous: false,
    decidedBy: "rule",
    left: left.map((row) => ({ key: `Ledger!${row}`, row })),
    right: right.map((row) => ({ key: `Bank!${row}`, row })),
    leftTotal,
    rightTotal,
    difference: rightTotal - leftTotal,
    currency: "USD",
    date: "2026-03-04",
    text: "INV-1041 · Receipt Harbour",
  };
}

describe("findMatches", () => {
  const MATCHES = [
    match("M-0000000000a1", [11], [2], 425000, 425000),
    match("M-0000000000b2", [13], [4], 123400, 124300),
    match("M-0000000000c3", [40, 41], [77], 150000, 298050),
  ];
  const ids = (query: string) => findMatches(MATCHES, query).map((m) => m.id.slice(-2));

  it("finds everything for a blank query", () => {
    expect(ids(" ")).toEqual(["a1", "b2", "c3"]);
  });

  it("finds the id, rule, reason, book text and a row of either side", () => {
    expect(ids("m-0000000000b2")).toEqual(["b2"]);
    expect(ids("tolerance")).toEqual(["b2", "c3"]);
    expect(ids("differs 9.00")).toEqual(["b2", "c3"]);
    expect(ids("41")).toEqual(["a1", "b2", "c3"]);
    expect(ids("77")).toEqual(["c3"]);
  });

  it("finds either side's total or the difference, either sign", () => {
    expect(ids("4,250.00")).toEqual(["a1"]);
    expect(ids("1243")).toEqual(["b2"]);
    expect(ids("-1,480.50")).toEqual(["c3"]);
    expect(ids("1,480.50 tolerance")).toEqual(["c3"]);
  });
});

describe("MatchViewList", () => {
  const L = recordSet(
    "left",
    "Ledger",
    Array.from({ length: 120 }, (_, k) => ({
      day: 20500 + (k % 20),
      minor: 1000 + k,
      reference: `INV-${k}`,
    })),
  );
  const R = recordSet(
    "right",
    "Bank",
    Array.from({ length: 120 }, (_, k) => ({ day: 20501 + (k % 20), minor: 1000 + k, reference: `INV${k}` })),
  );
  const result = reconcile(L, R);
  const confirmed = result.matches.filter((m) => m.status === "confirmed");

  it("makes views as they are read, each once, the same as matchView's", () => {
    const list = new MatchViewList(result, confirmed);
    expect(list.length).toBe(120);
    expect(list.built).toBe(0);
    const page = list.slice(0, 50);
    expect(list.built).toBe(50);
    expect(list.slice(0, 50)).toEqual(page);
    expect(list.slice(0, 1)[0]).toBe(page[0]);
    const all = list.slice(0, list.length);
    expect(list.built).toBe(120);
    all.forEach((v, k) => {
      const direct = matchView(result, confirmed[k]!);
      expect({ ...v, reason: v.reason }).toEqual({ ...direct, reason: direct.reason });
    });
    // A view carries no reference to the result: serialised, it is its own fields.
    expect(Object.keys(JSON.parse(JSON.stringify(all[0])))).not.toContain("match");
    expect(all[0]!.reason).toContain("reference");
  });
});

describe("openItems' pairings", () => {
  /** A ledger and a bank table whose last rows differ by two digits swapped (1,234.00 against 1,243.00). */
  function books(): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    const put = (name: string, rows: (string | number)[][]) => {
      wb.putRows(name, 1, 0, rows);
      wb.addTable(wb.mustSheet(name), { row: 1, col: 0, rows: rows.length, cols: 4 }, name);
    };
    put("Ledger", [
      ["Date", "Reference", "Description", "Amount"],
      ["2026-03-02", "INV-1041", "Harbour Foods", 4250],
      ["2026-03-06", "INV-1043", "Northwind", 1234],
      ["2026-03-09", "INV-1044", "Contoso", 615.75],
    ]);
    put("Bank", [
      ["Date", "Reference", "Description", "Amount"],
      ["2026-03-03", "INV-1041", "HARBOUR FOODS", 4250],
      ["2026-03-08", "", "NORTHWIND TRADERS", 1243],
    ]);
    return wb;
  }

  it("pair a slip's open rows on both sides, each row naming the other side's rows", async () => {
    const svc = createReconciliationService(createMemoryWorkbook(books()));
    const proposal = await svc.proposeSetup({ table: "Ledger" }, { table: "Bank" }, "bank-ledger");
    let outcome = await svc.run(proposal.setup);
    // While the two rows are a suggestion, nothing open pairs them.
    const suggestion = matchViews(outcome, "suggested")[0];
    expect(suggestion?.left.map((r) => r.row)).toEqual([3]);
    expect(openItems(outcome, "left").map((o) => [o.row, o.pairings])).toEqual([[4, []]]);
    outcome = await svc.decide(outcome, { kind: "reject", matchId: suggestion?.id ?? "" });
    const left = openItems(outcome, "left");
    const right = openItems(outcome, "right");
    expect(left.find((o) => o.row === 3)?.findings.join(" ")).toContain("two digits swapped");
    const pairing = { left: ["Ledger!3"], right: ["Bank!3"] };
    expect(left.find((o) => o.row === 3)?.pairings).toEqual([{ ...pairing, otherRows: [3] }]);
    expect(right.find((o) => o.row === 3)?.pairings).toEqual([{ ...pairing, otherRows: [3] }]);
    // A row no finding pairs across (Contoso, open on the ledger alone) has none.
    expect(left.find((o) => o.row === 4)?.pairings).toEqual([]);
  });
});
