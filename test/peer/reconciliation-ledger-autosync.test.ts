/**
 * Acceptance oracle: ledger-autosync's "which statement lines are new" (../shared/peer-suites/
 * reconciliation-ledger-autosync, ORACLES.md §5). ID-based matching as an engine rule: the reference must
 * agree (the last two dot-separated parts of ledger-autosync's ids: "1101.1452687~7.0000486" holds
 * "1452687~7.0000486"), amounts and dates are not compared. The open statement lines, in date order,
 * must equal the oracle's `new` list.
 */
import { defineRule, reconcile, recordSet, type RecordInput } from "../../src/core/reconcile";
import { readOfx } from "../../src/core/statementFiles/ofx";
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

    // The toolkit's own OFX reader (what `bo` and the pane's import use) against ledger-autosync's importer:
    // the same lines, days, amounts and payees, except the zero-amount "comment" lines ledger-autosync
    // drops, which the toolkit keeps as the bank wrote them.
    const ofxFiles = [...new Set(cases.map((c) => c.statement).filter((f) => f.endsWith(".ofx")))];
    it.each(ofxFiles)("reads %s as ledger-autosync's importer does", (name) => {
      const text = readText(SUITE, `fixtures/${name}`);
      const theirs = ofxStatement(text).map((l) => [l.fitid, l.day, l.minor, l.description]);
      const ours = readOfx(text).statements.flatMap((s) => s.lines);
      const kept = ours.filter((l) => theirs.some((t) => t[0] === l.bankId));
      expect(kept.map((l) => [l.bankId, l.day, l.minor, l.party])).toEqual(theirs);
      expect(ours.filter((l) => !kept.includes(l)).every((l) => l.minor === 0)).toBe(true);
      console.log(
        `ledger-autosync ${name}: ${ours.length} lines read, ${theirs.length} kept by ledger-autosync`,
      );
    });
  });
}
