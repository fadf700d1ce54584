/**
 * Bank statements and invoices: clean generated tables give no findings; injected defects are reported
 * at exactly their cells (for a running balance: the first row where it breaks, and only that one).
 */
import fc from "fast-check";
import type { Cell } from "../../../../src/core/cell";
import { validateTable } from "../../../../src/core/validate";
import {
  DAY_2026_01_01,
  dateCell,
  findings,
  moneyCell,
  rowOf,
  sortFindings,
  tableOfRecords,
  type Finding,
} from "./gen";

const BANK = ["Date", "Description", "Amount", "Balance"];

/** A statement oldest first: an opening balance, then lines whose balance is shown on some rows. */
function statement(opening: number, amounts: readonly number[], shown: readonly boolean[]): Cell[][] {
  const rows: Cell[][] = [[dateCell(DAY_2026_01_01, 0), "Opening balance", null, moneyCell(opening, 0)]];
  let balance = opening;
  amounts.forEach((a, k) => {
    balance += a;
    const last = k === amounts.length - 1;
    rows.push([
      dateCell(DAY_2026_01_01 + k, k),
      `Line ${k}`,
      moneyCell(a, k),
      shown[k] || last ? moneyCell(balance, k + 1) : null,
    ]);
  });
  return rows;
}

const nonZero = fc.integer({ min: -200000, max: 200000 }).filter((x) => x !== 0);

describe("bank statement properties", () => {
  it("clean statements, oldest or newest first, give no findings", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000000 }),
        fc.array(nonZero, { minLength: 1, maxLength: 25 }),
        fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
        fc.boolean(),
        (opening, amounts, shown, newestFirst) => {
          const rows = statement(opening, amounts, shown);
          const t = tableOfRecords("Bank", BANK, newestFirst ? rows.reverse() : rows);
          const r = validateTable(t);
          expect(r.kind).toBe("bank-statement");
          expect(findings(r.issues)).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("a mistyped balance is reported at that row only, with bad dates and amounts elsewhere at their cells", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000000 }),
        fc.array(nonZero, { minLength: 3, maxLength: 25 }),
        fc.nat(),
        fc.integer({ min: 1, max: 99999 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("date", "amount")), { maxLength: 4 }),
        (opening, amounts, pick, delta, others) => {
          const shown = amounts.map(() => true);
          const rows = statement(opening, amounts, shown);
          const breakAt = 1 + (pick % amounts.length);
          const cell = rows[breakAt] as Cell[];
          cell[3] = moneyCell(Math.round(Number(cell[3]) * 100) + delta, 0);
          const expected: Finding[] = [["balance_break", rowOf(breakAt), "Balance"]];
          const used = new Set([breakAt, breakAt + 1]);
          for (const [p, what] of others) {
            // Bad cells away from the break, and never on a row whose amount the break check needs.
            const k = 1 + (p % amounts.length);
            if (used.has(k) || k < breakAt + 2) continue;
            used.add(k);
            if (what === "date") {
              (rows[k] as Cell[])[0] = "31/02/2026";
              expected.push(["date_invalid", rowOf(k), "Date"]);
            } else {
              (rows[k] as Cell[])[2] = "1O.00";
              expected.push(["amount_invalid", rowOf(k), "Amount"]);
            }
          }
          const r = validateTable(tableOfRecords("Bank", BANK, rows));
          expect(findings(r.issues)).toEqual(sortFindings(expected));
        },
      ),
      { numRuns: 80 },
    );
  });
});

const INVOICES = ["Invoice No", "Customer", "Invoice Date", "Due Date", "Total", "Paid", "Status"];
const STATUSES = ["Draft", "Open", "Paid", "Overdue", "partially paid"];

describe("invoice properties", () => {
  interface InvoiceSpec {
    party: string;
    day: number;
    terms: number;
    total: number;
    paidShare: number;
    status: string;
    style: number;
  }
  const invoiceArb: fc.Arbitrary<InvoiceSpec> = fc.record({
    party: fc.constantFrom("ACME", "Bolt", "Cog"),
    day: fc.integer({ min: 0, max: 300 }),
    terms: fc.integer({ min: 0, max: 90 }),
    total: fc.integer({ min: 1, max: 10000000 }),
    paidShare: fc.integer({ min: 0, max: 100 }),
    status: fc.constantFrom(...STATUSES),
    style: fc.nat(),
  });
  const rowsOf = (list: readonly InvoiceSpec[]): Cell[][] =>
    list.map((v, k) => [
      `INV-${k + 1}`,
      v.party,
      dateCell(DAY_2026_01_01 + v.day, v.style),
      dateCell(DAY_2026_01_01 + v.day + v.terms, v.style + 1),
      moneyCell(v.total, v.style),
      moneyCell(Math.floor((v.total * v.paidShare) / 100), v.style + 1),
      v.status,
    ]);

  it("clean invoices give no findings; injected defects are reported at their cells", () => {
    fc.assert(
      fc.property(
        fc.array(invoiceArb, { minLength: 2, maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("due", "paid", "duplicate", "status", "blankTotal")), {
          maxLength: 5,
        }),
        (list, picks) => {
          const rows = rowsOf(list);
          expect(findings(validateTable(tableOfRecords("Invoices", INVOICES, rows)).issues)).toEqual([]);
          const expected: Finding[] = [];
          const used = new Set<number>();
          for (const [p, defect] of picks) {
            const k = 1 + (p % (rows.length - 1)); // never the first row: a duplicate copies row 0
            if (used.has(k)) continue;
            used.add(k);
            const r = rows[k] as Cell[];
            const row = rowOf(k);
            if (defect === "due") {
              r[3] = dateCell(DAY_2026_01_01 + (list[k]?.day ?? 0) - 1, 0);
              expected.push(["due_before_issue", row, "Due Date"]);
            } else if (defect === "paid") {
              r[5] = moneyCell((list[k]?.total ?? 0) + 1, 0);
              expected.push(["paid_exceeds_amount", row, "Paid"]);
            } else if (defect === "duplicate") {
              r[0] = "inv-1";
              r[1] = String(rows[0]?.[1]).toLowerCase();
              expected.push(["duplicate_key", row, undefined]);
            } else if (defect === "status") {
              r[6] = "Lost";
              expected.push(["not_allowed", row, "Status"]);
            } else {
              r[4] = null;
              expected.push(["required", row, "Total"]);
            }
          }
          const report = validateTable(tableOfRecords("Invoices", INVOICES, rows));
          expect(report.kind).toBe("invoices");
          expect(findings(report.issues)).toEqual(sortFindings(expected));
        },
      ),
      { numRuns: 80 },
    );
  });
});
