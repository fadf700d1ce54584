/**
 * The reconciliation statement, one per currency: from the book balance, the lines that take it to the
 * statement balance (items on one side only, differences inside matches) and what stays unexplained,
 * which is shown as it is and never forced to zero. The identity is checked in exact integers, and so
 * is the bookkeeping behind it: every row counted exactly once.
 */
import { sumMinor } from "../money";
import { MinorTotal } from "./minorTotal";
import type { Match, RecordSet, Statement, StatementLine, StatementLineKind } from "./types";

/** Declared balances in minor units; closing ones win over opening + rows. */
export interface Balances {
  /** Currency of these balances; default: the run's default currency. */
  readonly currency?: string;
  readonly leftOpening?: number;
  readonly leftClosing?: number;
  readonly rightOpening?: number;
  readonly rightClosing?: number;
}

export interface StatementInput {
  readonly left: RecordSet;
  readonly right: RecordSet;
  /** Resolved currency per row (default applied). */
  readonly leftCurrency: readonly string[];
  readonly rightCurrency: readonly string[];
  readonly matches: readonly Match[];
  readonly leftMatch: Int32Array;
  readonly rightMatch: Int32Array;
  readonly balances?: Balances;
  readonly defaultCurrency: string;
}

function labels(l: string, r: string): Record<StatementLineKind, string> {
  return {
    left_only_receipts: `Receipts in ${l} not on ${r} (deposits in transit)`,
    left_only_payments: `Payments in ${l} not on ${r} (outstanding payments and cheques)`,
    right_only_credits: `Credits on ${r} not in ${l} (interest, unrecorded receipts)`,
    right_only_debits: `Debits on ${r} not in ${l} (fees, charges, unrecorded payments)`,
    confirmed_differences: "Differences inside confirmed matches",
    suggested_differences: "Differences inside suggested matches (to review)",
    unexplained: "Unexplained difference",
  };
}

function statementFor(input: StatementInput, currency: string): Statement {
  const { left, right, matches, leftMatch, rightMatch } = input;
  const text = labels(left.table, right.table);
  const open = {
    receipts: [] as number[],
    payments: [] as number[],
    credits: [] as number[],
    debits: [] as number[],
  };
  const sums = {
    receipts: new MinorTotal(),
    payments: new MinorTotal(),
    credits: new MinorTotal(),
    debits: new MinorTotal(),
    confirmed: new MinorTotal(),
    suggested: new MinorTotal(),
    left: new MinorTotal(),
    right: new MinorTotal(),
  };
  let leftCount = 0;
  let rightCount = 0;
  for (let i = 0; i < left.size; i++) {
    if (input.leftCurrency[i] !== currency) continue;
    leftCount++;
    const m = left.minor[i] as number;
    sums.left.add(m);
    const k = leftMatch[i] as number;
    if (k === -1) {
      (m < 0 ? open.payments : open.receipts).push(i);
      (m < 0 ? sums.payments : sums.receipts).add(m);
    } else (matches[k]?.status === "confirmed" ? sums.confirmed : sums.suggested).add(-m);
  }
  for (let j = 0; j < right.size; j++) {
    if (input.rightCurrency[j] !== currency) continue;
    rightCount++;
    const m = right.minor[j] as number;
    sums.right.add(m);
    const k = rightMatch[j] as number;
    if (k === -1) {
      (m < 0 ? open.debits : open.credits).push(j);
      (m < 0 ? sums.debits : sums.credits).add(m);
    } else (matches[k]?.status === "confirmed" ? sums.confirmed : sums.suggested).add(m);
  }
  let inMatches = 0;
  let pointsBack = true;
  const differing = { confirmed: 0, suggested: 0 };
  matches.forEach((m, k) => {
    let mine = false;
    for (const i of m.left) {
      if (input.leftCurrency[i] !== currency) continue;
      mine = true;
      inMatches++;
      if (leftMatch[i] !== k) pointsBack = false;
    }
    for (const j of m.right) {
      if (input.rightCurrency[j] !== currency) continue;
      mine = true;
      inMatches++;
      if (rightMatch[j] !== k) pointsBack = false;
    }
    if (mine && m.difference !== 0) differing[m.status]++;
  });
  const line = (
    kind: StatementLineKind,
    effect: number,
    l: number[],
    r: number[],
    count: number,
  ): StatementLine => ({
    kind,
    label: text[kind],
    effect,
    count,
    left: l,
    right: r,
  });
  const lines: StatementLine[] = [
    line("left_only_receipts", -sums.receipts.value(), open.receipts, [], open.receipts.length),
    line("left_only_payments", -sums.payments.value(), open.payments, [], open.payments.length),
    line("right_only_credits", sums.credits.value(), [], open.credits, open.credits.length),
    line("right_only_debits", sums.debits.value(), [], open.debits, open.debits.length),
    line("confirmed_differences", sums.confirmed.value(), [], [], differing.confirmed),
    line("suggested_differences", sums.suggested.value(), [], [], differing.suggested),
  ];
  const b = input.balances;
  const applies = b !== undefined && (b.currency ?? input.defaultCurrency) === currency;
  const book =
    applies && b.leftClosing !== undefined
      ? b.leftClosing
      : sumMinor([applies ? (b.leftOpening ?? 0) : 0, sums.left.value()]);
  const statement =
    applies && b.rightClosing !== undefined
      ? b.rightClosing
      : sumMinor([applies ? (b.rightOpening ?? 0) : 0, sums.right.value()]);
  const explained = sumMinor(lines.map((l) => l.effect));
  const unexplained = sumMinor([statement, -book, -explained]);
  lines.push(line("unexplained", unexplained, [], [], 0));
  // Bookkeeping: every row of this currency is open on a line or inside a match, exactly once.
  const openCount = open.receipts.length + open.payments.length + open.credits.length + open.debits.length;
  const covered = pointsBack && inMatches + openCount === leftCount + rightCount;
  const identityHolds = covered && sumMinor([book, ...lines.map((l) => l.effect)]) === statement;
  return {
    currency,
    leftLabel: left.table,
    rightLabel: right.table,
    bookBalance: book,
    statementBalance: statement,
    lines,
    unexplained,
    identityHolds,
  };
}

/** One statement per currency found in the rows (or named by the balances), in code order. */
export function buildStatements(input: StatementInput): Statement[] {
  const currencies = new Set<string>([...input.leftCurrency, ...input.rightCurrency]);
  if (input.balances !== undefined) currencies.add(input.balances.currency ?? input.defaultCurrency);
  if (currencies.size === 0) currencies.add(input.defaultCurrency);
  return [...currencies].sort().map((c) => statementFor(input, c));
}
