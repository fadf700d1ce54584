/** Golden cases for each detector: the slip, the rows it links and the message a reviewer reads. */
import fc from "fast-check";
import { tableOf } from "../../../../test/support/tableLiteral";
import { runTables } from "../../../../test/support/reconcile";
import type { FindingKind, ReconcileResult } from "../types";
import { slipBetween, transpositions } from "./slips";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

function findings(r: ReconcileResult, kind: FindingKind) {
  return r.findings
    .filter((f) => f.kind === kind)
    .map((f) => ({
      left: f.left.map((i) => r.left.rows[i]),
      right: f.right.map((j) => r.right.rows[j]),
      amount: f.amount,
      matched: f.matchId !== undefined,
      message: f.issue.message,
    }));
}

describe("keying slips between open rows", () => {
  it("transposed digits (1,243.00 vs 1,234.00)", () => {
    const r = runTables(
      ledger`Date | Description | Amount
             2026-03-02 | Office rent | -1243.00`,
      bank`Date | Description | Amount
           2026-03-03 | SO 88123 | -1234.00`,
    );
    expect(findings(r, "transposed_digits")).toEqual([
      {
        left: [2],
        right: [2],
        amount: 900,
        matched: false,
        message:
          "Ledger!Ledger row 2: The amount -1,243.00 reads like -1,234.00 at Bank row 2 with two digits swapped; check which one is right.",
      },
    ]);
    expect(r.issues.map((i) => i.code)).toContain("recon_transposed_digits");
  });

  it("sign flip", () => {
    const r = runTables(
      ledger`Date | Description | Amount
             2026-03-02 | Refund to client | 50.00`,
      bank`Date | Description | Amount
           2026-03-02 | DD 1123 | -50.00`,
    );
    expect(findings(r, "sign_flip").map((f) => [f.left, f.right, f.message])).toEqual([
      [
        [2],
        [2],
        "Ledger!Ledger row 2: The amount 50.00 is -50.00 at Bank row 2 with the opposite sign; one of them may carry the wrong sign.",
      ],
    ]);
  });

  it("decimal shift (x10 and /10)", () => {
    const r = runTables(
      ledger`Date | Description | Amount
             2026-03-02 | Toner | -1500.00
             2026-03-09 | Paper | -42.10`,
      bank`Date | Description | Amount
           2026-03-03 | CARD 1 | -150.00
           2026-03-10 | CARD 2 | -421.00`,
    );
    expect(findings(r, "decimal_shift").map((f) => f.message)).toEqual([
      "Ledger!Ledger row 2: The amount -1,500.00 is ten times -150.00 at Bank row 2; the decimal point may be in the wrong place.",
      "Ledger!Ledger row 3: The amount -42.10 is one tenth of -421.00 at Bank row 3; the decimal point may be in the wrong place.",
    ]);
  });

  it("day and month swapped in the date (bank a day later)", () => {
    const r = runTables(
      ledger`Date | Description | Amount
             2026-04-03 | Insurance | -310.00`,
      bank`Date | Description | Amount
           2026-03-05 | DD INSURER | -310.00`,
    );
    expect(findings(r, "day_month_swap").map((f) => [f.left, f.right, f.message])).toEqual([
      [
        [2],
        [2],
        "Ledger!Ledger row 2: The date 2026-04-03 with day and month swapped is 2026-03-04, within days of the same amount -310.00 at Bank row 2; one of the dates may be in the wrong order.",
      ],
    ]);
  });

  it("a suggested match whose amounts are a transposition is explained too", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-51 | Kilo Supplies | 1243.56`,
      bank`Date | Reference | Description | Amount
           2026-03-03 | INV-51 | KILO SUPPLIES | 1243.65`,
    );
    expect(r.matches.map((m) => [m.status, m.rule])).toEqual([["suggested", "tolerance"]]);
    expect(findings(r, "transposed_digits")).toEqual([
      expect.objectContaining({ left: [2], right: [2], amount: 9, matched: true }),
    ]);
  });

  it("transpositions keep the number of digits and never lead with zero", () => {
    expect(transpositions(124300)).toEqual([214300, 142300, 123400, 124030]);
    expect(transpositions(-1050)).toEqual([-1500, -1005]);
    expect(transpositions(7)).toEqual([]);
  });

  it("transpositions agree with swapping the digits of the written number, for any safe amount", () => {
    const bySwappingText = (m: number): number[] => {
      const digits = String(Math.abs(m));
      const out: number[] = [];
      for (let k = 0; k + 1 < digits.length; k++) {
        if (digits[k] === digits[k + 1] || (k === 0 && digits[1] === "0")) continue;
        const v = Number(`${digits.slice(0, k)}${digits[k + 1]}${digits[k]}${digits.slice(k + 2)}`);
        if (Number.isSafeInteger(v)) out.push(m < 0 ? -v : v);
      }
      return out;
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1_000_000, max: 1_000_000 }),
          fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        ),
        (m) => {
          expect(transpositions(m)).toEqual(bySwappingText(m));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("names the slip between two amounts", () => {
    expect(slipBetween(124300, 142300)?.kind).toBe("transposed_digits");
    expect(slipBetween(-4500, 4500)?.kind).toBe("sign_flip");
    expect(slipBetween(4500, 45000)).toEqual({ kind: "decimal_shift", factor: "one tenth of" });
    expect(slipBetween(4500, 45)).toEqual({ kind: "decimal_shift", factor: "a hundred times" });
    expect(slipBetween(4501, 451)).toBeNull();
    expect(slipBetween(0, 0)).toBeNull();
  });
});

describe("duplicates on one side", () => {
  it("a bank line imported twice is flagged once, against the first", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-9 | Lima | 75.00`,
      bank`Date | Reference | Description | Amount
           2026-03-03 | INV-9 | LIMA PAYMENT | 75.00
           2026-03-03 | INV-9 | LIMA PAYMENT | 75.00`,
    );
    expect(findings(r, "duplicate").map((f) => [f.right, f.message])).toEqual([
      [
        [2, 3],
        "Bank!Bank row 3: Looks like a duplicate of Bank row 2 (same amount 75.00, date and description); remove one or confirm both are real.",
      ],
    ]);
    // Which copy is real cannot be known: the match is suggested, not confirmed.
    expect(r.matches.map((m) => m.status)).toEqual(["suggested"]);
  });

  it("two look-alike rows both confirmed against their own counterparts are not duplicates", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-1 | Mike | 20.00
             2026-03-02 | INV-2 | Mike | 20.00`,
      bank`Date | Reference | Description | Amount
           2026-03-02 | INV-1 | MIKE | 20.00
           2026-03-02 | INV-2 | MIKE | 20.00`,
    );
    expect(r.matches.map((m) => m.status)).toEqual(["confirmed", "confirmed"]);
    expect(findings(r, "duplicate")).toEqual([]);
  });

  it("a row whose transaction id and amount another row of its side carries is flagged against it", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-7 | Kilo | 40.00`,
      bank`Date | Transaction ID | Reference | Description | Amount
           2026-03-02 | T-100 | INV-7 | KILO | 40.00
           2026-03-20 | T-100 | | RE-SENT ITEM | 40.00
           2026-03-21 | T-100 | | OTHER AMOUNT | 41.00
           2026-03-22 | T-200 | | SAME AMOUNT, OTHER ID | 40.00`,
    );
    // Bank row 2 is confirmed against the ledger; row 3 repeats its id and amount with other words and
    // date; row 4 shares the id but not the amount, row 5 the amount but not the id.
    expect(r.matches.map((m) => [m.status, m.right.map((j) => r.right.rows[j])])).toEqual([
      ["confirmed", [2]],
    ]);
    expect(findings(r, "duplicate").map((f) => f.right)).toEqual([[2, 3]]);
  });

  it("rows sharing an id that are all confirmed are left alone", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-1 | Mike | 20.00
             2026-03-09 | INV-2 | Oscar | 20.00`,
      bank`Date | Transaction ID | Reference | Description | Amount
           2026-03-02 | T-1 | INV-1 | MIKE | 20.00
           2026-03-09 | T-1 | INV-2 | OSCAR | 20.00`,
    );
    expect(r.matches.map((m) => m.status)).toEqual(["confirmed", "confirmed"]);
    expect(findings(r, "duplicate")).toEqual([]);
  });
});

describe("open items that sum to a difference", () => {
  it("the fee booked on its own ledger line explains a match's difference", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-3001 | November Co | 1000.00
             2026-03-04 |  | Bank charges | -2.50`,
      bank`Date | Reference | Description | Amount
           2026-03-04 | INV3001 | NOVEMBER CO | 997.50`,
    );
    const found = findings(r, "sums_to_difference");
    expect(found).toEqual([expect.objectContaining({ left: [3], right: [], amount: -250, matched: true })]);
    expect(found[0]?.message).toMatch(
      /The difference of -2\.50 inside match M-[0-9a-f]{12} equals the sum of 1 open items: Ledger row 3\.$/,
    );
  });

  it("picks the open row nearest the match, equal distances by row key (text order: Ledger!10 before Ledger!9)", () => {
    const filler = Array.from({ length: 6 }, () => "2026-05-01 |  | Deposit | 5000.00").join("\n");
    const rows = `Date | Reference | Description | Amount
2026-03-10 | INV-3001 | November Co | 1000.00
${filler}
2026-03-11 |  | Bank charges | -2.50
2026-03-09 |  | Bank charges | -2.50
2026-03-10 |  | Charges | -1.00
2026-03-10 |  | Charges | -1.50
2026-03-14 |  | Bank charges | -2.50`;
    const r = runTables(
      ledger`${rows}`,
      bank`Date | Reference | Description | Amount
           2026-03-10 | INV3001 | NOVEMBER CO | 997.50`,
    );
    // Rows 11 and 12 (same day) make up the gap as a pair; one row is shorter, and of the two at one
    // day's distance, "Ledger!10" sorts first.
    expect(findings(r, "sums_to_difference").map((f) => [f.left, f.right])).toEqual([[[10], []]]);
  });

  it("a day with more open rows than are compared still yields the first by row key", () => {
    const fees = Array.from({ length: 70 }, () => "2026-03-12 |  | Bank charges | -2.50").join("\n");
    const rows = `Date | Reference | Description | Amount
2026-03-10 | INV-3001 | November Co | 1000.00
${fees}`;
    const r = runTables(
      ledger`${rows}`,
      bank`Date | Reference | Description | Amount
           2026-03-10 | INV3001 | NOVEMBER CO | 997.50`,
    );
    expect(findings(r, "sums_to_difference").map((f) => [f.left, f.right])).toEqual([[[10], []]]);
  });

  it("an unexplained statement difference equal to one open item", () => {
    const r = runTables(
      ledger`Date | Description | Amount
             2026-03-02 | Cheque 77 | -40.00`,
      bank`Date | Description | Amount
           2026-03-05 | FEE | -3.00`,
      { balances: { leftOpening: 10000, rightOpening: 6000 } },
    );
    expect(r.statements[0]?.unexplained).toBe(-4000);
    expect(findings(r, "sums_to_difference").map((f) => [f.left, f.right])).toEqual([[[2], []]]);
    expect(r.issues.map((i) => i.code)).toContain("recon_unexplained_difference");
  });
});
