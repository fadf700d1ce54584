/**
 * What `bo reconcile` prints: the JSON data (matches with the Excel rows of both sides, open rows,
 * adjustments, statements) and the same as readable lines for a terminal. An open book row whose payment
 * the bank lists as pending names the pending row of the statement.
 */
import { currencyDecimals, minorToNumber } from "../../core/money";
import type { Statement } from "../../core/reconcile";
import {
  clearedNotes,
  describeDecisions,
  displayMoney,
  matchViews,
  openItems,
  type OpenItemView,
  type ReconcileOutcome,
  type ResolvedBalance,
} from "../../services/reconciliation";
import { pendingNote } from "../../services/reconciliation/pendingCounterparts";
import { bookRowsJson, bookRowsLine, type BookRowsChoice } from "./reconcileBookRows";

function amount(minor: number, currency: string): number {
  return minorToNumber(minor, currencyDecimals(currency));
}

/** `pendingAt`: the statement's Excel row listing the open book row's payment as pending, else null. */
function openJson(o: OpenItemView) {
  return {
    row: o.row,
    key: o.key,
    date: o.date,
    amount: amount(o.minor, o.currency),
    currency: o.currency,
    reference: o.reference,
    description: o.description,
    line: o.line,
    findings: o.findings,
    // Rows of the other side a finding pairs this one with (a slip's counterpart): one list per finding.
    pairsWith: o.pairings.map((p) => p.otherRows),
    pendingAt: o.pendingAt,
  };
}

function statementJson(outcome: ReconcileOutcome, st: Statement) {
  const c = st.currency;
  const rowsOf = (side: "left" | "right", idx: readonly number[]) =>
    idx.map((i) => (side === "left" ? outcome.result.left : outcome.result.right).rows[i] as number);
  return {
    currency: c,
    bookBalance: amount(st.bookBalance, c),
    statementBalance: amount(st.statementBalance, c),
    lines: st.lines.map((l) => ({
      kind: l.kind,
      label: l.label,
      effect: amount(l.effect, c),
      count: l.count,
      leftRows: rowsOf("left", l.left),
      rightRows: rowsOf("right", l.right),
    })),
    unexplained: amount(st.unexplained, c),
    identityHolds: st.identityHolds,
  };
}

type SideKey = "left" | "right";

/** Why a side took no part: the columns it lacks (a field several columns could be counts as lacking). */
/** Whether a side is unread for a column mapping that reads amounts two ways or one column as two fields. */
export function mappingToFix(outcome: ReconcileOutcome, side: SideKey): boolean {
  return outcome[side].issues.some((i) => i.severity === "error" && MAPPING_CODES.has(i.code));
}

export function unreadReason(outcome: ReconcileOutcome, side: SideKey): string {
  const { map } = outcome[side];
  if (mappingToFix(outcome, side)) return "a column mapping to fix: the error below says what";
  const lacking = [
    ...("date" in map ? [] : ["Date"]),
    ...("amount" in map || "debit" in map || "credit" in map ? [] : ["Amount"]),
  ];
  return `no ${lacking.length === 1 ? lacking[0] : "Date or Amount"} column that could be read`;
}

const MAPPING_CODES: ReadonlySet<string> = new Set(["recon_amount_two_ways", "header_mapped_twice"]);

/**
 * A side's balances in units as every other figure of the JSON (18420.35): in the currency they name
 * where it is not the run's (`currency`, typed as "¥1,000,000" on a run in several), else the run's.
 */
function balancesJson(b: ResolvedBalance, runCurrency: string) {
  const currency = b.currency ?? runCurrency;
  return {
    source: b.source,
    ...(b.opening !== undefined ? { opening: amount(b.opening, currency) } : {}),
    ...(b.closing !== undefined ? { closing: amount(b.closing, currency) } : {}),
    ...(b.currency !== undefined ? { currency: b.currency } : {}),
    detail: b.detail,
  };
}

/** `choice`: who chose the book's rows (see reconcileBookRows.ts). */
function setupJson(outcome: ReconcileOutcome, choice: BookRowsChoice) {
  const { setup, balances } = outcome;
  const c = setup.currency;
  return {
    preset: setup.preset,
    currency: c,
    rules: setup.rules.map((r) => r.id),
    left: {
      table: setup.left.name,
      selection: setup.left.selection,
      ...bookRowsJson(setup.left.selection, choice),
      balances: balancesJson(balances.left, c),
    },
    right: {
      table: setup.right.name,
      selection: setup.right.selection,
      balances: balancesJson(balances.right, c),
    },
  };
}

/**
 * The JSON data of a run where a side could not be read: which side and why, instead of matches, open
 * rows and a statement that would say nothing true (every row of the other side open, a check that holds).
 */
export function notReconciledJson(
  outcome: ReconcileOutcome,
  unread: readonly SideKey[],
  choice: BookRowsChoice,
) {
  return {
    reconciled: false as const,
    notReconciled: unread.map((side) => ({
      side,
      table: outcome.setup[side].name,
      columns: outcome[side].table.headers.filter((h) => h.trim() !== ""),
      reason: unreadReason(outcome, side),
    })),
    setup: setupJson(outcome, choice),
  };
}

/** The summary of such a run: nothing matched, and no open rows or statement to count. */
export function notReconciledSummary(): Record<string, number | string | boolean | null> {
  return {
    reconciled: false,
    confirmed: 0,
    suggested: 0,
    unmatchedLeft: null,
    unmatchedRight: null,
    unexplained: null,
    identityHolds: null,
  };
}

export function reconcileJson(outcome: ReconcileOutcome, choice: BookRowsChoice) {
  const { result } = outcome;
  return {
    reconciled: true as const,
    setup: setupJson(outcome, choice),
    matches: matchViews(outcome).map((m) => ({
      id: m.id,
      status: m.status,
      rule: m.rule,
      cardinality: m.cardinality,
      score: m.score,
      reason: m.reason,
      leftRows: m.left.map((r) => r.row),
      rightRows: m.right.map((r) => r.row),
      difference: amount(m.difference, m.currency),
      currency: m.currency,
    })),
    unmatched: {
      left: openItems(outcome, "left").map(openJson),
      right: openItems(outcome, "right").map(openJson),
    },
    adjustments: result.adjustments.map((a) => ({ ...a, amount: amount(a.amount, a.currency) })),
    statements: result.statements.map((st) => statementJson(outcome, st)),
    /** Rows each side left out as cleared earlier against another table. */
    clearedEarlier: { left: outcome.left.cleared.rows, right: outcome.right.cleared.rows },
    /** The user's review the workbook keeps for this pair, as counts. */
    review: {
      madeByHand: outcome.decisions.groups.length,
      accepted: outcome.decisions.accepted.length,
      keptApart: outcome.decisions.rejected.length,
    },
  };
}

export function reconcileSummary(
  outcome: ReconcileOutcome,
): Record<string, number | string | boolean | null> {
  const s = outcome.result.summary;
  const st = outcome.result.statements;
  return {
    reconciled: true,
    confirmed: s.confirmed.matches,
    suggested: s.suggested.matches,
    unmatchedLeft: s.unmatched.left.rows,
    unmatchedRight: s.unmatched.right.rows,
    unexplained: s.unexplained === null ? null : amount(s.unexplained, s.currency ?? ""),
    identityHolds: st.every((x) => x.identityHolds),
  };
}

const pad = (text: string, width: number) =>
  text.length >= width ? text : text + " ".repeat(width - text.length);

function statementLines(st: Statement): string[] {
  const c = st.currency;
  const row = (label: string, minor: number, note = "") =>
    `  ${pad(label, 72)} ${displayMoney(minor, c).padStart(16)}${note === "" ? "" : `  ${note}`}`;
  return [
    `Statement${c === "" ? "" : ` (${c})`}:`,
    row(`${st.leftLabel} balance`, st.bookBalance),
    ...st.lines
      .filter((l) => l.kind !== "unexplained" && (l.count > 0 || l.effect !== 0))
      .map((l) => row(l.label, l.effect, `${l.count} item${l.count === 1 ? "" : "s"}`)),
    row("Unexplained difference", st.unexplained),
    row(`${st.rightLabel} balance`, st.statementBalance),
    `  Check: ${st.identityHolds ? "holds" : "DOES NOT HOLD"}`,
  ];
}

/** `choice`: who chose the book's rows, said right after the counts (see reconcileBookRows.ts). */
export function reconcileText(outcome: ReconcileOutcome, choice: BookRowsChoice): string[] {
  const { setup } = outcome;
  const s = outcome.result.summary;
  const L = setup.left.name;
  const R = setup.right.name;
  const lines = [
    `Reconciled ${L} (book) with ${R} (statement): ${s.confirmed.matches} confirmed, ${s.suggested.matches} suggested, ${s.unmatched.left.rows} open in ${L}, ${s.unmatched.right.rows} open in ${R}`,
  ];
  const bookRows = bookRowsLine(outcome, choice);
  if (bookRows !== null) lines.push(bookRows);
  const review = describeDecisions(outcome.decisions);
  if (review !== "") lines.push(`Your review, kept in the workbook: ${review}.`);
  lines.push(...clearedNotes(outcome));
  for (const st of outcome.result.statements) lines.push(...statementLines(st));
  const suggested = matchViews(outcome, "suggested");
  if (suggested.length > 0) {
    lines.push("Suggested (review them in the task pane):");
    for (const m of suggested)
      lines.push(
        `  ${m.id}  ${L} row ${m.left.map((r) => r.row).join("+")} <-> ${R} row ${m.right.map((r) => r.row).join("+")}  ${m.rule}: ${m.reason}`,
      );
  }
  for (const side of ["left", "right"] as const) {
    const open = openItems(outcome, side);
    if (open.length === 0) continue;
    lines.push(`Open in ${side === "left" ? L : R}:`);
    for (const o of open) {
      const text = [o.reference, o.description].filter((t) => t !== "").join("  ");
      const pending = o.pendingAt === null ? "" : `  (${pendingNote(R, o.pendingAt)})`;
      lines.push(
        `  row ${o.row}  ${o.date}  ${displayMoney(o.minor, o.currency).padStart(14)}  ${text}`.trimEnd() +
          pending,
      );
    }
  }
  return lines;
}
