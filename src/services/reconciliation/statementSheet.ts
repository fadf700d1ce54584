/**
 * The Reconciliation sheet: the statement (book balance, the lines that take it to the statement
 * balance, the unexplained difference as it is, and whether the identity holds), then the open items
 * with links to their rows (a book row whose payment the bank lists as pending says so in its Finding),
 * the suggestions still to review, the proposed adjustments and the issues.
 * Under each statement, what the engine remarks on it (signs the other way, a closing balance that is not
 * its opening plus its rows, what to check first when it does not close), so it is read with the figures.
 */
import { dayToSerial } from "../../core/dates";
import { bareMessage, type Issue, type Severity } from "../../core/issues";
import { currencyDecimals, minorToNumber } from "../../core/money";
import type { Side, Statement } from "../../core/reconcile";
import {
  ROW_BALANCE,
  ROW_BLANK,
  ROW_EXCLUDED,
  ROW_PENDING,
  ROW_UNREADABLE,
  type SideRecords,
} from "../../core/reconcileInput";
import { columnLetter } from "../../core/table";
import type { OutLink, OutNumber, OutValue, OutputTable, SheetOutput } from "../../workbook/port";
import type { ReconcileOutcome, ResolvedBalance } from "./runEngine";
import { pairKey } from "./setup";
import { displayMoney, matchViews, openItems, type OpenItemView, type RowRef } from "./views";

export const SHEET_NAME = "Reconciliation";
/** Issues listed on the sheet; the rest are counted, so a very dirty table cannot blow the write up. */
const MAX_ISSUE_ROWS = 2000;

export function sheetKey(outcome: ReconcileOutcome): string {
  return `reconcile:${pairKey(outcome.setup.left.name, outcome.setup.right.name)}`;
}

function moneyFormat(currency: string): string {
  const d = currencyDecimals(currency);
  return d === 0 ? "#,##0" : `#,##0.${"0".repeat(d)}`;
}

function money(minor: number, currency: string): OutNumber {
  return {
    kind: "number",
    value: minorToNumber(minor, currencyDecimals(currency)),
    format: moneyFormat(currency),
  };
}

function link(records: SideRecords, row: number): OutLink {
  const t = records.table;
  return {
    kind: "link",
    text: `${t.name} row ${row}`,
    sheet: t.sheet,
    address: `${columnLetter(t.firstColumn)}${row}`,
  };
}

function rowList(refs: readonly RowRef[]): string {
  return refs.map((r) => r.row).join(", ");
}

function counts(records: SideRecords): string {
  let excluded = 0;
  let unreadable = 0;
  let blank = 0;
  let pending = 0;
  let voided = 0;
  let balance = 0;
  records.state.forEach((s, i) => {
    if (s === ROW_BALANCE) balance++;
    else if (s === ROW_EXCLUDED) excluded++;
    else if (s === ROW_UNREADABLE) unreadable++;
    else if (s === ROW_BLANK) blank++;
    else if (s !== ROW_PENDING) return;
    else if (records.rowIssues.get(i)?.some((x) => x.code === "recon_row_void")) voided++;
    else pending++;
  });
  const n = records.set.size;
  const parts = [`${n} row${n === 1 ? " takes" : "s take"} part`];
  const cleared = records.cleared.rows;
  if (cleared > 0) parts.push(`${cleared} cleared earlier against another table`);
  if (excluded > 0) parts.push(`${excluded} not selected`);
  if (unreadable > 0) parts.push(`${unreadable} could not be read`);
  if (pending > 0) parts.push(`${pending} pending, not booked yet`);
  if (voided > 0) parts.push(`${voided} declined or cancelled, never booked`);
  if (balance > 0) parts.push(`${balance} stating a balance, not a booking`);
  if (blank > 0) parts.push(`${blank} blank`);
  return parts.join(", ");
}

/** A side's balances, in the currency they name where it is not the run's ("¥1,000,000" typed). */
function balanceLine(label: string, b: ResolvedBalance, runCurrency: string): OutValue[] {
  if (b.opening === undefined && b.closing === undefined) return [label, null, b.detail];
  const currency = b.currency ?? runCurrency;
  const parts: string[] = [];
  if (b.opening !== undefined) parts.push(`opening ${displayMoney(b.opening, currency)}`);
  if (b.closing !== undefined) parts.push(`closing ${displayMoney(b.closing, currency)}`);
  return [
    label,
    b.opening !== undefined ? money(b.opening, currency) : null,
    `${parts.join(", ")} (${b.detail})`,
  ];
}

function statementLines(st: Statement): OutValue[][] {
  const c = st.currency;
  const lines: OutValue[][] = [
    [`Currency`, c === "" ? "(not named)" : c, null],
    [`${st.leftLabel} balance`, money(st.bookBalance, c), "book side, closing"],
  ];
  for (const l of st.lines) {
    if (l.kind === "unexplained") continue;
    lines.push([
      l.label,
      money(l.effect, c),
      l.count === 0 ? "" : `${l.count} item${l.count === 1 ? "" : "s"}`,
    ]);
  }
  lines.push([
    "Unexplained difference",
    money(st.unexplained, c),
    st.unexplained === 0 ? "none" : "to investigate",
  ]);
  lines.push([`${st.rightLabel} balance`, money(st.statementBalance, c), "statement side, closing"]);
  lines.push([
    "Check",
    st.identityHolds ? "holds" : "DOES NOT HOLD",
    `${st.leftLabel} balance + lines + unexplained = ${st.rightLabel} balance`,
  ]);
  lines.push(...remarkLines(st.remarks));
  return lines;
}

/** "1 Ledger row", "12 Bank rows". */
const rowsOf = (n: number, name: string): string => `${n} ${name} row${n === 1 ? "" : "s"}`;

const REMARK_LABEL: Readonly<Record<Severity, string>> = {
  error: "Error",
  warning: "Warning",
  info: "Note",
};

/**
 * A line per remark, its message without the location (the block is the statement's): the same issue is
 * also in the issues table, but there it is one row among the cells' issues, far below the figures.
 */
function remarkLines(remarks: readonly Issue[]): OutValue[][] {
  const seen = new Set<string>();
  const out: OutValue[][] = [];
  for (const r of remarks) {
    const text = bareMessage(r);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push([REMARK_LABEL[r.severity], null, text]);
  }
  return out;
}

function openTable(outcome: ReconcileOutcome, open: Record<"left" | "right", OpenItemView[]>): OutputTable {
  const rows: OutValue[][] = [];
  for (const side of ["left", "right"] as const) {
    const records = side === "left" ? outcome.left : outcome.right;
    for (const o of open[side]) {
      rows.push([
        records.table.name,
        link(records, o.row),
        { kind: "number", value: dayToSerial(o.day, outcome.dateSystem), format: "yyyy-mm-dd" },
        money(o.minor, o.currency),
        o.reference,
        o.description,
        o.line,
        o.findings.join("; "),
      ]);
    }
  }
  return {
    name: "ReconOpenItems",
    headers: ["Table", "Row", "Date", "Amount", "Reference", "Description", "Statement line", "Finding"],
    rows,
  };
}

function suggestedTable(outcome: ReconcileOutcome): OutputTable {
  const { left, right } = outcome.setup;
  return {
    name: "ReconSuggested",
    headers: ["Match ID", "Rule", `${left.name} rows`, `${right.name} rows`, "Difference", "Reason"],
    rows: matchViews(outcome, "suggested").map((m) => [
      m.id,
      m.rule,
      rowList(m.left),
      rowList(m.right),
      money(m.difference, m.currency),
      m.reason,
    ]),
  };
}

function adjustmentsTable(outcome: ReconcileOutcome): OutputTable {
  return {
    name: "ReconAdjustments",
    headers: ["Match ID", "Status", "Kind", "Amount", "Description"],
    rows: outcome.result.adjustments.map((a) => [
      a.matchId,
      a.status,
      a.kind.replace(/_/g, " "),
      money(a.amount, a.currency),
      a.description,
    ]),
  };
}

function issuesTable(outcome: ReconcileOutcome): OutputTable {
  const all = outcome.issues;
  const rows: OutValue[][] = all
    .slice(0, MAX_ISSUE_ROWS)
    .map((i) => [i.severity, i.code, i.table ?? "", i.row ?? null, i.message]);
  if (all.length > MAX_ISSUE_ROWS)
    rows.push(["info", "", "", null, `${all.length - MAX_ISSUE_ROWS} more issues are not listed here.`]);
  return { name: "ReconIssues", headers: ["Severity", "Code", "Table", "Row", "Message"], rows };
}

function sideLine(side: Side, outcome: ReconcileOutcome): OutValue[] {
  const s = side === "left" ? outcome.setup.left : outcome.setup.right;
  const records = side === "left" ? outcome.left : outcome.right;
  const sel = s.selection ? `; only ${s.selection.field} ${s.selection.values.join(", ")}` : "";
  return [side === "left" ? "Book side" : "Statement side", s.name, `${counts(records)}${sel}`];
}

/** The Reconciliation sheet for an outcome; written under the pair's key so a re-run replaces it. */
export function statementSheet(outcome: ReconcileOutcome): SheetOutput {
  const { setup, result } = outcome;
  const cur = setup.currency;
  const s = result.summary;
  const open = { left: openItems(outcome, "left"), right: openItems(outcome, "right") };
  const pending = open.left.filter((o) => o.pendingAt !== null).length;
  const lines: OutValue[][] = [
    sideLine("left", outcome),
    sideLine("right", outcome),
    balanceLine(`${setup.left.name} opening balance`, outcome.balances.left, cur),
    balanceLine(`${setup.right.name} opening balance`, outcome.balances.right, cur),
    [
      "Confirmed matches",
      s.confirmed.matches,
      `${rowsOf(s.confirmed.left.rows, setup.left.name)}, ${rowsOf(s.confirmed.right.rows, setup.right.name)}`,
    ],
    ["Suggested matches", s.suggested.matches, "to review in the task pane"],
    [
      `Open in ${setup.left.name}`,
      s.unmatched.left.rows,
      pending === 0 ? null : `${pending} pending at ${setup.right.name}, not booked yet`,
    ],
    [`Open in ${setup.right.name}`, s.unmatched.right.rows, null],
  ];
  for (const st of result.statements) lines.push([null, null, null], ...statementLines(st));
  return {
    key: sheetKey(outcome),
    sheetName: SHEET_NAME,
    title: `Reconciliation of ${setup.left.name} and ${setup.right.name}`,
    lines,
    tables: [
      openTable(outcome, open),
      suggestedTable(outcome),
      adjustmentsTable(outcome),
      issuesTable(outcome),
    ],
  };
}
