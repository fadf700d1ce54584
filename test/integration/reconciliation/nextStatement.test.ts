/**
 * A book reconciled month after month: the ledger against March's statement, then against April's (a
 * table of its own, as Import a statement file makes it). The rows March cleared take no part in April
 * and their amounts are brought forward; April's Apply takes over the ledger's result columns, keeping
 * March's cells; March reconciled again still sees the cheque April cleared as outstanding.
 */
import {
  clearedNotes,
  createReconciliationService,
  type ReconcileOutcome,
  type ReconcileSetup,
  type ReconciliationService,
} from "../../../src/services/reconciliation";
import type { Cell } from "../../../src/core/cell";
import { BACKENDS, type Dump, type Seed } from "../../contract/backends";
import { APRIL_ROWS, bankSetup, NEXT_MONTH, ROWS } from "./fixtures";

/** The year's opening balance, typed on both months' book side. */
const OPENING = 1842035;

function cellValue(d: Dump, sheet: string, a1: string): unknown {
  const raw = d.sheets.find((s) => s.name === sheet)?.cells[a1];
  return raw === undefined ? undefined : (JSON.parse(raw) as { v: unknown }).v;
}

async function setupFor(svc: ReconciliationService, statement: string): Promise<ReconcileSetup> {
  const p = await svc.proposeSetup({ table: "Ledger" }, { table: statement }, "bank-ledger");
  return { ...p.setup, left: { ...p.setup.left, balances: { source: "typed", opening: OPENING } } };
}

async function acceptSuggestion(svc: ReconciliationService, o: ReconcileOutcome): Promise<ReconcileOutcome> {
  const suggestion = o.result.matches.find((m) => m.status === "suggested");
  if (!suggestion) throw new Error("no suggestion to accept");
  return svc.decide(o, { kind: "accept", matchId: suggestion.id });
}

describe.each(BACKENDS)("the next month's statement on $name", ({ make }) => {
  it("leaves out what March cleared, brings it forward, and takes over the ledger's result columns", async () => {
    const b = make(NEXT_MONTH);
    const svc = createReconciliationService(b.port);
    const march = await bankSetup(svc);
    const marchRun = await acceptSuggestion(svc, await svc.run(march));
    expect(marchRun.result.summary.confirmed.matches).toBe(3);
    await svc.apply(marchRun);
    const afterMarch = b.dump();

    // The proposal counts them apart already: the book side's 4 cash rows, 3 of them cleared with Bank.
    const proposal = await svc.proposeSetup({ table: "Ledger" }, { table: "April" }, "bank-ledger");
    expect([proposal.left.clearedRows, proposal.right.clearedRows]).toEqual([3, 0]);
    expect(proposal.cleared.left && [...proposal.cleared.left]).toEqual([1, 0, 1, 0, 1, 0, 0, 0]);
    const april = await setupFor(svc, "April");
    let o = await svc.run(april);
    // The receipt, the payment and the accepted receipt were cleared with Bank; the cheque is still open.
    expect(o.left.cleared).toMatchObject({ rows: 3, minor: new Map([["USD", 360860]]) });
    expect(o.left.cleared.each.row).toEqual([ROWS.ledgerReceipt, 4, ROWS.ledgerSwapped]);
    expect(o.left.set.rows).toEqual(Int32Array.from([ROWS.ledgerCheque]));
    expect(o.right.cleared.rows).toBe(0);
    expect(o.balances.left).toMatchObject({ source: "typed", opening: OPENING + 360860 });
    expect(o.balances.left.detail).toBe(
      "as typed; 3 rows cleared earlier against another table (3,608.60 USD) brought forward",
    );
    expect(clearedNotes(o)).toEqual([
      "3 rows of Ledger were cleared earlier against another table (confirmed in BO Status beside them): they take no part in this reconciliation, their 3,608.60 USD is brought forward into its opening balance, and Apply keeps their result cells.",
    ]);
    const s = o.result.summary;
    // The cheque clears 25 days after it was written: outside the rules' window, so it is suggested.
    expect([s.confirmed.matches, s.suggested.matches, s.unmatched.left.rows, s.unmatched.right.rows]).toEqual(
      [0, 1, 0, 1],
    );
    // March's fee (15.00) and the 9.00 the bank credited above the book were never booked: they stay
    // unexplained, as they are, rather than being lost with March's rows.
    expect(o.result.statements[0]).toMatchObject({
      bookBalance: OPENING + 360860 - 18690,
      statementBalance: 2193605,
      unexplained: -600,
      identityHolds: true,
    });

    o = await acceptSuggestion(svc, o);
    const receipt = await svc.apply(o);
    const applied = b.dump();
    expect(applied.tables.find((t) => t.name === "Ledger")?.address).toBe("A1:M9");
    // March's cells stay, their notes saying which table cleared them; April writes its own.
    for (const row of [ROWS.ledgerReceipt, 4, ROWS.ledgerSwapped]) {
      for (const col of ["J", "K", "L"])
        expect(cellValue(applied, "Ledger", `${col}${row}`)).toBe(
          cellValue(afterMarch, "Ledger", `${col}${row}`),
        );
      expect(cellValue(applied, "Ledger", `M${row}`)).toBe(
        `Cleared earlier with Bank: ${String(cellValue(afterMarch, "Ledger", `M${row}`))}`,
      );
    }
    expect(cellValue(applied, "Ledger", `K${ROWS.ledgerCheque}`)).toBe("confirmed");
    expect(cellValue(applied, "Ledger", `L${ROWS.ledgerCheque}`)).toBe("accepted");
    expect(cellValue(applied, "Ledger", `J${ROWS.ledgerCheque}`)).toBe(cellValue(applied, "April", "G2"));
    expect(cellValue(applied, "Ledger", `K${ROWS.ledgerOther}`)).toBe("excluded");
    // Bank's columns are March's still.
    expect(applied.sheets.find((x) => x.name === "Bank")).toEqual(
      afterMarch.sheets.find((x) => x.name === "Bank"),
    );
    // April's statement goes to a sheet of its own beside March's.
    expect(receipt.sheet).not.toBe("Reconciliation");
    const sheet = applied.sheets.find((x) => x.name === receipt.sheet);
    const texts = Object.values(sheet?.cells ?? {}).map((c) => String((JSON.parse(c) as { v: unknown }).v));
    expect(texts).toContain(
      "1 row takes part, 3 cleared earlier against another table, 4 not selected; only account 1000",
    );

    // April again: March's rows stay out, its own match is matched again, and applying again changes nothing.
    const again = await svc.run(april);
    expect(again.left.cleared.rows).toBe(3);
    expect(again.result.summary.confirmed.matches).toBe(1);
    const second = await svc.apply(again);
    expect(b.dump().sheets.find((x) => x.name === "Ledger")).toEqual(
      applied.sheets.find((x) => x.name === "Ledger"),
    );

    // Reverting April's two Applies gives March's columns back, and March reconciles as it did.
    expect(await svc.revert(second)).toBe(3);
    expect(await svc.revert(receipt)).toBe(3);
    expect(b.dump().sheets.find((x) => x.name === "Ledger")).toEqual(
      afterMarch.sheets.find((x) => x.name === "Ledger"),
    );
    const marchAgain = await svc.run(march);
    expect(marchAgain.left.cleared.rows).toBe(0);
    expect(marchAgain.result.summary).toEqual(marchRun.result.summary);
  });

  it("flags a line of April's statement that repeats one March's cleared: the downloads overlap", async () => {
    const overlapping: Seed = {
      ...NEXT_MONTH,
      sheets: NEXT_MONTH.sheets.map((sheet) =>
        sheet.name !== "April"
          ? sheet
          : {
              ...sheet,
              rows: [
                APRIL_ROWS[0] as Cell[],
                [46084, "CREDIT TRANSFER HARBOUR FOODS INV1041", "INV1041", null, 4250, 22670.35],
                ...APRIL_ROWS.slice(1),
              ],
            },
      ),
      tables: (NEXT_MONTH.tables ?? []).map((t) => (t.name === "April" ? { ...t, address: "A1:F4" } : t)),
    };
    const b = make(overlapping);
    const svc = createReconciliationService(b.port);
    await svc.apply(await svc.run(await bankSetup(svc)));
    const o = await svc.run(await setupFor(svc, "April"));
    const found = o.issues.filter((i) => i.code === "recon_matches_cleared");
    expect(found.map((i) => [i.table, i.row])).toEqual([["April", 2]]);
    expect(found[0]?.message).toBe(
      "April!April row 2: The same amount 4,250.00 USD as Ledger row 2, within days of it, which was cleared earlier against Bank: if this statement repeats lines of that one (the two overlap), this line is reconciled there already; if not, it is new.",
    );
    // The line stays open, as it is on no other statement of this run; Apply writes why beside it.
    expect(o.result.unmatched.right.map((j) => o.result.right.rows[j])).toContain(2);
    await svc.apply(o);
    // Beside the row it is about, without saying where that is.
    expect(cellValue(b.dump(), "April", "J2")).toBe(found[0]?.message.replace("April!April row 2: ", ""));
  });

  it("reconciles March again after April: the cheque April cleared is outstanding as of March", async () => {
    const b = make(NEXT_MONTH);
    const svc = createReconciliationService(b.port);
    const march = await bankSetup(svc);
    const marchRun = await acceptSuggestion(svc, await svc.run(march));
    await svc.apply(marchRun);
    await svc.apply(await acceptSuggestion(svc, await svc.run(await setupFor(svc, "April"))));

    const back = await svc.run(march);
    expect(back.left.cleared.rows).toBe(0);
    const again = await svc.proposeSetup({ table: "Ledger" }, { table: "Bank" }, "bank-ledger");
    expect(again.left.clearedRows).toBe(0);
    expect(back.result.summary).toEqual(marchRun.result.summary);
    expect(back.result.statements[0]).toEqual(marchRun.result.statements[0]);
    await svc.apply(back);
    const d = b.dump();
    expect(cellValue(d, "Ledger", `K${ROWS.ledgerCheque}`)).toBe("unmatched");
    expect(cellValue(d, "Ledger", `M${ROWS.ledgerReceipt}`)).not.toMatch(/^Cleared earlier/);
  });
});
