import { tableOf } from "../../../../test/support/tableLiteral";
import { validateTable, type ValidationResult } from "..";

const found = (r: ValidationResult) => r.issues.map((i) => [i.code, i.row, i.column]);
const items = tableOf({
  name: "Items",
  sheet: "Inventory",
})`SKU | Item name | UoM | Warehouse | Reorder level | Reorder qty | Lead time | Unit cost
  A-100 | Bolt | ea | Main | 10 | 100 | 5 | 0.12
  A-200 | Nut | ea | Main | 10 | 100 | 5 | 0.05
  B-300 | Oil | l | North | 2.5 | 20 | 14 | 4.20`;

describe("inventory items kind", () => {
  it("is detected and its fields checked: unique SKU, non-negative numbers, whole lead times", () => {
    const t = tableOf({
      name: "Items",
      sheet: "Inventory",
    })`SKU | Name | Reorder point | Lead time days | Unit cost
      A-100 | Bolt | -1 | 5 | 0.12
      a-100 | Bolt again | 1 | 2.5 | -0.01
       | Nameless | 1 | 1 | 1`;
    const r = validateTable(t);
    expect(r.kind).toBe("inventory-items");
    expect(found(r)).toEqual([
      ["minimum", 2, "Reorder point"],
      ["unique", 3, "SKU"],
      ["type", 3, "Lead time days"],
      ["minimum", 3, "Unit cost"],
      ["required", 4, "SKU"],
    ]);
    expect(validateTable(items).issues).toEqual([]);
  });
});

describe("stock movements kind", () => {
  const moves = tableOf({ name: "Moves", sheet: "Inventory" });
  it("replays movements in date order per SKU and location and reports the first negative one", () => {
    const t = moves`Date | SKU | Location | Qty | Type | Reference
      2026-01-03 | A-100 | Main | -30 | Issue | SO-1
      2026-01-01 | A-100 | Main | 20 | Receipt | PO-1
      2026-01-03 | A-100 | Main | 15 | Receipt | PO-2
      2026-01-04 | A-100 | Main | -10 | Issue | SO-2
      2026-01-02 | A-100 | North | -1 | Issue | SO-3
      2026-01-02 | B-300 | North | 2.5 | Receipt | PO-3
      2026-01-05 | B-300 | North | -2.5 | Issue | SO-4
      2026-01-05 | Z-999 | North | 1 | Receipt | PO-4`;
    const r = validateTable(t, { tables: [items], lookups: { items: "Items" } });
    expect(r.kind).toBe("stock-movements");
    // A-100 @ Main: +20 (Jan 1), then on Jan 3 row 2 (-30) comes before row 4 (+15): -10.
    expect(found(r)).toEqual([
      ["negative_stock", 2, "Qty"],
      ["negative_stock", 6, "Qty"],
      ["foreign_key", 9, "SKU"],
    ]);
    expect(r.issues[0]?.message).toBe(
      "Inventory!Moves[Qty] row 2: Stock of A-100 / Main goes negative (-10) with this movement on 2026-01-03; a receipt is missing, dated too late, or this quantity is wrong.",
    );
  });

  it("reads in/out columns, flags both filled and a sign that contradicts the type", () => {
    const t = moves`Date | SKU | In | Out | Type
      2026-01-01 | A | 5 |  | Receipt
      2026-01-02 | A |  | 2 | Receipt
      2026-01-03 | A | 1 | 1 | Adjustment
      2026-01-04 | A |  | 10 | Issue`;
    const r = validateTable(t);
    expect(found(r)).toEqual([
      ["movement_sign", 3, "In"],
      ["debit_and_credit", 4, "In"],
      ["negative_stock", 5, "In"],
    ]);
    expect(r.issues.map((i) => i.severity)).toEqual(["warning", "error", "error"]);
  });

  it("does not replay a SKU whose movements cannot all be read", () => {
    const t = moves`Date | SKU | Qty
      2026-01-01 | A | ten
      2026-01-02 | A | -5`;
    expect(found(validateTable(t))).toEqual([["amount_invalid", 2, "Qty"]]);
  });
});

describe("stock counts kind", () => {
  it("checks SKUs against the items and one count per SKU, location and date", () => {
    const t = tableOf({ name: "Counts", sheet: "Inventory" })`Count date | SKU | Location | Counted
      2026-01-31 | A-100 | Main | 12
      2026-01-31 | A-100 | Main | 13
      2026-01-31 | A-100 | North | 1
      2026-01-31 | C-1 | Main | -1`;
    const r = validateTable(t, { tables: [items], lookups: { items: "Items" } });
    expect(r.kind).toBe("stock-counts");
    expect(found(r)).toEqual([
      ["duplicate_key", 3, undefined],
      ["foreign_key", 5, "SKU"],
      ["minimum", 5, "Counted"],
    ]);
  });
});
