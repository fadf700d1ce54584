/**
 * Balances a side's own rows state ("Opening balance", "Kontostand"): typed balances win, then the Balance
 * column's running balances, then the rows; where the one taken differs from the row's, a warning says
 * so, and a stated closing balance the rows do not reach is the engine's closing-disagrees warning.
 */
import { runSides } from "../../../test/support/runSides";
import { tableOf } from "../../../test/support/tableLiteral";
import { readSide } from "../../core/reconcileInput";
import { resolveBalance } from "./runEngine";
import type { BalanceSetup } from "./setup";

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

/** A bank export whose Balance column is filled on its balance rows only. */
const stated = tableOf({ name: "Bank", sheet: "Bank" })`
  Date       | Description     | Amount  | Balance
  2026-03-01 | Opening balance |         | 1000.00
  2026-03-02 | INV-1 Oscar     | 500.00  |
  2026-03-05 | INV-3 Romeo     | 300.00  |
  2026-03-31 | Closing balance |         | 1800.00
`;

const running = tableOf({ name: "Bank", sheet: "Bank" })`
  Date       | Description     | Amount  | Balance
  2026-03-01 | Opening balance |         | 1000.00
  2026-03-02 | INV-1 Oscar     | 500.00  | 1400.00
  2026-03-05 | INV-3 Romeo     | 300.00  | 1700.00
`;

const read = (t: typeof stated) => readSide(t, { side: "right", dateSystem: 1900, defaultCurrency: "USD" });

describe("a side's balances from the rows that state them", () => {
  it("are taken where nothing is typed and no Balance column gives them, saying from which rows", () => {
    for (const setup of [{ source: "none" }, { source: "column" }] as const) {
      expect(resolveBalance(read(stated), setup, "USD")).toEqual({
        source: "stated",
        opening: 100000,
        closing: 180000,
        detail: 'from the "Opening balance" row (row 2) and the "Closing balance" row (row 5)',
      });
    }
  });

  it("a German export's closing Kontostand, its figure in the amount column", () => {
    const db = tableOf({ name: "db" })`
      Buchungstag | Verwendungszweck | Betrag
      13.03.2026  | INV-1041 Müller  | "4.250,00"
      Kontostand  | 31.03.2026       | "14.250,00"
    `;
    const side = readSide(db, { side: "right", dateSystem: 1900 });
    expect(resolveBalance(side, { source: "none" })).toEqual({
      source: "stated",
      closing: 1425000,
      detail: 'from the "Kontostand" row (row 3)',
    });
  });

  it("typed balances win, the one not typed comes from its row, and a row's that differs is said", () => {
    const typed: BalanceSetup = { source: "typed", opening: 90000 };
    const b = resolveBalance(read(stated), typed, "USD");
    expect(b).toMatchObject({
      source: "typed",
      opening: 90000,
      detail: 'opening as typed; closing from the "Closing balance" row (row 5)',
    });
    expect(b.closing).toBe(180000);
    expect(b.issues?.map((i) => i.message)).toEqual([
      "Bank!Bank[Balance] row 2: The row states the opening balance as 1,000.00 USD, but 900.00 USD was typed: the statement takes the typed 900.00 USD. Check which is right.",
    ]);
  });

  it("the Balance column's running balances come first, and a row's that differs is said", () => {
    const b = resolveBalance(read(running), { source: "column" }, "USD");
    // 1,400.00 less 500.00: the row's 1,000.00 is 100.00 off.
    expect(b).toMatchObject({ source: "column", opening: 90000, closing: 170000 });
    expect(b.detail).toBe("from the Balance column, rows 3–4");
    expect(codes(b.issues ?? [])).toEqual(["recon_balance_row_differs"]);
    expect(b.issues?.[0]).toMatchObject({ row: 2, address: "D2", severity: "warning" });
    expect(b.issues?.[0]?.message).toBe(
      "Bank!Bank[Balance] row 2: The row states the opening balance as 1,000.00 USD, but the running balances in Balance make it 900.00 USD: the statement takes 900.00 USD. Check which is right; a row may be missing or mistyped.",
    );
  });
});

describe("a run with balances stated by rows", () => {
  const ledger = tableOf({ name: "Ledger", sheet: "Ledger" })`
    Date       | Reference | Description | Amount
    2026-03-02 | INV-1     | Oscar       | 500.00
    2026-03-05 | INV-3     | Romeo       | 300.00
  `;

  const run = (bank: typeof stated, right: BalanceSetup) =>
    runSides(
      { table: ledger, balances: { source: "typed", opening: 100000 } },
      { table: bank, balances: right },
      "USD",
    );

  it("closes with no unreadable row and nothing unexplained", async () => {
    const outcome = await run(stated, { source: "none" });
    expect(outcome.balances.right).toMatchObject({ source: "stated", opening: 100000, closing: 180000 });
    const st = outcome.result.statements[0];
    expect(st).toMatchObject({ unexplained: 0, identityHolds: true, statementBalance: 180000 });
    expect(codes(outcome.issues)).toEqual(["recon_balance_row", "recon_balance_row"]);
  });

  it("a stated closing balance the rows do not reach is said, as any closing balance", async () => {
    const off = tableOf({ name: "Bank", sheet: "Bank" })`
      Date       | Description     | Amount  | Balance
      2026-03-01 | Opening balance |         | 1000.00
      2026-03-02 | INV-1 Oscar     | 500.00  |
      2026-03-05 | INV-3 Romeo     | 300.00  |
      2026-03-31 | Closing balance |         | 1850.00
    `;
    const outcome = await run(off, { source: "none" });
    expect(codes(outcome.issues)).toContain("recon_closing_disagrees");
  });

  it("a row's balance that the Balance column's differs from is among the run's issues", async () => {
    const outcome = await run(running, { source: "column" });
    expect(codes(outcome.issues)).toContain("recon_balance_row_differs");
  });
});
