/**
 * A statement file as one table the rest of the toolkit reads like any bank export: a row per line in file
 * order, headers the column detection knows, amounts as numbers, days as ISO text, and a running Balance
 * from the balances the bank states. Where a statement's lines do not carry its opening balance to its
 * closing one, or the file stops inside it, the table says so at the statement's last row (a line is
 * missing, or the file was cut; a transaction it stops inside was left out).
 */
import type { Cell } from "../cell";
import { isoFromDay } from "../dates";
import { makeIssue, type Issue } from "../issues";
import { currencyDecimals, formatMoney, minorToNumber } from "../money";
import type { Statement, StatementFile } from "./model";

export const STATEMENT_HEADERS = {
  date: "Date",
  // Not "Value Date": beside "Date" that header names the date field as exactly, and the table would need a
  // column map before it could be read.
  valueDate: "Bank Value Date",
  amount: "Amount",
  currency: "Currency",
  party: "Counterparty",
  description: "Description",
  reference: "Reference",
  bankId: "Transaction ID",
  balance: "Balance",
  // Not "Account": that names a ledger's account column, and the table would read as a journal.
  account: "Bank Account",
  statement: "Statement",
} as const;

export interface StatementTable {
  readonly headers: readonly string[];
  /** One row per statement line, cells in header order. */
  readonly rows: readonly (readonly Cell[])[];
  /**
   * Statements whose lines do not lead from the opening balance to the closing one, or that the file stops
   * inside, at their last row.
   */
  readonly issues: readonly Issue[];
}

/**
 * The file's statements by account, in the order the accounts first appear: a file that holds several
 * accounts (a corporate MT940 download, a multi-account camt.053) becomes a table per account, each with
 * its own running balance, so each can be reconciled against its own ledger account.
 */
export function byAccount(file: StatementFile): StatementFile[] {
  const groups = new Map<string, Statement[]>();
  for (const s of file.statements) {
    const group = groups.get(s.account);
    if (group === undefined) groups.set(s.account, [s]);
    else group.push(s);
  }
  return [...groups.values()].map((statements) => ({ format: file.format, statements }));
}

/**
 * The name of each account's table, from the file's name: one account keeps it, several are told apart by
 * their account ("camt053 DE89…").
 */
export function accountLabels(base: string, accounts: readonly StatementFile[]): string[] {
  return accounts.map((one) =>
    accounts.length === 1 ? base : `${base} ${one.statements[0]?.account ?? ""}`,
  );
}

/** Where the table will stand: its sheet, its name and the Excel row of its header. */
export interface TablePlace {
  readonly sheet: string;
  readonly table: string;
  readonly headerRow: number;
}

/**
 * Balances after each line of a statement, or null where the file states none to start from or its lines
 * are in another currency. From the opening balance forward; with only a closing balance (OFX), backward
 * from it, when every line is booked by the closing balance's day.
 */
function runningBalances(s: Statement): number[] | null {
  if (s.lines.some((l) => l.currency !== s.currency)) return null;
  const out: number[] = [];
  if (s.opening !== undefined) {
    let balance = s.opening.minor;
    for (const l of s.lines) out.push((balance += l.minor));
    return out;
  }
  const closing = s.closing;
  if (closing === undefined || s.lines.some((l) => l.day > closing.day)) return null;
  let balance = closing.minor;
  for (let k = s.lines.length - 1; k >= 0; k--) {
    out[k] = balance;
    balance -= (s.lines[k] as Statement["lines"][number]).minor;
  }
  return out;
}

/** "3/1 of DE89…", or what of it the file gives. */
function statementName(s: Statement): string {
  if (s.id !== "" && s.account !== "") return `${s.id} of ${s.account}`;
  return s.id || s.account || "(no number)";
}

export function statementTable(file: StatementFile, place: TablePlace): StatementTable {
  const H = STATEMENT_HEADERS;
  const lines = file.statements.flatMap((s) => s.lines);
  const withValueDate = lines.some((l) => l.valueDay !== undefined);
  const withStatement = file.statements.some((s) => s.id !== "");
  const headers: string[] = [
    H.date,
    ...(withValueDate ? [H.valueDate] : []),
    H.amount,
    H.currency,
    H.party,
    H.description,
    H.reference,
    H.bankId,
    H.balance,
    H.account,
    ...(withStatement ? [H.statement] : []),
  ];
  const rows: Cell[][] = [];
  const issues: Issue[] = [];
  const text = (s: string): Cell => (s === "" ? null : s);
  for (const s of file.statements) {
    const balances = runningBalances(s);
    const decimals = currencyDecimals(s.currency);
    s.lines.forEach((l, k) => {
      const balance = balances?.[k];
      rows.push([
        isoFromDay(l.day),
        ...(withValueDate ? [l.valueDay === undefined ? null : isoFromDay(l.valueDay)] : []),
        minorToNumber(l.minor, currencyDecimals(l.currency)),
        l.currency,
        text(l.party),
        text(l.description),
        text(l.reference),
        text(l.bankId),
        balance === undefined ? null : minorToNumber(balance, decimals),
        text(s.account),
        ...(withStatement ? [text(s.id)] : []),
      ]);
    });
    // The statement's last row; for a statement without lines, the header's next row when the table has
    // none, else the header row (not the row of an earlier statement's last line).
    const where = {
      sheet: place.sheet,
      table: place.table,
      row:
        s.lines.length === 0 && rows.length > 0
          ? place.headerRow
          : place.headerRow + Math.max(1, rows.length),
      column: H.balance,
    };
    if (s.cut !== undefined) {
      const { entry } = s.cut;
      issues.push(
        makeIssue("statement_cut_off", where, {
          statement: statementName(s),
          line: s.cut.line,
          file: s.cut.file === undefined ? "the file" : JSON.stringify(s.cut.file),
          missing: s.cut.missing,
          ...(entry === undefined
            ? {}
            : {
                entryLine: entry.line,
                entryDay: entry.day === undefined ? "" : isoFromDay(entry.day),
                entryAmount: entry.amount,
              }),
        }),
      );
    }
    const { opening, closing } = s;
    if (opening === undefined || closing === undefined || balances === null) continue;
    const reached = balances.length === 0 ? opening.minor : (balances[balances.length - 1] as number);
    if (reached === closing.minor) continue;
    issues.push(
      makeIssue("statement_balance_break", where, {
        statement: statementName(s),
        opening: formatMoney(opening.minor, s.currency),
        lines: s.lines.length,
        reached: formatMoney(reached, s.currency),
        closing: formatMoney(closing.minor, s.currency),
      }),
    );
  }
  return { headers, rows, issues };
}
