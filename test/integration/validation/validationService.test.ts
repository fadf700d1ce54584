/**
 * The validation service over both WorkbookPort implementations (memory, and office over the Excel
 * simulator): validate -> select -> mark -> clear (exactly restored) -> report (links; replaced on re-run,
 * never duplicated) -> revert (the workbook equals what it was before).
 */
import { BACKENDS, type Backend } from "../../contract/backends";
import { createValidationService } from "../../../src/services/validation";
import { BOOKS, EXPECTED } from "./seed";

const located = (b: Backend) => b.dump().sheets;

describe.each(BACKENDS)("validation service over the $name port", ({ make }) => {
  it("finds the tables' kinds and proposes the chart of accounts for the journal", async () => {
    const b = make(BOOKS);
    const service = createValidationService(b.port);
    const tables = await service.listCandidateTables();
    expect(tables.map((t) => [t.info.name, t.kind])).toEqual([
      ["Journal", "ledger"],
      ["Chart", "chart-of-accounts"],
    ]);
    const proposal = await service.prepare("journal");
    expect(proposal.kind).toBe("ledger");
    expect(proposal.fields.find((f) => f.field === "account")).toMatchObject({
      header: "Account",
      how: "exact",
    });
    expect(proposal.lookups).toEqual([
      expect.objectContaining({ role: "chartOfAccounts", table: "Chart", how: "detected" }),
    ]);
  });

  it("reports every defect at its Excel cell, grouped by rule with counts", async () => {
    const b = make(BOOKS);
    const service = createValidationService(b.port);
    const progress: string[] = [];
    const run = await service.run("Journal", {}, { onProgress: (p) => progress.push(p.phase) });
    const found = run.result.issues.map((i) => [i.code, i.address]);
    expect(found).toEqual(expect.arrayContaining(EXPECTED.map(([c, a]) => [c, a])));
    expect(run.result.issues.every((i) => i.sheet === "Ledger" && i.table === "Journal")).toBe(true);
    expect(run.lookups).toEqual([{ role: "chartOfAccounts", table: "Chart", how: "detected" }]);
    expect(progress).toEqual(expect.arrayContaining(["Reading Journal", "Reading Chart"]));
    const fk = run.groups.find((g) => g.code === "foreign_key");
    expect(fk?.stat).toMatchObject({ checked: 5, failed: 1, percentFailed: 20 });
    expect(fk?.issues.map((i) => i.address)).toEqual(["D7"]);
    const grouped = run.groups.reduce((n, g) => n + g.issues.length, 0);
    expect(grouped).toBe(run.result.issues.length);
  });

  it("selects an issue's cell, and the header cell for a table-level finding", async () => {
    const b = make(BOOKS);
    const service = createValidationService(b.port);
    const run = await service.run("Journal", { rules: { columns: { Nope: { required: true } } } });
    const fk = run.result.issues.find((i) => i.code === "foreign_key");
    await expect(service.selectIssue(run, fk!)).resolves.toEqual({ sheet: "Ledger", address: "D7" });
    const tableLevel = run.result.issues.find((i) => i.code === "rule_invalid");
    await expect(service.selectIssue(run, tableLevel!)).resolves.toEqual({ sheet: "Ledger", address: "B3" });
  });

  it("marks the offending cells, keeps the user's note, and clearing restores the workbook exactly", async () => {
    const b = make(BOOKS);
    const before = located(b);
    const service = createValidationService(b.port);
    const run = await service.run("Journal");
    const { receipt, unlocated } = await service.markIssues(run);
    expect(unlocated).toBe(0);
    expect(receipt.cellsWritten).toBe(4);
    const ledger = located(b).find((s) => s.name === "Ledger")!;
    for (const [, cell] of EXPECTED) expect(JSON.parse(ledger.cells[cell]!).fill).toBe("#FFC7CE");
    expect(ledger.notes.D7).toBe("checked by Ana");
    expect(ledger.notes.F6).toMatch(/^Error \(debit_and_credit\): Has both Debit and Credit/);
    expect(ledger.notes.B7).toContain("date_ambiguous");

    await service.clearMarks("Journal");
    expect(located(b)).toEqual(before);
  });

  it("replaces its marks on a re-run after a fix, never stacking them", async () => {
    const b = make(BOOKS);
    const service = createValidationService(b.port);
    await service.markIssues(await service.run("Journal"));
    b.user.setCell("Ledger", "B7", "2026-03-04");
    await service.markIssues(await service.run("Journal"));
    const ledger = located(b).find((s) => s.name === "Ledger")!;
    expect(ledger.notes.B7).toBeUndefined();
    expect(JSON.parse(ledger.cells.B7!).fill).toBeUndefined();
    expect(JSON.parse(ledger.cells.F6!).fill).toBe("#FFC7CE");
    await service.clearMarks("Journal");
    const after = located(b).find((s) => s.name === "Ledger")!;
    expect(JSON.parse(after.cells.F6!).fill).toBe("#00B050");
    expect(Object.keys(after.notes)).toEqual(["D7"]);
  });

  it("refuses to mark when rows moved since the run, writing nothing", async () => {
    const b = make(BOOKS);
    const service = createValidationService(b.port);
    const run = await service.run("Journal");
    b.user.insertRows("Ledger", 5, 1);
    const before = b.dump();
    await expect(service.markIssues(run)).rejects.toMatchObject({
      code: "data_changed",
      message: expect.stringContaining("run the validation again"),
    });
    expect(b.dump()).toEqual(before);
  });

  it("writes a report with a link to each cell, replaces it on re-run, and reverts to the workbook before", async () => {
    const b = make(BOOKS);
    const before = b.dump();
    const service = createValidationService(b.port);
    const run = await service.run("Journal", { asOf: "2026-03-31" });
    const first = await service.writeReport(run, "2026-03-31 09:15");
    expect(first.sheet).toBe("Validation – Journal");
    const sheet = () => b.dump().sheets.find((s) => s.name === "Validation – Journal")!;
    const cells = Object.values(sheet().cells).map((c) => JSON.parse(c) as { v: unknown; f?: string });
    expect(cells.find((c) => c.v === "Journal")).toBeDefined();
    expect(cells.find((c) => c.v === "2026-03-31 09:15")).toBeDefined();
    for (const [, cell] of EXPECTED)
      expect(cells.some((c) => c.f === `=HYPERLINK("#Ledger!${cell}","Ledger!${cell}")`)).toBe(true);
    const sheetsAfterFirst = b.dump().sheets.length;

    await service.markIssues(run);
    const second = await service.writeReport(await service.run("Journal"), "2026-03-31 09:20");
    expect(second.sheet).toBe("Validation – Journal");
    expect(second.summary).toMatch(/^Replaced/);
    expect(b.dump().sheets.length).toBe(sheetsAfterFirst);
    expect(b.dump().sheets.filter((s) => s.name.startsWith("Validation")).length).toBe(1);

    while (b.port.lastOperation()) await b.port.revertLast();
    expect(b.dump()).toEqual(before);
  });

  it("keeps rule sets in the document, refuses a bad import with a readable error and changes nothing", async () => {
    const b = make(BOOKS);
    const service = createValidationService(b.port);
    await service.saveTableRules("Journal", { columns: { Description: { required: true } } });
    const bad = await service.importRules(
      '{"version":1,"tables":{"Journal":{"columns":{"Debit":{"requried":true}}}}}',
    );
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('Unrecognized key: "requried"') });
    const stored = await service.loadRules();
    expect(stored.ruleSet.tables).toEqual({ Journal: { columns: { Description: { required: true } } } });
    const good = await service.importRules('{"lockDate":"2026-03-02"}', "Journal");
    expect(good.ok).toBe(true);
    const run = await service.run("Journal");
    expect(run.result.issues.filter((i) => i.code === "locked_period").map((i) => i.row)).toEqual([4, 5]);
    expect(JSON.parse(await service.exportRules("journal"))).toEqual({
      version: 1,
      tables: { Journal: { lockDate: "2026-03-02" } },
    });
  });

  it("uses the table the user chose for a role, and skips a role switched off", async () => {
    const b = make(BOOKS);
    const service = createValidationService(b.port);
    const off = await service.run("Journal", { lookups: { chartOfAccounts: null } });
    expect(off.result.issues.some((i) => i.code === "foreign_key")).toBe(false);
    expect(off.lookups).toEqual([]);
    const missing = await service.run("Journal", { lookups: { chartOfAccounts: "Accounts2" } });
    expect(missing.result.issues.map((i) => i.code)).toContain("referenced_table_missing");
    // A switched-off role stays off even when the stored rules name a table for it.
    await service.saveTableRules("Journal", { lookups: { chartOfAccounts: "Chart" } });
    const stillOff = await service.run("Journal", { lookups: { chartOfAccounts: null } });
    expect(stillOff.result.issues.some((i) => i.code === "foreign_key")).toBe(false);
  });

  it("says which tables exist when asked for one that does not", async () => {
    const service = createValidationService(make(BOOKS).port);
    await expect(service.run("Ledgr")).rejects.toMatchObject({
      code: "not_found",
      message: expect.stringContaining("tables: Journal, Chart"),
    });
  });

  it("stops mid-run when cancelled, at the next slice of engine work", async () => {
    const rows: (string | number)[][] = [["Code", "Qty"]];
    for (let i = 0; i < 30_000; i++) rows.push([`A${i}`, i % 5 === 0 ? "many" : i]);
    const b = make({
      sheets: [{ name: "Data", rows }],
      tables: [{ name: "Lines", sheet: "Data", address: `A1:B${rows.length}` }],
    });
    const service = createValidationService(b.port);
    const ctrl = new AbortController();
    const phases: string[] = [];
    const rules = {
      kind: "none" as const,
      columns: { Qty: { type: "integer" as const }, Code: { unique: true } },
    };
    const run = service.run(
      "Lines",
      { rules },
      {
        signal: ctrl.signal,
        onProgress: (p) => {
          phases.push(p.phase);
          if (p.phase === "Reading Qty") ctrl.abort();
        },
        // A clock that makes each step of engine work a slice of its own: how far one slice of real
        // time gets depends on the machine, and the next slice is what this test is about.
        now: (() => {
          let t = 0;
          return () => (t += 1000);
        })(),
      },
    );
    await expect(run).rejects.toMatchObject({
      code: "cancelled",
      message: "Validating Lines was cancelled.",
    });
    expect(phases.some((p) => p.startsWith("Checking"))).toBe(false);
  }, 60_000);

  it("stops when cancelled, writing nothing", async () => {
    const b = make(BOOKS);
    const service = createValidationService(b.port);
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(service.run("Journal", {}, { signal: ctrl.signal })).rejects.toMatchObject({
      code: "cancelled",
    });
  });
});
