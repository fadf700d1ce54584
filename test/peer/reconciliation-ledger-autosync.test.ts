/**
 * Acceptance oracle: ledger-autosync's "which statement lines are new" (../shared/peer-suites/
 * reconciliation-ledger-autosync, ORACLES.md §5). ID-based matching as an engine rule: the reference must
 * agree (the last two dot-separated parts of ledger-autosync's ids: "1101.1452687~7.0000486" holds
 * "1452687~7.0000486"), amounts and dates are not compared. The open statement lines, in date order,
 * must equal the oracle's `new` list.
 */
import { defineRule, reconcile, recordSet, type RecordInput } from "../../src/core/reconcile";
import { ledgerJournal, ofxStatement, paypalStatement } from "./reconciliation/autosync";
import { readText, suiteDir, suiteExists } from "./reconciliation/suite";

const SUITE = "reconciliation-ledger-autosync";

interface Case {
  readonly statement: string;
  readonly ledger: string;
  readonly new_fitids_in_output_order?: readonly string[];
  readonly new: readonly { readonly fitid?: string; readonly csvid?: readonly string[] }[];
}

const BY_ID = defineRule({
  id: "by-id",
  amount: "any",
  date: "any",
  reference: "required",
  referencePattern: "([^.]+\\.[^.]+)$",
  party: "ignore",
});

if (!suiteExists(SUITE)) {
  test("reconciliation-ledger-autosync peer suite", () => {
    console.warn(
      `reconciliation-ledger-autosync peer suite not found at ${suiteDir(SUITE)}; oracle checks not run`,
    );
  });
} else {
  const cases = (JSON.parse(readText(SUITE, "expected.json")) as { cases: readonly Case[] }).cases;

  describe("ledger-autosync oracle", () => {
    it.each(cases.map((c) => [`${c.statement} vs ${c.ledger}`, c] as const))("%s", (_name, c) => {
      const text = readText(SUITE, `fixtures/${c.statement}`);
      const lines: (RecordInput & { id?: string })[] = c.statement.endsWith(".ofx")
        ? ofxStatement(text)
        : paypalStatement(text);
      const ledger = ledgerJournal(readText(SUITE, `fixtures/${c.ledger}`));
      const r = reconcile(recordSet("left", "Ledger", ledger), recordSet("right", "Statement", lines), [
        BY_ID,
      ]);
      const fresh = r.unmatched.right.map((j) => r.right.id[j]);
      const want =
        c.new_fitids_in_output_order ?? c.new.map((n) => (n.csvid?.[0] ?? "").replace(/^paypal\./, ""));
      console.log(
        `ledger-autosync ${c.statement} vs ${c.ledger}: new ${JSON.stringify(fresh)} (oracle ${JSON.stringify(want)})`,
      );
      expect(fresh).toEqual(want);
      // Every statement line that is not new is confirmed against exactly one ledger transaction.
      expect(r.matches.every((m) => m.status === "confirmed" && m.rule === "by-id")).toBe(true);
      expect(r.matches.length).toBe(lines.length - want.length);
    });
  });
}
