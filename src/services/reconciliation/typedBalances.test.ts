/**
 * Balances typed for the demo's Ledger and BankStatement, run through the service as the pane runs them:
 * DR/CR read in the side's own sign convention, and doubtful text refused before anything runs.
 */
import { createDemoWorkbook } from "../demo/demoWorkbook";
import { BalanceError, createReconciliationService, type ReconcileSetup } from ".";
import type { SideRecords } from "../../core/reconcileInput";
import { resolveBalance, unplaced } from "./runEngine";
import type { BalanceSetup } from "./setup";
import { readTypedBalances } from "./typedBalances";

async function demo() {
  const svc = createReconciliationService(createDemoWorkbook());
  const p = await svc.proposeSetup({ table: "Ledger" }, { table: "BankStatement" }, "bank-ledger");
  return { svc, p };
}

function typed(opening?: string, closing?: string): BalanceSetup {
  return {
    source: "typed",
    text: { ...(opening !== undefined ? { opening } : {}), ...(closing !== undefined ? { closing } : {}) },
  };
}

function withBalances(setup: ReconcileSetup, left: BalanceSetup, right?: BalanceSetup): ReconcileSetup {
  return {
    ...setup,
    left: { ...setup.left, balances: left },
    ...(right ? { right: { ...setup.right, balances: right } } : {}),
  };
}

describe("typed balances through the service", () => {
  it("reads the ledger's DR opening as money in, as its Debit column reads", async () => {
    const { svc, p } = await demo();
    const plain = await svc.run(withBalances(p.setup, typed("18,420.35")));
    const st = plain.result.statements[0];
    expect(st?.unexplained).toBe(0);
    for (const text of ["18,420.35 DR", "18,420.35 Dr", "18.420,35 S", "18.420,35 Soll", "18,420.35 debit"]) {
      const o = await svc.run(withBalances(p.setup, typed(text)));
      expect([text, o.balances.left.opening, o.result.statements[0]?.bookBalance]).toEqual([
        text,
        1842035,
        st?.bookBalance,
      ]);
    }
    const credit = await svc.run(withBalances(p.setup, typed("18,420.35 CR")));
    expect(credit.balances.left.opening).toBe(-1842035);
  });

  it("reads the bank's DR opening as an overdraft, and follows the switch the user turns", async () => {
    const { svc, p } = await demo();
    const overdraft = await svc.run(withBalances(p.setup, typed("18420.35"), typed("18,420.35 DR")));
    expect(overdraft.balances.right.opening).toBe(-1842035);
    const held = await svc.run(withBalances(p.setup, typed("18420.35"), typed("18,420.35 H")));
    expect(held.balances.right.opening).toBe(1842035);
    // Debit made money in on the bank side too: its DR balance is then money in.
    const turned = withBalances(p.setup, typed("18420.35"), typed("18,420.35 DR"));
    const o = await svc.run({
      ...turned,
      right: { ...turned.right, reading: { ...turned.right.reading, debitCredit: "debit-positive" } },
    });
    expect(o.balances.right.opening).toBe(1842035);
  });

  it("keeps the setup it was given, typed text and all, and reads it again on a decision", async () => {
    const { svc, p } = await demo();
    const setup = withBalances(p.setup, typed("18,420.35 DR"));
    const o = await svc.run(setup);
    expect(o.setup).toBe(setup);
    const suggestion = o.result.matches.find((m) => m.status === "suggested");
    if (!suggestion) throw new Error("the demo has a suggestion");
    const after = await svc.decide(o, { kind: "accept", matchId: suggestion.id });
    expect(after.setup).toBe(setup);
    expect(after.balances.left.opening).toBe(1842035);
  });

  it.each([
    [
      "opening",
      "18,420.355",
      'The opening balance of Ledger: "18,420.355" has more decimals than USD has (2).',
    ],
    [
      "opening",
      "18.420",
      'The opening balance of Ledger: "18.420" has more decimals than USD has (2); if the "." separates thousands, type 18420.',
    ],
    [
      "closing",
      "€18,420.35",
      'The closing balance of Ledger: "€18,420.35" is in EUR, but this reconciliation is in USD.',
    ],
    [
      "closing",
      "18,420.35 GBP",
      'The closing balance of Ledger: "18,420.35 GBP" is in GBP, but this reconciliation is in USD.',
    ],
    [
      "opening",
      "(18,420.35) DR",
      'The opening balance of Ledger: "(18,420.35) DR" has more than one sign (-, +, parentheses, DR/CR or S/H).',
    ],
    ["opening", "abc", 'The opening balance of Ledger: unexpected "a" in "abc".'],
  ] as const)("refuses the %s balance %s before anything runs", async (key, text, message) => {
    const { svc, p } = await demo();
    const setup = withBalances(p.setup, key === "opening" ? typed(text) : typed(undefined, text));
    const run = svc.run(setup);
    await expect(run).rejects.toThrow(BalanceError);
    await expect(run).rejects.toMatchObject({ side: "left", key, message });
  });

  it("refuses a balance the pane marked as not reading", async () => {
    const { svc, p } = await demo();
    const setup = withBalances(p.setup, { source: "typed", opening: 1842035, unreadable: ["closing"] });
    await expect(svc.run(setup)).rejects.toMatchObject({
      name: "BalanceError",
      side: "left",
      key: "closing",
      message: "The closing balance of Ledger does not read as an amount.",
    });
  });

  it("takes the run's own currency and its sign, and a balance given as a number as before", async () => {
    const { svc, p } = await demo();
    for (const text of ["$18,420.35", "18,420.35 USD", "USD 18,420.35"]) {
      const o = await svc.run(withBalances(p.setup, typed(text)));
      expect([text, o.balances.left.opening]).toEqual([text, 1842035]);
    }
    const number = await svc.run(withBalances(p.setup, { source: "typed", opening: -1842035 }));
    expect(number.balances.left.opening).toBe(-1842035);
  });
});

describe("balances typed on a run in several currencies", () => {
  /** The demo's setup with the run's currency as a run in several has it (none), and bank balances typed. */
  async function several(right: BalanceSetup): Promise<ReconcileSetup> {
    const { p } = await demo();
    return withBalances({ ...p.setup, currency: "" }, p.setup.left.balances, right);
  }
  const rows = (...currencies: string[]) => ({ decimalSeparator: undefined, currencies });

  it("takes one naming a currency the side's rows are in, at that currency's decimals", async () => {
    const setup = await several(typed("¥1,000,000"));
    const read = readTypedBalances(setup, { left: rows("JPY", "USD"), right: rows("EUR", "JPY", "USD") });
    expect(read.right.balances).toMatchObject({ source: "typed", opening: 1000000, currency: "JPY" });
  });

  it("refuses one naming a currency none of the side's rows is in, naming theirs", async () => {
    const setup = await several(typed(undefined, "1,000.00 GBP"));
    const read = () => readTypedBalances(setup, { left: rows("GBP"), right: rows("EUR", "JPY", "USD") });
    expect(read).toThrow(BalanceError);
    expect(read).toThrow(
      expect.objectContaining({
        side: "right",
        key: "closing",
        message: "The closing balance of BankStatement is in GBP, but its rows are in EUR, JPY and USD.",
      }),
    );
  });

  it("carries the named currency into the resolved balance, and says where a bare one goes to none", () => {
    const side = (currencies: string[]) =>
      ({
        currencies,
        table: { headers: [] },
        map: {},
        balance: null,
        balanceRows: [],
      }) as unknown as SideRecords;
    const yen = resolveBalance(
      side(["JPY", "USD"]),
      { source: "typed", opening: 1000000, currency: "JPY" },
      "",
    );
    expect(yen).toEqual({ source: "typed", opening: 1000000, currency: "JPY", detail: "as typed" });
    expect(unplaced(yen, side(["JPY", "USD"]), side(["USD"]), "")).toBe(yen);
    const bare = resolveBalance(side(["JPY", "USD"]), { source: "typed", opening: 100000 }, "");
    expect(unplaced(bare, side(["JPY", "USD"]), side(["USD"]), "")).toEqual({
      source: "typed",
      opening: 100000,
      detail: "as typed, but in no statement: its currency is not named",
    });
    // Rows in one currency, or some naming none (the run's default), take it.
    expect(unplaced(bare, side(["USD"]), side(["EUR", "USD"]), "")).toBe(bare);
    expect(unplaced(bare, side(["EUR", "USD"]), side(["", "USD"]), "")).toBe(bare);
  });
});
