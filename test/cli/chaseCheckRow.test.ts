/**
 * `bo reconcile` on Chase's export with a check among its bookings: its Details column then says CHECK
 * beside DEBIT and CREDIT, codes of a booking's kind, and is still no description. The Description is
 * read, so the movements match by their references as they do without the check.
 */
import * as path from "path";
import { bo } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");

interface Out {
  summary: { confirmed: number; suggested: number; unmatchedLeft: number; unmatchedRight: number };
  issues: { code: string; severity: string; message: string }[];
  data: { matches: { rule: string; rightRows: number[] }[] };
}

async function reconcile(file: string): Promise<Out> {
  const r = await bo("reconcile", path.join(DIR, "ledger.csv"), path.join(DIR, file), "--json");
  return JSON.parse(r.stdout) as Out;
}

describe("bo reconcile: Chase's export with a CHECK row in its Details column", () => {
  it("reads the Description, says no tie, and matches as the export without the check does", async () => {
    const out = await reconcile("chase-check.csv");
    expect(out.issues.map((i) => i.code)).not.toContain("recon_column_ambiguous");
    expect(out.summary).toMatchObject({ confirmed: 10, suggested: 0, unmatchedLeft: 0, unmatchedRight: 1 });
    // The check (row 2) is in no match; the other rows match by the same rules as in chase.csv.
    const rules = (o: Out, shift: number) =>
      o.data.matches.map((m) => [m.rightRows.map((r) => r - shift), m.rule]).sort();
    const without = await reconcile("chase.csv");
    expect(rules(out, 1)).toEqual(rules(without, 0));
    expect(out.data.matches.filter((m) => m.rule === "reference").length).toBeGreaterThanOrEqual(5);
  });
});
