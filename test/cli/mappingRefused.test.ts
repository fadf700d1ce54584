/**
 * `bo reconcile` with a rules file whose columns read one header as two fields, or amounts both from an
 * amount column and from debit/credit columns: refused before any table is read, and nothing written.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");
const LEDGER = path.join(DIR, "ledger.csv");

describe("bo reconcile: a rules file mapping amounts two ways", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    [{ amount: "Amount", debit: "Debit" }, "right.columns: amount and debit are both named"],
    [{ debit: "Amount", credit: "amount" }, 'right.columns: debit and credit both name "amount"'],
  ])("%j is refused with exit 2, naming it, and --out writes nothing", async (columns, said) => {
    const rules = path.join(dir, "rules.json");
    fs.writeFileSync(rules, JSON.stringify({ right: { columns } }));
    const out = path.join(dir, "out.xlsx");
    const r = await bo("reconcile", LEDGER, path.join(DIR, "chase.csv"), "--rules", rules, "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
    expect(fs.existsSync(out)).toBe(false);
    const check = await bo("rules", "--rules", rules);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain(said);
  });
});
