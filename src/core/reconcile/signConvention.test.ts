/** One side's signs the wrong way round: said once for the run, and its pairs never read as explained. */
import fc from "fast-check";
import { tableOf } from "../../../test/support/tableLiteral";
import { runTables } from "../../../test/support/reconcile";
import { sumMinor } from "../money";
import { mulberry32 } from "../random";
import { generatePair } from "./generate/generatePair";
import { reconcile } from "./reconcile";
import type { RecordSet, Statement, StatementLineKind } from "./types";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

const books = ledger`Date | Reference | Description | Amount
                     2026-03-02 | INV-1041 | Harbour Foods | 4250.00
                     2026-03-03 | BILL-552 | Greenline | -1875.40
                     2026-03-05 | RENT-03 | City Properties | -3200.00
                     2026-03-09 | INV-1044 | Blue Fin Cafe | 615.75
                     2026-03-12 | PAY-0312 | Payroll | -9640.00
                     2026-03-16 | UT-7781 | Metro Utilities | -412.66
                     2026-03-20 | INV-1049 | Oak & Iron | 5100.00
                     2026-03-24 | CHQ-318 | Sparrow | -186.90`;
/** The same month as the bank has it, read with its signs the other way round. */
const turned = bank`Date | Reference | Description | Amount
                    2026-03-03 | INV-1041 | HARBOUR FOODS | -4250.00
                    2026-03-05 | BILL-552 | GREENLINE | 1875.40
                    2026-03-05 | RENT-03 | CITY PROPERTIES | 3200.00
                    2026-03-10 | INV-1044 | BLUE FIN CAFE | -615.75
                    2026-03-12 | PAY-0312 | PAYROLL | 9640.00
                    2026-03-18 | UT-7781 | METRO UTILITIES | 412.66
                    2026-03-21 | INV-1049 | OAK & IRON | -5100.00`;

const line = (st: Statement, kind: StatementLineKind) => st.lines.find((l) => l.kind === kind);

describe("one side's signs running the other way", () => {
  it("is said once for the run, naming both sides and what to check", () => {
    const r = runTables(books, turned);
    const said = r.issues.filter((i) => i.code === "recon_signs_opposite");
    expect(said.map((i) => [i.severity, i.message])).toEqual([
      [
        "warning",
        'Ledger!Ledger: Of the amounts of Ledger that Bank has too, 7 appear there only with the opposite sign and 0 with the same sign: the signs of one side seem to run the other way (money in read as money out), so its pairs are not explained. Check which of debit and credit is money in for Ledger and for Bank, or flip the sign of one side (in a rules file, "sign": "flip" under "left" or "right"), and run again.',
      ],
    ]);
  });

  it("says of each pair that its amounts are opposite in sign, and proposes no fee for it", () => {
    const r = runTables(books, turned);
    const pairs = r.matches.filter((m) => m.difference !== 0);
    expect(pairs.length).toBe(7);
    const rent = r.matches.find((m) => r.left.reference[m.left[0] as number] === "RENT-03");
    expect(rent?.reason).toBe(
      "amounts opposite in sign (-3,200.00 vs 3,200.00), same date, reference RENT-03",
    );
    const kinds = new Set(r.adjustments.map((a) => a.kind));
    expect([...kinds]).toEqual(["sign_flip"]);
    const rentFix = r.adjustments.find((a) => a.matchId === rent?.id);
    expect(rentFix?.description).toBe(
      `Correction to review of 6,400.00 on match ${rent?.id}: amounts opposite in sign (-3,200.00 vs 3,200.00)`,
    );
  });

  it("leaves each pair's sign slip to the run's one warning: no per-pair sign flip issues", () => {
    const r = runTables(books, turned);
    expect(r.issues.filter((i) => i.code === "recon_sign_flip")).toEqual([]);
    // The rows still say it, each in its own reason.
    expect(r.matches.filter((m) => m.reason.startsWith("amounts opposite in sign")).length).toBe(7);
  });

  it("keeps their differences off the lines of differences to review, and the statement says why", () => {
    const r = runTables(books, turned);
    const st = r.statements[0] as Statement;
    expect(line(st, "suggested_differences")).toMatchObject({ effect: 0, count: 0 });
    expect(line(st, "confirmed_differences")).toMatchObject({ effect: 0, count: 0 });
    const opposite = line(st, "opposite_sign_differences");
    expect(opposite).toMatchObject({
      label:
        "Differences inside matches of amounts opposite in sign (not explained: check the signs of Ledger and Bank)",
      count: 7,
    });
    expect(opposite?.effect).toBe(sumMinor(r.matches.map((m) => m.difference)));
    // Nothing forced: the identity is exact, and what stays unexplained is what it was.
    expect(st.identityHolds).toBe(true);
    expect(sumMinor([st.bookBalance, ...st.lines.map((l) => l.effect)])).toBe(st.statementBalance);
    expect(st.remarks.map((i) => i.code)).toEqual(["recon_signs_opposite"]);
  });

  it("is not said of normal books, where refunds and reversals appear with either sign", () => {
    const normal = bank`Date | Reference | Description | Amount
                        2026-03-03 | INV-1041 | HARBOUR FOODS | 4250.00
                        2026-03-05 | BILL-552 | GREENLINE | -1875.40
                        2026-03-05 | RENT-03 | CITY PROPERTIES | -3200.00
                        2026-03-06 | RENT-03 | RENT REVERSED | 3200.00
                        2026-03-10 | INV-1044 | BLUE FIN CAFE | 615.75
                        2026-03-11 | | REFUND BLUE FIN | -615.75
                        2026-03-12 | PAY-0312 | PAYROLL | -9640.00
                        2026-03-18 | UT-7781 | METRO UTILITIES | 412.66
                        2026-03-21 | INV-1049 | OAK & IRON | 5100.00
                        2026-03-25 | | CHQ 318 RETURNED | 186.90`;
    const r = runTables(books, normal);
    expect(r.issues.map((i) => i.code)).not.toContain("recon_signs_opposite");
    const st = r.statements[0] as Statement;
    // The line is there only while the signs seem turned.
    expect(line(st, "opposite_sign_differences")).toBeUndefined();
    expect(st.remarks).toEqual([]);
  });

  it("is not said for a few sign slips: too few to be a convention", () => {
    const r = runTables(
      books,
      bank`Date | Reference | Description | Amount
           2026-03-03 | INV-1041 | HARBOUR FOODS | -4250.00
           2026-03-05 | BILL-552 | GREENLINE | 1875.40
           2026-03-05 | RENT-03 | CITY PROPERTIES | 3200.00`,
    );
    expect(r.issues.map((i) => i.code)).not.toContain("recon_signs_opposite");
    // A pair of opposite amounts is still a slip to correct, never a fee.
    expect(r.matches.map((m) => m.reason.split(", ")[0])).toEqual([
      "amounts opposite in sign (4,250.00 vs -4,250.00)",
      "amounts opposite in sign (-1,875.40 vs 1,875.40)",
      "amounts opposite in sign (-3,200.00 vs 3,200.00)",
    ]);
    expect(r.adjustments.map((a) => a.kind)).toEqual(["sign_flip", "sign_flip", "sign_flip"]);
  });

  const negated = (set: RecordSet): RecordSet => ({ ...set, minor: set.minor.map((m) => -m + 0) });

  it("is said of generated books with one side negated, and never of them as generated", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const g = generatePair({ size: 200, random: mulberry32(seed), startDay: 20454 });
        const said = (left: RecordSet, right: RecordSet) =>
          reconcile(left, right).issues.some((i) => i.code === "recon_signs_opposite");
        expect(said(g.left, g.right)).toBe(false);
        expect(said(g.left, negated(g.right))).toBe(true);
        expect(said(negated(g.left), g.right)).toBe(true);
      }),
      { numRuns: 10 },
    );
  });
});

describe("a customer's statement not mirrored, its invoices all paid in full", () => {
  // Each invoice's amount is also its payment's: every amount is on both sides with both signs, and only
  // the rows that share a reference show which way the statement's signs run.
  const receivables = ledger`Date | Reference | Description | Amount
                             2026-03-02 | INV-2001 | Invoice | 1000.00
                             2026-03-04 | INV-2002 | Invoice | 2500.00
                             2026-03-06 | INV-2003 | Invoice | 730.00
                             2026-03-09 | INV-2004 | Invoice | 1200.00
                             2026-03-11 | INV-2005 | Invoice | 455.50
                             2026-03-12 | PMT-1 | Payment | -1000.00
                             2026-03-14 | PMT-2 | Payment | -2500.00
                             2026-03-16 | PMT-3 | Payment | -730.00
                             2026-03-18 | PMT-4 | Payment | -1200.00
                             2026-03-20 | PMT-5 | Payment | -455.50`;
  const unmirrored = bank`Date | Reference | Description | Amount
                          2026-03-02 | INV-2001 | Rechnung | -1000.00
                          2026-03-04 | INV-2002 | Rechnung | -2500.00
                          2026-03-06 | INV-2003 | Rechnung | -730.00
                          2026-03-09 | INV-2004 | Rechnung | -1200.00
                          2026-03-11 | INV-2005 | Rechnung | -455.50
                          2026-03-12 | | Zahlung | 1000.00
                          2026-03-14 | | Zahlung | 2500.00
                          2026-03-16 | | Zahlung | 730.00
                          2026-03-18 | | Zahlung | 1200.00
                          2026-03-20 | | Zahlung | 455.50`;

  it("is said by the rows that share a reference, where the amounts alone cannot tell", () => {
    const r = runTables(receivables, unmirrored);
    const said = r.issues.filter((i) => i.code === "recon_signs_opposite");
    expect(said.map((i) => i.message.split(":")[1]?.trim())).toEqual([
      "Of the rows of Ledger whose reference Bank has too, 5 have their amount there only with the opposite sign and 0 with the same sign",
    ]);
  });

  it("is not said where the statement is mirrored", () => {
    const mirrored = bank`Date | Reference | Description | Amount
                          2026-03-02 | INV-2001 | Invoice | 1000.00
                          2026-03-04 | INV-2002 | Invoice | 2500.00
                          2026-03-06 | INV-2003 | Invoice | 730.00
                          2026-03-09 | INV-2004 | Invoice | 1200.00
                          2026-03-11 | INV-2005 | Invoice | 455.50
                          2026-03-12 | | Payment | -1000.00
                          2026-03-14 | | Payment | -2500.00`;
    expect(runTables(receivables, mirrored).issues.map((i) => i.code)).not.toContain("recon_signs_opposite");
  });
});
