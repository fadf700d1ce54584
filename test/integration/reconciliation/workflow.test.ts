/**
 * The reconciliation service over both workbook ports (memory, and office over the Excel simulator):
 * propose, run, review, apply, re-run, revert — and what the workbook and its settings hold at each step.
 */
import type { Cell } from "../../../src/core/cell";
import { isWorkbookError } from "../../../src/workbook/errors";
import {
  createReconciliationService,
  DecisionError,
  matchViews,
  openItems,
  settingKey,
  type ReconcileOutcome,
} from "../../../src/services/reconciliation";
import { BACKENDS, type Dump } from "../../contract/backends";
import { bankSetup, BOOKS, ROWS } from "./fixtures";

/** The workbook without our saved review settings: decisions are configuration and outlive a revert. */
function withoutPairSettings(d: Dump): Dump {
  const settings = { ...d.settings };
  delete settings[settingKey("Ledger", "Bank")];
  return { ...d, settings };
}

function cellValue(d: Dump, sheet: string, a1: string): unknown {
  const raw = d.sheets.find((s) => s.name === sheet)?.cells[a1];
  return raw === undefined ? undefined : (JSON.parse(raw) as { v: unknown }).v;
}

describe.each(BACKENDS)("reconciliation service on $name", ({ make }) => {
  it("proposes the bank-vs-ledger setup from the tables", async () => {
    const b = make(BOOKS);
    const svc = createReconciliationService(b.port);
    expect(svc.suggestTables(await svc.listTables(), "bank-ledger")).toEqual({
      left: "Ledger",
      right: "Bank",
    });
    const p = await svc.proposeSetup({ table: "Ledger" }, { table: "Bank" }, "bank-ledger");
    expect(p.setup.left.selection).toEqual({ field: "account", values: ["1000"] });
    expect(p.setup.left.reading.debitCredit).toBe("debit-positive");
    expect(p.setup.right.reading.debitCredit).toBe("credit-positive");
    expect(p.right.columns).toMatchObject({ debit: "Paid Out", credit: "Paid In", balance: "Balance" });
    expect(p.right.columnBalances).toMatchObject({ opening: 1842035, closing: 2202295 });
    expect(p.setup.right.balances).toEqual({ source: "column" });
    expect(p.setup.currency).toBe("USD");
    expect(p.left.selectionChoices[0]).toEqual({ value: "1000", count: 4 });
  });

  it("reads the statement's running balance in its own side's sign when the sides are swapped", async () => {
    const b = make(BOOKS);
    const svc = createReconciliationService(b.port);
    // The bank as the book side still reads Paid In as money in (its columns say so), so its Balance runs
    // with its amounts.
    const p = await svc.proposeSetup({ table: "Bank" }, { table: "Ledger" }, "bank-ledger");
    expect(p.left.columnBalances).toMatchObject({ opening: 1842035, closing: 2202295, turned: false });
    const o = await svc.run({
      ...p.setup,
      right: { ...p.setup.right, selection: { field: "account", values: ["1000"] } },
    });
    const st = o.result.statements[0];
    expect(st?.identityHolds).toBe(true);
    // What stays unexplained is the ledger's opening balance, not typed: the bank's, and nothing else.
    expect(st?.unexplained).toBe(-1842035);
  });

  it("runs, takes a review decision, applies beside both tables, re-applies in place and reverts", async () => {
    const b = make(BOOKS);
    const before = b.dump();
    const svc = createReconciliationService(b.port);
    const setup = await bankSetup(svc);
    const phases: string[] = [];
    let o: ReconcileOutcome = await svc.run(setup, { onProgress: (p) => phases.push(p.phase) });
    expect(phases[0]).toBe("Reading Ledger");
    expect(phases).toContain("Reading Bank");
    const s = o.result.summary;
    expect([s.confirmed.matches, s.suggested.matches, s.unmatched.left.rows, s.unmatched.right.rows]).toEqual(
      [2, 1, 1, 1],
    );
    expect(o.result.statements[0]).toMatchObject({
      unexplained: 0,
      identityHolds: true,
      bookBalance: 2184205,
    });
    expect(openItems(o, "left").map((x) => x.row)).toEqual([ROWS.ledgerCheque]);
    expect(openItems(o, "right").map((x) => x.row)).toEqual([ROWS.bankFee]);

    const suggestion = matchViews(o, "suggested")[0];
    expect(suggestion?.left.map((r) => r.row)).toEqual([ROWS.ledgerSwapped]);
    expect(suggestion?.difference).toBe(900);
    o = await svc.decide(o, { kind: "accept", matchId: suggestion?.id ?? "" });
    expect(matchViews(o, "suggested")).toEqual([]);
    const accepted = matchViews(o, "confirmed").find((m) => m.id === suggestion?.id);
    expect(accepted).toMatchObject({ decidedBy: "user", difference: 900 });

    // Hazard 22: the document keeps row keys and configuration, never descriptions, parties or amounts.
    const saved = JSON.stringify(await b.port.getSetting(settingKey("Ledger", "Bank")));
    expect(saved).toContain("Ledger!6");
    for (const data of ["Northwind", "INV-1043", "1234", "Receipt", "Harbour"])
      expect(saved).not.toContain(data);

    const receipt = await svc.apply(o);
    expect(receipt.operations.map((op) => op.kind)).toEqual([
      "writeResultColumns",
      "writeResultColumns",
      "writeSheet",
    ]);
    const applied = b.dump();
    expect(cellValue(applied, "Ledger", "J1")).toBe("BO Match ID");
    expect(cellValue(applied, "Ledger", "M1")).toBe("BO Note");
    expect(cellValue(applied, "Ledger", `K${ROWS.ledgerReceipt}`)).toBe("confirmed");
    expect(cellValue(applied, "Ledger", `K${ROWS.ledgerOther}`)).toBe("excluded");
    expect(cellValue(applied, "Ledger", `K${ROWS.ledgerCheque}`)).toBe("unmatched");
    expect(cellValue(applied, "Ledger", `L${ROWS.ledgerSwapped}`)).toBe("accepted");
    expect(cellValue(applied, "Ledger", `J${ROWS.ledgerSwapped}`)).toBe(suggestion?.id);
    expect(cellValue(applied, "Bank", `G${ROWS.bankSwapped}`)).toBe(suggestion?.id);
    expect(cellValue(applied, "Bank", `H${ROWS.bankFee}`)).toBe("unmatched");
    // The user's own cells, fills and notes are untouched.
    for (const sheet of ["Ledger", "Bank"]) {
      const was = before.sheets.find((x) => x.name === sheet);
      const now = applied.sheets.find((x) => x.name === sheet);
      for (const [a1, v] of Object.entries(was?.cells ?? {})) expect(now?.cells[a1]).toBe(v);
      expect(now?.notes).toEqual(was?.notes);
    }
    expect(applied.tables.find((t) => t.name === "Ledger")?.address).toBe("A1:M9");
    const open = await b.port.readTable({ table: "ReconOpenItems" });
    expect(open.sheet).toBe("Reconciliation");
    expect(open.columns[1]).toEqual([`Ledger row ${ROWS.ledgerCheque}`, `Bank row ${ROWS.bankFee}`]);
    const sheetA = applied.sheets.find((x) => x.name === "Reconciliation");
    const texts = Object.values(sheetA?.cells ?? {}).map((c) => String((JSON.parse(c) as { v: unknown }).v));
    expect(texts).toContain("Unexplained difference");
    expect(texts).toContain("holds");

    // Re-run with the saved decision and apply again: the same outputs, replaced in place.
    const again = await svc.run(setup);
    expect(again.result.summary.confirmed.matches).toBe(3);
    const second = await svc.apply(again);
    const reapplied = b.dump();
    expect(reapplied.sheets.map((x) => x.name)).toEqual(applied.sheets.map((x) => x.name));
    expect(reapplied.tables.map((t) => [t.name, t.address])).toEqual(
      applied.tables.map((t) => [t.name, t.address]),
    );
    expect(reapplied.sheets.find((x) => x.name === "Ledger")).toEqual(
      applied.sheets.find((x) => x.name === "Ledger"),
    );

    // The second Apply stands on the first: each is there until the change before it is the newest again.
    expect(second.beneath).toBe(receipt.operations[2]?.operationId);
    expect([svc.applied(receipt), svc.applied(second)]).toEqual([true, true]);
    await b.port.revertLast();
    expect([svc.applied(receipt), svc.applied(second)]).toEqual([true, true]);
    expect(await svc.revert(second)).toBe(2);
    expect([svc.applied(receipt), svc.applied(second)]).toEqual([true, false]);
    expect(withoutPairSettings(b.dump())).toEqual(withoutPairSettings(applied));
    expect(await svc.revert(receipt)).toBe(3);
    expect(svc.applied(receipt)).toBe(false);
    expect(withoutPairSettings(b.dump())).toEqual(withoutPairSettings(before));
    await expect(svc.revert(receipt)).rejects.toThrow("Nothing of this reconciliation is left to revert");
  });

  it("keeps manual matches, rejections and unmatches across runs", async () => {
    const b = make(BOOKS);
    const svc = createReconciliationService(b.port);
    const setup = await bankSetup(svc);
    let o = await svc.run(setup);
    const suggestion = matchViews(o, "suggested")[0];
    o = await svc.decide(o, { kind: "reject", matchId: suggestion?.id ?? "" });
    expect(matchViews(o, "suggested").map((m) => m.id)).not.toContain(suggestion?.id);
    o = await svc.decide(o, { kind: "match", left: ["Ledger!8"], right: ["Bank!5"] });
    const manual = matchViews(o, "confirmed").find((m) => m.rule === "manual");
    expect(manual?.left.map((r) => r.row)).toEqual([8]);
    expect(manual?.right.map((r) => r.row)).toEqual([5]);
    const confirmed = matchViews(o, "confirmed").find((m) => m.left[0]?.row === ROWS.ledgerReceipt);
    o = await svc.decide(o, { kind: "unmatch", matchId: confirmed?.id ?? "" });
    expect(openItems(o, "left").map((x) => x.row)).toContain(ROWS.ledgerReceipt);

    const rerun = await svc.run(setup);
    expect(
      matchViews(rerun)
        .map((m) => m.id)
        .sort(),
    ).toEqual(
      matchViews(o)
        .map((m) => m.id)
        .sort(),
    );
    expect(openItems(rerun, "left").map((x) => x.row)).toEqual(openItems(o, "left").map((x) => x.row));

    const reset = await svc.decide(rerun, { kind: "reset" });
    expect(reset.result.summary.confirmed.matches).toBe(2);
    expect(reset.result.summary.suggested.matches).toBe(1);
  });

  it("leaves an outcome as it was when later decisions re-run the engine in its working memory", async () => {
    const b = make(BOOKS);
    const svc = createReconciliationService(b.port);
    const first = await svc.run(await bankSetup(svc));
    const shown = (o: ReconcileOutcome): string =>
      JSON.stringify({
        matches: o.result.matches.map((m) => [m.id, m.status, m.rule, m.left, m.right, m.score, m.reason]),
        leftMatch: Array.from(o.result.leftMatch),
        rightMatch: Array.from(o.result.rightMatch),
        statements: o.result.statements,
        findings: o.result.findings,
        summary: o.result.summary,
      });
    const before = shown(first);
    const suggestion = matchViews(first, "suggested")[0]?.id ?? "";
    const accepted = await svc.decide(first, { kind: "accept", matchId: suggestion });
    const unmatched = await svc.decide(accepted, { kind: "unmatch", matchId: suggestion });
    expect(shown(unmatched)).not.toBe(shown(accepted));
    expect(shown(first)).toBe(before);
    expect(matchViews(accepted, "confirmed").some((m) => m.id === suggestion)).toBe(true);
  });

  it("refuses to apply over rows inserted since the run, writing nothing", async () => {
    const b = make(BOOKS);
    const svc = createReconciliationService(b.port);
    const o = await svc.run(await bankSetup(svc));
    b.user.insertRows("Bank", 3, 1);
    const changed = b.dump();
    const e = await svc.apply(o).then(
      () => null,
      (x: unknown) => x,
    );
    expect(isWorkbookError(e) && e.code).toBe("data_changed");
    expect(isWorkbookError(e) && e.details.outcome).toBe("restored");
    expect((e as Error).message).toContain("as it was before");
    expect(b.dump()).toEqual(changed);
  });

  it("reports unreadable rows in the result columns instead of dropping them", async () => {
    const sheets = BOOKS.sheets.map((s) =>
      s.name === "Ledger"
        ? {
            ...s,
            rows: s.rows?.map((r, i): readonly Cell[] =>
              i === 3 ? [...r.slice(0, 5), "12,3,4", ...r.slice(6)] : r,
            ),
          }
        : s,
    );
    const b = make({ ...BOOKS, sheets });
    const svc = createReconciliationService(b.port);
    const o = await svc.run(await bankSetup(svc));
    expect(o.issues.map((i) => [i.code, i.row, i.column])).toContainEqual(["amount_invalid", 4, "Credit"]);
    await svc.apply(o);
    expect(cellValue(b.dump(), "Ledger", "K4")).toBe("unreadable");
    expect(String(cellValue(b.dump(), "Ledger", "M4"))).toContain("Ledger!Ledger[Credit] row 4");
  });
  it("leaves a blank spacer row out, without an issue, and its result cells blank", async () => {
    // The statement's fee line (row 5) becomes a blank row; the table keeps its size.
    const sheets = BOOKS.sheets.map((s) =>
      s.name === "Bank"
        ? { ...s, rows: s.rows?.map((r, i): readonly Cell[] => (i === 4 ? r.map(() => null) : r)) }
        : s,
    );
    const b = make({ ...BOOKS, sheets });
    const svc = createReconciliationService(b.port);
    const p = await svc.proposeSetup({ table: "Ledger" }, { table: "Bank" }, "bank-ledger");
    expect(p.right.rows).toBe(3);
    const o = await svc.run(await bankSetup(svc));
    expect(o.issues.filter((i) => i.row === 5)).toEqual([]);
    expect(o.result.summary.unmatched.right.rows).toBe(0);
    await svc.apply(o);
    const d = b.dump();
    expect(cellValue(d, "Bank", "G4")).toBeDefined();
    for (const col of ["G", "H", "I", "J"]) expect(cellValue(d, "Bank", `${col}5`) ?? "").toBe("");
  });
});

describe("reconciliation service details", () => {
  it("refuses a decision the document's settings cannot hold, and nothing changes", async () => {
    const b = BACKENDS[0]!.make(BOOKS);
    const svc = createReconciliationService(b.port);
    const o = await svc.run(await bankSetup(svc));
    const saved = b.dump().settings[settingKey("Ledger", "Bank")];
    // A hand-made match of 6,000 rows: its keys alone are more than a setting holds.
    const left = Array.from({ length: 6000 }, (_, k) => `Ledger!${100000 + k}`);
    const error = await svc.decide(o, { kind: "match", left, right: ["Bank!2"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecisionError);
    expect((error as Error).message).toMatch(
      /^This decision was not taken: the review decisions for Ledger and Bank would no longer fit the document's settings \(for a pair, about 900 matches accepted one at a time or made by hand.*\)\. Nothing changed\.$/,
    );
    expect(b.dump().settings[settingKey("Ledger", "Bank")]).toEqual(saved);
    const again = await svc.decide(o, { kind: "reset" });
    expect(again.result.summary).toEqual(o.result.summary);
  });

  it("refuses accepting together past the settings limit, says to accept fewer, and nothing changes", async () => {
    const b = BACKENDS[0]!.make(BOOKS);
    const svc = createReconciliationService(b.port);
    const o = await svc.run(await bankSetup(svc));
    const saved = b.dump().settings[settingKey("Ledger", "Bank")];
    // 40,000 ids accepted earlier fill the parts a pair keeps: there is no room for more.
    const earlier = Array.from({ length: 40_000 }, (_, k) => `M-${k.toString(16).padStart(12, "0")}`);
    const full = { ...o, decisions: { ...o.decisions, accepted: earlier } };
    const ids = matchViews(o, "suggested").map((m) => m.id);
    expect(ids.length).toBeGreaterThan(0);
    const error = await svc.decide(full, { kind: "acceptAll", matchIds: ids }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecisionError);
    expect((error as Error).message).toMatch(
      /and 40,000 suggestions accepted together\)\. Nothing changed\. Accept fewer at a time: narrow the list with Find\.$/,
    );
    expect(b.dump().settings[settingKey("Ledger", "Bank")]).toEqual(saved);
  });

  it("stops a run when the user cancels, writing nothing", async () => {
    const b = BACKENDS[0]!.make(BOOKS);
    const before = b.dump();
    const svc = createReconciliationService(b.port);
    const setup = await bankSetup(svc);
    const ctrl = new AbortController();
    const e = await svc
      .run(setup, {
        signal: ctrl.signal,
        onProgress: (p) => {
          if (p.phase.startsWith("confirm")) ctrl.abort();
        },
      })
      .then(
        () => null,
        (x: unknown) => x,
      );
    expect((e as Error).name).toBe("AbortError");
    expect((e as Error).message).toBe("The reconciliation was cancelled.");
    expect(b.dump()).toEqual(before);
  });

  it("reconciles a customer's statement against receivables by invoice number", async () => {
    const b = BACKENDS[0]!.make({
      sheets: [
        {
          name: "AR",
          rows: [
            ["Invoice No", "Customer", "Issue Date", "Due Date", "Amount"],
            ["INV-1041", "Harbour Foods", 46054, 46083, 4250],
            ["INV-1047", "Harbour Foods", 46065, 46095, 2980.5],
            ["INV-1053", "Harbour Foods", 46090, 46120, 1890],
          ],
        },
        {
          name: "Statement",
          rows: [
            ["Date", "Reference", "Details", "Debit", "Credit"],
            [46054, "INV1041", "Invoice", null, 4250],
            [46065, "inv-1047", "Invoice", null, 2980.5],
            [46090, "INV-1053", "Invoice", null, 1950],
          ],
        },
      ],
      tables: [
        { name: "Receivables", sheet: "AR", address: "A1:E4" },
        { name: "CustomerStatement", sheet: "Statement", address: "A1:E4" },
      ],
    });
    const svc = createReconciliationService(b.port);
    expect(svc.suggestTables(await svc.listTables(), "customer-receivables")).toEqual({
      left: "Receivables",
      right: "CustomerStatement",
    });
    const p = await svc.proposeSetup(
      { table: "Receivables" },
      { table: "CustomerStatement" },
      "customer-receivables",
    );
    expect(p.left.columns).toMatchObject({ date: "Issue Date", reference: "Invoice No", party: "Customer" });
    expect(p.setup.left.selection).toBeNull();
    const o = await svc.run(p.setup);
    expect(matchViews(o).map((m) => [m.status, m.rule, m.left[0]?.row, m.difference])).toEqual([
      ["confirmed", "invoice", 2, 0],
      ["confirmed", "invoice", 3, 0],
      ["suggested", "invoice-amount-differs", 4, 6000],
    ]);
  });
});
