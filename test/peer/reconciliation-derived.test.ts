/**
 * Acceptance oracle: a bank statement derived from a public ledger with known matches
 * (../shared/peer-suites/reconciliation-derived, ORACLES.md §7). Scored as sets of (bank_id, txnidx)
 * pairs, precision and recall per class; the open lists must equal bank_only / ledger_only; the
 * statement must reproduce the identity totals exactly, with the default rules and no configuration
 * beyond naming the columns.
 */
import { reconcileTables, type Match, type ReconcileResult } from "../../src/core/reconcile";
import { csvTable, readText, suiteDir, suiteExists } from "./reconciliation/suite";

const SUITE = "reconciliation-derived";

interface Expected {
  readonly opening_balance: string;
  readonly ledger_closing_balance: string;
  readonly bank_closing_balance: string;
  readonly one_to_one: readonly { readonly bank_id: string; readonly ledger_txnidx: number }[];
  readonly many_to_one: readonly { readonly ledger_txnidx: number; readonly bank_ids: readonly string[] }[];
  readonly amount_mismatch: readonly {
    readonly bank_id: string;
    readonly ledger_txnidx: number;
    readonly difference: string;
  }[];
  readonly bank_only: readonly {
    readonly bank_id: string;
    readonly description: string;
    readonly amount: string;
  }[];
  readonly ledger_only: readonly { readonly ledger_txnidx: number }[];
  readonly reconciliation_identity: {
    readonly outstanding_total: string;
    readonly missing_total: string;
    readonly bank_only_total: string;
    readonly mismatch_total: string;
  };
}

/** "2687.12" -> 268712 (exact; the oracle writes two decimals). */
function cents(decimal: string): number {
  const [whole = "0", frac = ""] = decimal.replace("-", "").split(".");
  const v = Number(whole) * 100 + Number(frac.padEnd(2, "0"));
  return decimal.startsWith("-") ? -v : v;
}

function run(): ReconcileResult {
  const ledger = csvTable(readText(SUITE, "ledger-register-checking-2013.csv"), "Ledger");
  const bank = csvTable(readText(SUITE, "bank-statement-2013.csv"), "Bank");
  const expected = JSON.parse(readText(SUITE, "expected-matches.json")) as Expected;
  const opening = cents(expected.opening_balance);
  const out = reconcileTables(ledger, bank, {
    config: {
      version: 1,
      left: {
        sign: "as-is",
        keyBy: "id",
        columns: {
          id: "txnidx",
          date: "date",
          description: "description",
          amount: "amount",
          balance: null,
          account: null,
        },
      },
      right: { sign: "as-is", keyBy: "id", columns: { id: "bank_id", balance: null } },
    },
    balances: { leftOpening: opening, rightOpening: opening },
  });
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join("\n"));
  return out.result;
}

if (!suiteExists(SUITE)) {
  test("reconciliation-derived peer suite", () => {
    console.warn(`reconciliation-derived peer suite not found at ${suiteDir(SUITE)}; oracle checks not run`);
  });
} else {
  const expected = JSON.parse(readText(SUITE, "expected-matches.json")) as Expected;
  const r = run();
  const ledgerId = (i: number): string => r.left.id[i] as string;
  const bankId = (j: number): string => r.right.id[j] as string;
  const key = (m: Pick<Match, "left" | "right">): string =>
    `${m.left.map(ledgerId).sort().join("+")}|${m.right.map(bankId).sort().join("+")}`;
  const byKey = new Map(r.matches.map((m) => [key(m), m]));

  const truth = {
    one_to_one: expected.one_to_one.map((p) => `${p.ledger_txnidx}|${p.bank_id}`),
    many_to_one: expected.many_to_one.map((g) => `${g.ledger_txnidx}|${[...g.bank_ids].sort().join("+")}`),
    amount_mismatch: expected.amount_mismatch.map((p) => `${p.ledger_txnidx}|${p.bank_id}`),
  };
  const allTrue = new Set([...truth.one_to_one, ...truth.many_to_one, ...truth.amount_mismatch]);

  describe("reconciliation-derived oracle", () => {
    it("scores precision and recall per class", () => {
      const score = (keys: readonly string[]) => ({
        total: keys.length,
        confirmed: keys.filter((k) => byKey.get(k)?.status === "confirmed").length,
        suggested: keys.filter((k) => byKey.get(k)?.status === "suggested").length,
      });
      const classes = {
        one_to_one: score(truth.one_to_one),
        many_to_one: score(truth.many_to_one),
        amount_mismatch: score(truth.amount_mismatch),
      };
      const confirmed = r.matches.filter((m) => m.status === "confirmed");
      const precision = confirmed.filter((m) => allTrue.has(key(m))).length / confirmed.length;
      const suggestedRight = r.matches.filter((m) => m.status === "suggested" && allTrue.has(key(m))).length;
      console.log(
        `reconciliation-derived: confirmed precision ${(100 * precision).toFixed(2)}% of ${confirmed.length}; ` +
          Object.entries(classes)
            .map(([k, c]) => `${k} ${c.confirmed}/${c.total} confirmed, ${c.suggested} suggested`)
            .join("; ") +
          `; suggestions that are true pairs: ${suggestedRight}/${r.matches.length - confirmed.length}`,
      );
      expect(precision).toBe(1);
      expect(classes.one_to_one).toEqual({ total: 84, confirmed: 84, suggested: 0 });
      expect(classes.many_to_one).toEqual({ total: 1, confirmed: 1, suggested: 0 });
      // A 0.50 mismatch is a difference to review: suggested with its adjustment, never confirmed.
      expect(classes.amount_mismatch).toEqual({ total: 1, confirmed: 0, suggested: 1 });
      const mismatch = byKey.get(truth.amount_mismatch[0] as string);
      expect(mismatch?.difference).toBe(cents(expected.amount_mismatch[0]?.difference ?? "0"));
      expect(r.adjustments.find((a) => a.matchId === mismatch?.id)?.amount).toBe(-50);
    });

    it("leaves open exactly the bank-only and ledger-only rows", () => {
      expect(r.unmatched.right.map(bankId).sort()).toEqual(expected.bank_only.map((b) => b.bank_id).sort());
      expect(r.unmatched.left.map(ledgerId).sort()).toEqual(
        expected.ledger_only.map((l) => String(l.ledger_txnidx)).sort(),
      );
    });

    it("reproduces the identity totals exactly", () => {
      const st = r.statements[0];
      const effect = (kind: string) => st?.lines.find((l) => l.kind === kind)?.effect ?? NaN;
      const id = expected.reconciliation_identity;
      expect(st?.bookBalance).toBe(cents(expected.ledger_closing_balance));
      expect(st?.statementBalance).toBe(cents(expected.bank_closing_balance));
      // Book-only items: receipts and payments, and entries dated after the bank's last line.
      const bookOnly = ["left_only_receipts", "left_only_payments", "left_after_statement"];
      expect(bookOnly.reduce((sum, kind) => sum + effect(kind), 0)).toBe(
        -(cents(id.outstanding_total) + cents(id.missing_total)),
      );
      // Bank-only items: other credits and debits, and the bank's own interest and charges.
      const bankOnly = [
        "right_only_credits",
        "right_only_debits",
        "right_only_interest",
        "right_only_charges",
      ];
      expect(bankOnly.reduce((sum, kind) => sum + effect(kind), 0)).toBe(cents(id.bank_only_total));
      // Each of them is the bank's own ("INTEREST PAYMENT", "OVERDRAFT FEE"): listed as interest or charges.
      const own = (sign: number) =>
        expected.bank_only
          .map((b) => cents(b.amount))
          .reduce((sum, m) => (Math.sign(m) === sign ? sum + m : sum), 0);
      expect([effect("right_only_interest"), effect("right_only_charges")]).toEqual([own(1), own(-1)]);
      expect([effect("right_only_credits"), effect("right_only_debits")]).toEqual([0, 0]);
      expect(effect("suggested_differences")).toBe(cents(id.mismatch_total));
      expect(effect("confirmed_differences")).toBe(0);
      expect(st?.unexplained).toBe(0);
      expect(st?.identityHolds).toBe(true);
    });
  });
}
