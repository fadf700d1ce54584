/**
 * `bo reconcile` on bank exports that name their currency only in the amount's header (Starling's
 * "Amount (GBP)", DKB's classic "Betrag (EUR)", a yen account's "Amount (JPY)"): the statement is in that
 * currency and the ledger's bare amounts are read in it; and on a Postbank export that leaves Betrag blank
 * on a row whose Soll or Haben holds the figure: the row is read from there, not reported unreadable.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");
const LEDGER = path.join(DIR, "ledger.csv");

interface Out {
  readonly ok: boolean;
  readonly summary: { confirmed: number; suggested: number; unmatchedLeft: number; unmatchedRight: number };
  readonly issues: readonly { readonly code: string; readonly severity: string }[];
  readonly data: { readonly statements: readonly { readonly currency: string }[] };
}

async function json(...files: string[]): Promise<{ code: number; out: Out }> {
  const r = await bo("reconcile", ...files, "--json");
  return { code: r.code, out: JSON.parse(r.stdout) as Out };
}

describe("bo reconcile: a currency named only in the amount's header", () => {
  it.each([
    ["starling.csv", "GBP"],
    ["dkb-classic.csv", "EUR"],
  ])("%s: the statement is in %s, every movement confirmed", async (file, currency) => {
    const r = await bo("reconcile", LEDGER, path.join(DIR, file));
    expect(r.stdout).toContain(`Statement (${currency}):`);
    expect(r.stdout).toMatch(new RegExp(`ledger balance +10,792\\.57 ${currency}`));
    const { code, out } = await json(LEDGER, path.join(DIR, file));
    expect(out.summary).toMatchObject({ confirmed: 10, suggested: 0, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.data.statements.map((s) => s.currency)).toEqual([currency]);
    expect(code).toBe(0);
  });

  describe("a yen account", () => {
    const dir = tempDir();
    const ledger = path.join(dir, "ledger.csv");
    const bank = path.join(dir, "bank.csv");

    beforeAll(() => {
      fs.writeFileSync(
        ledger,
        [
          "Date,Reference,Description,Debit,Credit",
          "2026-03-02,INV-7,Receipt,5000,",
          "2026-03-05,RENT-3,Rent,,1200",
          "",
        ].join("\n"),
      );
      fs.writeFileSync(
        bank,
        [
          "Date,Reference,Description,Amount (JPY)",
          "2026-03-02,INV-7,RECEIPT,5000",
          "2026-03-05,RENT-3,RENT,-1200",
          "",
        ].join("\n"),
      );
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("reads 5000 as ¥5,000 on both sides and confirms both pairs", async () => {
      const r = await bo("reconcile", ledger, bank);
      expect(r.stdout).toContain("Statement (JPY):");
      expect(r.stdout).toMatch(/ledger balance +3,800 JPY/);
      const { code, out } = await json(ledger, bank);
      expect(out.summary).toMatchObject({ confirmed: 2, unmatchedLeft: 0, unmatchedRight: 0 });
      expect(code).toBe(0);
    });
  });
});

describe("bo reconcile: a blank Betrag beside Soll and Haben", () => {
  it("reads the row from Soll or Haben: every movement confirmed, no row unreadable", async () => {
    const { code, out } = await json(LEDGER, path.join(DIR, "postbank-2023-betrag-blank.csv"));
    expect(out.summary).toMatchObject({ confirmed: 10, suggested: 0, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(code).toBe(0);
  });
});
