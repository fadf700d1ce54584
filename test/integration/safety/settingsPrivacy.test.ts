/**
 * Hazard 22: document settings hold configuration only. After every workflow has run on the sample
 * workbook — rules saved, cells marked, a report written, a reconciliation reviewed and applied — no
 * setting holds a person's name or email, a description, a counterparty, or an amount from the data.
 */
import { isCellError } from "../../../src/core/cell";
import { createDemoWorkbook } from "../../../src/services/demo/demoWorkbook";
import { createReconciliationService } from "../../../src/services/reconciliation";
import { createValidationService } from "../../../src/services/validation";

/** Text of the cells a person would call private or business data, from the sample tables. */
async function privateTexts(port: ReturnType<typeof createDemoWorkbook>): Promise<string[]> {
  const wanted: Record<string, string[]> = {
    People: ["Name", "Email"],
    Ledger: ["Description", "Party"],
    BankStatement: ["Description"],
    Invoices: ["Customer"],
  };
  const out = new Set<string>();
  for (const [name, headers] of Object.entries(wanted)) {
    const t = await port.readTable({ table: name });
    for (const h of headers) {
      const c = t.headers.indexOf(h);
      for (const v of t.columns[c] ?? []) if (typeof v === "string" && v.length > 3) out.add(v);
    }
  }
  return [...out];
}

async function amounts(port: ReturnType<typeof createDemoWorkbook>): Promise<string[]> {
  const t = await port.readTable({ table: "BankStatement" });
  const out = new Set<string>();
  for (const h of ["Paid Out", "Paid In", "Balance"]) {
    for (const v of t.columns[t.headers.indexOf(h)] ?? []) {
      if (typeof v === "number" && !isCellError(v) && Math.abs(v) >= 100) out.add(String(v));
    }
  }
  return [...out];
}

describe("what document settings hold (hazard 22)", () => {
  it("holds no names, emails, descriptions, parties or amounts after every workflow ran", async () => {
    const port = createDemoWorkbook();
    const validation = createValidationService(port);
    await validation.saveTableRules("Invoices", { columns: { Customer: { required: true } } });
    const run = await validation.run("Ledger");
    await validation.markIssues(run);
    await validation.writeReport(run, "2026-11-22 10:00");

    const reconciliation = createReconciliationService(port);
    const p = await reconciliation.proposeSetup(
      { table: "Ledger" },
      { table: "BankStatement" },
      "bank-ledger",
    );
    const setup = {
      ...p.setup,
      left: { ...p.setup.left, balances: { source: "typed" as const, opening: 1842035 } },
    };
    let outcome = await reconciliation.run(setup);
    const suggestion = outcome.result.matches.find((m) => m.status === "suggested");
    expect(suggestion).toBeDefined();
    outcome = await reconciliation.decide(outcome, { kind: "accept", matchId: suggestion!.id });
    await reconciliation.apply(outcome);

    const settings = JSON.stringify([...port.workbook.settings.entries()]);
    expect(settings.length).toBeGreaterThan(100);
    const leaks = [...(await privateTexts(port)), ...(await amounts(port))].filter((t) =>
      settings.includes(t),
    );
    expect(leaks).toEqual([]);
  });
});
