/**
 * Golden cases of the default cascade where parties decide, written as the tables a user would have: a
 * payer named in a statement line, an equal reference, a bank's own fee and interest lines, a line that
 * could name either of two payers.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { openRows, runTables, viewMatches } from "../../../test/support/reconcile";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

describe("default cascade: parties", () => {
  it("amount-date: a statement line naming another payer is no candidate; naming the same one counts for it", () => {
    const r = runTables(
      ledger`Date | Party | Reference | Description | Amount
             2026-03-02 | Bear Fusion Security LLC | INV-1015798 | Bear Fusion Security invoice 1015798 | 1,250.00
             2026-03-09 | Hooli Consulting LLC | INV-1015801 | March retainer | 730.00
             2026-03-12 | Aperture Fusion Consulting AG | INV-1015802 | Workshop | 410.00`,
      bank`Date | Description | Amount
           2026-03-03 | FPS CREDIT HOOLI CONSULTING LLC | 1,250.00
           2026-03-10 | FPS CREDIT HOOLI CONSULTING LLC | 730.00
           2026-03-13 | GIRO APERTURE FUSION CONSUL REF329691 | 410.00`,
    );
    // Hooli's 1,250.00 is not Bear Fusion's invoice, however close the date.
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 3 <-> Bank 3", "confirmed", "amount-date"],
      ["Ledger 4 <-> Bank 4", "confirmed", "amount-date"],
    ]);
    expect(r.matches.map((m) => m.reason)).toEqual([
      "amount equal, date +1 day, party Hooli Consulting LLC",
      "amount equal, date +1 day, party Aperture Fusion Consulting AG",
    ]);
    expect(openRows(r)).toEqual({ left: [2], right: [2] });
  });

  it("a payer named in a description never outweighs an equal reference; a party cell does", () => {
    // Acme Holdings pays its subsidiary's invoice and quotes its number.
    const books = ledger`Date | Party | Reference | Description | Amount
                         2026-03-02 | Acme Retail Ltd | INV-2001 | Invoice 2001 | 900.00
                         2026-03-02 | Acme Holdings plc | INV-2002 | Invoice 2002 | 450.00`;
    const r = runTables(
      books,
      bank`Date | Reference | Description | Amount
           2026-03-04 | INV-2001 | TRANSFER FROM ACME HOLDINGS PLC | 900.00`,
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2 <-> Bank 2", "confirmed", "reference"],
    ]);
    expect(r.matches[0]?.reason).toBe("amount equal, date +2 days, reference INV-2001");
    // Without the reference, the named payer rules the pair out.
    const unquoted = runTables(
      books,
      bank`Date | Description | Amount
           2026-03-04 | TRANSFER FROM ACME HOLDINGS PLC | 900.00`,
    );
    expect(unquoted.matches).toEqual([]);
    // A party column naming another party still does, reference or not.
    const column = runTables(
      books,
      bank`Date | Party | Reference | Description | Amount
           2026-03-04 | Acme Holdings plc | INV-2001 | TRANSFER | 900.00`,
    );
    expect(column.matches).toEqual([]);
  });

  it("amount-date: a bank's own fee or interest line is no party's payment, but matches the book's entry for it", () => {
    const r = runTables(
      ledger`Date | Party | Description | Amount
             2026-03-02 | Wonka Supplies SA | Bill 1071110 | -12.50
             2026-03-02 | Hooli Consulting LLC | Invoice 2044 | 4.17
             2026-03-30 |  | Bank charges March | -25.00
             2026-03-31 | First Harbor Bank | Q1 | 3.90`,
      bank`Date | Description | Amount
           2026-03-03 | ACCOUNT FEE | -12.50
           2026-03-03 | INTEREST CREDIT | 4.17
           2026-03-31 | MONTHLY SERVICE CHARGE MAR 2026 | -25.00
           2026-03-31 | CREDIT INTEREST 31/03 | 3.90`,
    );
    // Same amount, one day apart: without parties these two pairs would be confirmed by amount-date.
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 4 <-> Bank 4", "confirmed", "amount-date"],
      ["Ledger 5 <-> Bank 5", "confirmed", "amount-date"],
    ]);
    expect(openRows(r)).toEqual({ left: [2, 3], right: [2, 3] });
    // A line that names its payer beside the fee word is that payer's, not the bank's own.
    const named = runTables(
      ledger`Date | Party | Description | Amount
             2026-03-02 | Hooli Consulting LLC | Late payment fee | 40.00`,
      bank`Date | Description | Amount
           2026-03-03 | FEE HOOLI CONSULTING LLC | 40.00`,
    );
    expect(named.matches.map((m) => m.reason)).toEqual([
      "amount equal, date +1 day, party Hooli Consulting LLC",
    ]);
    // An equal reference outweighs the wording, as it outweighs a payer read from a description.
    const quoted = runTables(
      ledger`Date | Party | Reference | Description | Amount
             2026-03-02 | Wonka Supplies SA | INV-7001 | Bill 7001 | -12.50`,
      bank`Date | Reference | Description | Amount
           2026-03-03 | INV-7001 | ACCOUNT FEE | -12.50`,
    );
    expect(viewMatches(quoted).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2 <-> Bank 2", "confirmed", "reference"],
    ]);
  });

  it("amount-date: a German statement's own charges and interest are read as well, compounds included", () => {
    const r = runTables(
      ledger`Date | Party | Description | Amount
             2026-03-02 | Müller Logistik GmbH | Rechnung 2044 | -9.90
             2026-03-02 | Schmidt & Söhne KG | Rechnung 2045 | 2.35
             2026-03-31 |  | Bankgebühren März | -7.50`,
      bank`Date | Description | Amount
           2026-03-03 | Kontoführungsgebühr 03/2026 | -9.90
           2026-03-03 | Habenzinsen | 2.35
           2026-03-31 | Entgelt Kontoführung März 2026 | -7.50`,
    );
    // Same amount, one day apart: without the German wording both invoices would be confirmed.
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 4 <-> Bank 4", "confirmed", "amount-date"],
    ]);
    expect(openRows(r)).toEqual({ left: [2, 3], right: [2, 3] });
  });

  it("amount-date: a line cut where two payers' names begin alike is neither's proof, but no third party's payment", () => {
    const r = runTables(
      ledger`Date | Party | Description | Amount
             2026-03-02 | Wonka Urban Consulting GmbH | Invoice 3001 | 610.00
             2026-03-02 | Wonka Urban Consulting Ltd | Invoice 3002 | 300.00
             2026-03-02 | Wonka Supplies SA | Invoice 3003 | 275.00`,
      bank`Date | Description | Amount
           2026-03-03 | FPS CREDIT WONKA URBAN CONSULTING | 610.00
           2026-03-04 | FPS CREDIT WONKA URBAN CONSULTING | 275.00`,
    );
    // 610.00 is one of the two Wonka Urban companies: it pairs, without a party in its reason.
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2 <-> Bank 2", "confirmed", "amount-date"],
    ]);
    expect(r.matches[0]?.reason).toBe("amount equal, date +1 day");
    // 275.00 came from a Wonka Urban company, not from Wonka Supplies.
    expect(openRows(r)).toEqual({ left: [3, 4], right: [3] });
  });

  it("amount-date: without a party column on either side, a fee line still pairs by amount and date", () => {
    const r = runTables(
      ledger`Date | Description | Amount
             2026-03-02 | Bill 1071110 | -12.50`,
      bank`Date | Description | Amount
           2026-03-03 | ACCOUNT FEE | -12.50`,
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2 <-> Bank 2", "confirmed", "amount-date"],
    ]);
  });

  it("amount-date: a twin payer named on both statement lines leaves the pair ambiguous", () => {
    const r = runTables(
      ledger`Date | Party | Description | Amount
             2026-03-02 | Initech Builders Inc | Subscription | -99.00
             2026-03-02 | Initech Builders Inc | Subscription | -99.00`,
      bank`Date | Description | Amount
           2026-03-03 | SEPA DD INITECH BUILDERS INC | -99.00`,
    );
    expect(viewMatches(r)).toMatchObject([{ status: "suggested", ambiguous: true }]);
    expect(r.summary.confirmed.matches).toBe(0);
  });
});
