/**
 * The Reconciliation sheet as the user reads it: each side's rows counted by what became of them (rows the
 * bank lists as not booked yet apart from rows that could not be read), and under each statement what the
 * engine remarks on it, so a statement that does not close is read with what to check first.
 */
import { runSides, type RunSide } from "../../../test/support/runSides";
import { tableOf } from "../../../test/support/tableLiteral";
import { bareMessage } from "../../core/issues";
import type { Statement } from "../../core/reconcile";
import { createMemoryWorkbook } from "../../workbook/memory";
import { MemoryWorkbook } from "../../workbook/memory/model";
import type { OutValue } from "../../workbook/port";
import { statementSheet } from "./statementSheet";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" })`Date | Reference | Description | Amount
  2026-03-02 | INV-1  | Oscar      | 500.00
  2026-03-03 | CHQ-17 | Papa Ltd   | -120.00
  2026-03-05 | INV-3  | Romeo      | 300.00
  2026-03-09 | INV-4  | Sierra     | 250.00
  2026-03-12 | BILL-8 | Tango      | -75.50
  2026-03-16 | INV-6  | Uniform    | 410.00
  2026-03-30 | DD-31  | Stadtwerke | -98.40`;

/** DKB's Status column: the direct debit and a card payment are listed, not booked yet. */
const bank = tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Reference | Description | Amount
  2026-03-02 | Gebucht    | INV-1  | OSCAR      | 500.00
  2026-03-03 | Gebucht    | CHQ-17 | PAPA LTD   | -120.00
  2026-03-06 | Gebucht    | INV-3  | ROMEO      | 300.00
  2026-03-09 | Gebucht    | INV-4  | SIERRA     | 250.00
  2026-03-13 | Gebucht    | BILL-8 | TANGO      | -75.50
  2026-03-16 | Gebucht    | INV-6  | UNIFORM    | 410.00
  2026-03-31 | Vorgemerkt | DD-31  | STADTWERKE | -98.40
  2026-03-31 | Vorgemerkt |        | CARD 4411  | -12.90`;

/** The ledger against DKB's month, either replaced or read its own way. */
const run = (opts: { left?: Partial<RunSide>; right?: Partial<RunSide> } = {}) =>
  runSides({ table: ledger, ...opts.left }, { table: bank, ...opts.right });

const texts = (rows: readonly (readonly OutValue[])[] | undefined) =>
  (rows ?? []).map((r) =>
    r.map((v) => (v === null || typeof v !== "object" ? v : v.kind === "number" ? v.value : v.text)),
  );

/** The lines of the sheet after the statement's Check line, up to the next block (or the end). */
function afterCheck(lines: readonly (readonly OutValue[])[]): OutValue[][] {
  const all = texts(lines);
  const check = all.findIndex((l) => l[0] === "Check");
  const rest = all.slice(check + 1);
  const end = rest.findIndex((l) => l.every((v) => v === null));
  return end < 0 ? rest : rest.slice(0, end);
}

describe("the Reconciliation sheet", () => {
  it("counts the rows the bank has not booked yet as pending, not as rows that could not be read", async () => {
    const outcome = await run();
    const lines = texts(statementSheet(outcome).lines);
    expect(lines).toContainEqual(["Statement side", "Bank", "6 rows take part, 2 pending, not booked yet"]);
    expect(lines).toContainEqual(["Book side", "Ledger", "7 rows take part"]);
    expect(lines.flat().join(" ")).not.toMatch(/could not be read/);
  });

  it("says of the ledger's open entry that the bank lists its payment as pending, and where", async () => {
    const sheet = statementSheet(await run());
    expect(texts(sheet.lines)).toContainEqual(["Open in Ledger", 1, "1 pending at Bank, not booked yet"]);
    const open = sheet.tables.find((t) => t.name === "ReconOpenItems");
    expect(open?.headers.at(-1)).toBe("Finding");
    expect(texts(open?.rows)).toEqual([
      [
        "Ledger",
        "Ledger row 8",
        46111,
        -98.4,
        "DD-31",
        "Stadtwerke",
        expect.stringMatching(/^Payments in Ledger not on Bank/),
        "Pending at Bank: row 8, not booked yet",
      ],
    ]);
  });

  it("says nothing of pending payments where no open entry is one", async () => {
    const booked = tableOf({ name: "Ledger", sheet: "Ledger" })`Date | Reference | Description | Amount
      2026-03-02 | INV-1  | Oscar      | 500.00
      2026-03-10 | DD-10  | Stadtwerke | -98.40`;
    const sheet = statementSheet(await run({ left: { table: booked } }));
    expect(texts(sheet.lines)).toContainEqual(["Open in Ledger", 1, null]);
    const open = sheet.tables.find((t) => t.name === "ReconOpenItems");
    expect(texts(open?.rows).map((r) => r.at(-1))).toEqual(["", "", "", "", "", ""]);
  });

  it("counts a line stating a balance apart from the bookings", async () => {
    const starling = tableOf({
      name: "Bank",
      sheet: "Bank",
    })`Date | Counter Party | Reference | Amount | Balance
      2026-03-01 | Opening Balance |        |         | 1000.00
      2026-03-02 | OSCAR           | INV-1  | 500.00  | 1500.00
      2026-03-03 | PAPA LTD        | CHQ-17 | -120.00 | 1380.00`;
    const lines = texts(statementSheet(await run({ right: { table: starling } })).lines);
    expect(lines).toContainEqual([
      "Statement side",
      "Bank",
      "2 rows take part, 1 stating a balance, not a booking",
    ]);
  });

  it("counts the rows the bank marks declined apart from those it has not booked yet", async () => {
    const declined = tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Reference | Description | Amount
      2026-03-02 | Gebucht    | INV-1  | OSCAR      | 500.00
      2026-03-31 | Vorgemerkt | DD-31  | STADTWERKE | -98.40
      2026-03-31 | Abgelehnt  |        | CARD 4411  | -12.90`;
    const lines = texts(statementSheet(await run({ right: { table: declined } })).lines);
    expect(lines).toContainEqual([
      "Statement side",
      "Bank",
      "1 row takes part, 1 pending, not booked yet, 1 declined or cancelled, never booked",
    ]);
  });

  it("lists no remarks under a statement that closes with the signs as they are", async () => {
    const outcome = await run();
    const st = outcome.result.statements[0] as Statement;
    expect(st.remarks).toEqual([]);
    const lines = statementSheet(outcome).lines ?? [];
    expect(afterCheck(lines)).toEqual([]);
    expect(texts(lines).map((l) => l[0])).not.toContain("Warning");
  });

  it("lists the remark on signs running the other way right under the statement, once", async () => {
    const outcome = await run({ left: { reading: { sign: "flip" } } });
    const st = outcome.result.statements[0] as Statement;
    expect(st.remarks.map((r) => r.code)).toContain("recon_signs_opposite");
    const under = afterCheck(statementSheet(outcome).lines ?? []);
    expect(under).toEqual(st.remarks.map((r) => ["Warning", null, bareMessage(r)]));
    expect(
      under.filter((l) => String(l[2]).includes("the signs of one side seem to run the other way")),
    ).toEqual([
      [
        "Warning",
        null,
        'Of the amounts of Ledger that Bank has too, 6 appear there only with the opposite sign and 0 with the same sign: the signs of one side seem to run the other way (money in read as money out), so its pairs are not explained. Check which of debit and credit is money in for Ledger and for Bank, or flip the sign of one side (in a rules file, "sign": "flip" under "left" or "right"), and run again.',
      ],
    ]);
    // The issues table keeps it as it was, with its location.
    const issues = statementSheet(outcome).tables.find((t) => t.name === "ReconIssues");
    expect(texts(issues?.rows).filter((r) => r[1] === "recon_signs_opposite")).toEqual([
      [
        "warning",
        "recon_signs_opposite",
        "Ledger",
        null,
        expect.stringMatching(/^Ledger!Ledger: Of the amounts/),
      ],
    ]);
  });

  it("says under the statement that a typed closing balance disagrees, and what stays unexplained", async () => {
    // Opening 1,000.00 plus the rows (1,166.10) make 2,166.10, not 2,200.00.
    const outcome = await run({
      left: { balances: { source: "typed", opening: 100000, closing: 220000 } },
      right: { balances: { source: "typed", opening: 100000 } },
    });
    const st = outcome.result.statements[0] as Statement;
    expect(st.remarks.map((r) => r.code)).toEqual(["recon_closing_disagrees", "recon_unexplained_closing"]);
    const under = afterCheck(statementSheet(outcome).lines ?? []);
    expect(under).toEqual([
      [
        "Warning",
        null,
        "The closing balance of Ledger is 2,200.00 EUR, but its opening balance 1,000.00 EUR plus its rows make 2,166.10 EUR (33.90 EUR apart); check the closing balance, or look for a missing, duplicated or mistyped row in Ledger (the statement takes the closing balance as given).",
      ],
      ["Warning", null, bareMessage(st.remarks[1] as (typeof st.remarks)[number])],
    ]);
    expect(under[1]?.[2]).toMatch(/^-33\.90 EUR remains unexplained/);
    // Written through the gateway, the remark that opens with a minus sign stays text, not a formula.
    const wb = new MemoryWorkbook();
    await createMemoryWorkbook(wb).writeSheet(statementSheet(outcome));
    const cells = [...wb.mustSheet("Reconciliation").cells.values()];
    expect(cells.filter((c) => c.value === under[1]?.[2])).toEqual([
      expect.objectContaining({ formula: null, format: "@" }),
    ]);
  });
});
