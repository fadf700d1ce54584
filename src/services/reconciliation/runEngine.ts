/**
 * Runs the engine over two read sides in slices that yield to the UI (hazard 19), with the side's
 * balances resolved from the user's figures, the Balance column or the rows that state them, and the
 * user's decisions first.
 */
import type { DateSystem } from "../../core/dates";
import type { Issue } from "../../core/issues";
import {
  startReconcile,
  unreadRowsOf,
  type Balances,
  type ReconcileResult,
  type StatementWording,
  type UnreadRows,
  type Workspace,
} from "../../core/reconcile";
import {
  balancesFromColumn,
  columnRows,
  fileDisagreement,
  statedBalances,
  statedDisagreements,
  type TakenFrom,
  type SideRecords,
  type StatedBalance,
} from "../../core/reconcileInput";
import type { Progress, RunOptions } from "../../workbook/port";
import { runInSlices, throwIfCancelled } from "../slices";
import { clearedOverlaps } from "./clearedOverlap";
import { readFileBalances } from "../../core/reconcileInput/fileBalances";
import { statementEndOption } from "../../core/reconcileInput/statementEnd";
import type { SideEarlier } from "../../core/reconcileInput";
import { displayMoney } from "./views";
import type { Decisions } from "./savedPair";
import type { BalanceSetup, ReconcileSetup } from "./setup";

export interface ResolvedBalance {
  /**
   * As set up; "stated" when the side's own rows ("Opening Balance", "Endsaldo") or its file's own lines
   * above or below the table ("Neuer Kontostand") state them, taken where nothing is typed and no Balance
   * column gives them; "typed" when any figure was typed (the other may come from the column or a row).
   */
  readonly source: BalanceSetup["source"] | "stated";
  readonly opening?: number;
  readonly closing?: number;
  /**
   * The currency `opening` and `closing` are in (minor units of it) where it is not the run's: the one
   * typed balances name on a run in several currencies ("¥1,000,000": JPY). Absent: the run's.
   */
  readonly currency?: string;
  /** Where the figures came from, for the statement sheet, e.g. "from the Balance column, rows 2–17". */
  readonly detail: string;
  /** What to say about them: a balance a row or a line of the file states that the one taken differs from. */
  readonly issues?: readonly Issue[];
}

export interface ReconcileOutcome {
  readonly setup: ReconcileSetup;
  readonly left: SideRecords;
  readonly right: SideRecords;
  readonly balances: { readonly left: ResolvedBalance; readonly right: ResolvedBalance };
  readonly decisions: Decisions;
  readonly result: ReconcileResult;
  /** Reading issues of both sides, then the engine's (stale decisions, findings, unexplained differences). */
  readonly issues: readonly Issue[];
  readonly dateSystem: DateSystem;
  /** Things the user should know that are not about a cell (e.g. saved settings that were ignored). */
  readonly notices: readonly string[];
  /** What each side's result columns held when read, and its rows cleared against another table. */
  readonly earlier: { readonly left: SideEarlier | null; readonly right: SideEarlier | null };
}

/** "the "Opening Balance" row (row 2)", or for a line of the file's own, "the file's "Endsaldo" line (row 15)". */
export function rowDetail(b: StatedBalance, line = false): string {
  const label = b.label.length > 60 ? `${b.label.slice(0, 59)}…` : b.label;
  if (!line) return `the "${label}" row (row ${b.row})`;
  return b.onSheet
    ? `the sheet's "${label}" line (row ${b.row})`
    : `the file's "${label}" line (row ${b.row})`;
}

type Kind = "opening" | "closing";

/** Where a figure the run takes came from, in the order a side's balances are looked for. */
type Taken =
  | { readonly from: "typed"; readonly minor: number }
  | { readonly from: "column"; readonly minor: number }
  | { readonly from: "row" | "line"; readonly minor: number; readonly stated: StatedBalance };

/** How the detail names a figure's source: "as typed", "from the Balance column, rows 2–11", "from …". */
function sourceText(t: Taken, column: string): string {
  switch (t.from) {
    case "typed":
      return "as typed";
    case "column":
      return `from ${column}`;
    case "row":
    case "line":
      return `from ${rowDetail(t.stated, t.from === "line")}`;
    default: {
      const never: never = t;
      return never;
    }
  }
}

/** "from the Balance column, rows 2–11", "as typed", "from A and B", or each figure's own when they differ. */
function detailOf(taken: Partial<Record<Kind, Taken>>, column: string): string {
  const { opening, closing } = taken;
  if (opening === undefined || closing === undefined) {
    const only = opening ?? closing;
    return only === undefined ? "" : sourceText(only, column);
  }
  const stated = (t: Taken) => t.from === "row" || t.from === "line";
  if (opening.from === closing.from && !stated(opening)) return sourceText(opening, column);
  if (stated(opening) && stated(closing))
    return `from ${[opening, closing].map((t) => sourceText(t, column).slice(5)).join(" and ")}`;
  return `opening ${sourceText(opening, column)}; closing ${sourceText(closing, column)}`;
}

/**
 * A side's balances, each figure from the first source that gives it: typed ones win; then the Balance
 * column's running balances (as set up, or beside a figure typed alone); then the balance rows among the
 * side's records; then the lines of the file's own above or below its table ("Neuer Kontostand"). A
 * balance a row or a line states that the one taken differs from is said, never dropped.
 */
export function resolveBalance(side: SideRecords, setup: BalanceSetup, currency = ""): ResolvedBalance {
  const running = balancesFromColumn(side);
  // A figure in a Balance column that counts the other way from the amounts is turned as the column is.
  const turned = running?.turned ?? false;
  const rows = statedBalances(side, turned);
  // A line the run cannot take (too many decimals, another currency) is said whatever the balance comes from.
  const file = readFileBalances(side, currency, turned);
  const lines = file.balances;
  const header = side.table.headers[side.map.balance ?? -1] ?? "Balance";
  const column = running ? `the ${header} column, rows ${columnRows(running)}` : "";
  const typed = setup.source === "typed" && (setup.opening !== undefined || setup.closing !== undefined);
  const useColumn = running !== null && (setup.source === "column" || typed);
  const take = (kind: Kind): Taken | undefined => {
    const t = typed ? setup[kind] : undefined;
    if (t !== undefined) return { from: "typed", minor: t };
    if (useColumn) return { from: "column", minor: running[kind] };
    const row = rows[kind];
    if (row) return { from: "row", minor: row.minor, stated: row };
    const line = lines[kind];
    return line ? { from: "line", minor: line.minor, stated: line } : undefined;
  };
  const taken: Partial<Record<Kind, Taken>> = {};
  const issues: Issue[] = [...file.issues];
  for (const kind of ["opening", "closing"] as const) {
    const t = take(kind);
    if (t === undefined) continue;
    taken[kind] = t;
    if (t.from === "typed" || t.from === "column") {
      const given = { source: t.from, [kind]: t.minor } as const;
      issues.push(
        ...statedDisagreements(side, { ...(rows[kind] ? { [kind]: rows[kind] } : {}) }, given, currency),
      );
    }
    const from: TakenFrom | null =
      t.from === "typed"
        ? { source: "typed" }
        : t.from === "column"
          ? { source: "column", column: header }
          : t.from === "row"
            ? { source: "row", label: t.stated.label, row: t.stated.row }
            : null;
    const differs = from && fileDisagreement(kind, lines[kind], t.minor, from, currency);
    if (differs) issues.push(differs);
  }
  const { opening, closing } = taken;
  if (opening === undefined && closing === undefined) {
    const said = issues.length > 0 ? { issues } : {};
    if (setup.source === "column")
      return { source: "none", detail: "no usable Balance column: the statement starts from zero", ...said };
    return { source: "none", detail: "not given: the statement starts from zero", ...said };
  }
  const all = [opening, closing].flatMap((t) => (t ? [t.from] : []));
  const source = all.includes("typed") ? "typed" : all.includes("column") ? "column" : "stated";
  const named =
    typed && setup.currency !== undefined && setup.currency !== currency ? setup.currency : undefined;
  return {
    source,
    ...(opening !== undefined ? { opening: opening.minor } : {}),
    ...(closing !== undefined ? { closing: closing.minor } : {}),
    ...(named !== undefined ? { currency: named } : {}),
    detail: detailOf(taken, column),
    ...(issues.length > 0 ? { issues } : {}),
  };
}

/**
 * A side's balance no statement takes, said in its detail ("as typed, but in no statement: …"): on a run
 * in several currencies, figures naming none where the side's rows (or, without rows, both sides') are in
 * several and no row is in the run's default, as the engine places them (placeBalances) and warns
 * (recon_balance_currency_unknown). The figures stay, so the user sees what was typed.
 */
export function unplaced(
  b: ResolvedBalance,
  side: SideRecords,
  other: SideRecords,
  currency: string,
): ResolvedBalance {
  if (currency !== "" || b.currency !== undefined) return b;
  if (b.opening === undefined && b.closing === undefined) return b;
  const both = new Set([...side.currencies, ...other.currencies]);
  const own = side.currencies.length > 0 ? side.currencies : [...both];
  if (both.has("") || own.length < 2) return b;
  return { ...b, detail: `${b.detail}, but in no statement: its currency is not named` };
}

/**
 * A side's balance with the rows cleared earlier against another table counted in: they take no part
 * in matching, but they moved the account. Where a closing balance is known it already holds them; else
 * they are brought forward into the opening balance (a side given none starts from their total).
 */
export function withCleared(b: ResolvedBalance, side: SideRecords, runCurrency: string): ResolvedBalance {
  const rows = side.cleared.rows;
  if (rows === 0 || b.closing !== undefined) return b;
  const currency = b.currency ?? runCurrency;
  const total = side.cleared.minor.get(currency) ?? 0;
  const what = `${rows} row${rows === 1 ? "" : "s"} cleared earlier against another table (${displayMoney(total, currency)}) brought forward`;
  return { ...b, opening: (b.opening ?? 0) + total + 0, detail: `${b.detail}; ${what}` };
}

/**
 * Rows cleared earlier moved a side's balance without being among its records: where a closing balance
 * is known (withCleared left the opening as it was), the engine counts them between opening and closing.
 * Balances read from the Balance column span its first to its last record, so only the cleared rows
 * between those count; typed ones span the whole table.
 */
function clearedTotal(b: ResolvedBalance, side: SideRecords, runCurrency: string): number | undefined {
  if (side.cleared.rows === 0 || b.closing === undefined) return undefined;
  const currency = b.currency ?? runCurrency;
  if (b.source !== "column") return side.cleared.minor.get(currency) ?? 0;
  const column = balancesFromColumn(side);
  if (column === null) return undefined;
  const lo = Math.min(column.firstRow, column.lastRow);
  const hi = Math.max(column.firstRow, column.lastRow);
  const each = side.cleared.each;
  let total = 0;
  for (let k = 0; k < each.row.length; k++) {
    const row = each.row[k] as number;
    if (row > lo && row < hi && each.currency[k] === currency) total += each.minor[k] as number;
  }
  return total;
}

function engineBalances(
  setup: ReconcileSetup,
  l: ResolvedBalance,
  r: ResolvedBalance,
  cleared: { readonly left: number | undefined; readonly right: number | undefined },
): Balances {
  // Balances typed naming a currency (a run in several has none of its own) go to its statement.
  const left = l.currency;
  const right = r.currency;
  return {
    currency: setup.currency,
    ...(left !== undefined ? { leftCurrency: left } : {}),
    ...(right !== undefined ? { rightCurrency: right } : {}),
    ...(l.opening !== undefined ? { leftOpening: l.opening } : {}),
    ...(l.closing !== undefined ? { leftClosing: l.closing } : {}),
    ...(r.opening !== undefined ? { rightOpening: r.opening } : {}),
    ...(r.closing !== undefined ? { rightClosing: r.closing } : {}),
    ...(cleared.left !== undefined ? { leftCleared: cleared.left } : {}),
    ...(cleared.right !== undefined ? { rightCleared: cleared.right } : {}),
  };
}

/** The words of the statement's lines for the preset's pair: bank wording only for a bank statement. */
export function wordingOf(preset: ReconcileSetup["preset"]): StatementWording {
  switch (preset) {
    case "bank-ledger":
      return "bank";
    case "customer-receivables":
      return "customer";
    default: {
      const never: never = preset;
      return never;
    }
  }
}

/** Each side's rows that could not be read, with the amounts that still read (see unreadRowsOf). */
function unreadOf(input: EngineInput): { readonly left?: UnreadRows; readonly right?: UnreadRows } {
  const { setup, dateSystem } = input;
  const of = (side: "left" | "right"): UnreadRows | null =>
    unreadRowsOf(input[side], {
      reading: setup[side].reading,
      dateSystem,
      defaultCurrency: setup.currency,
      selection: setup[side].selection,
    });
  const left = of("left");
  const right = of("right");
  return { ...(left === null ? {} : { left }), ...(right === null ? {} : { right }) };
}

/** Maps a part's own progress into [from, to) of the whole. */
export function progressPart(
  onProgress: ((p: Progress) => void) | undefined,
  from: number,
  to: number,
): ((p: Progress) => void) | undefined {
  if (!onProgress) return undefined;
  return (p) =>
    onProgress({
      phase: p.phase,
      done: from + (p.total > 0 ? Math.floor(((to - from) * p.done) / p.total) : 0),
      total: PROGRESS_TOTAL,
    });
}

export const PROGRESS_TOTAL = 1000;
/** Rows visited per engine step: a few milliseconds, so a slice of 16 ms holds several. */
const STEP_BUDGET = 20_000;

export interface EngineInput {
  readonly setup: ReconcileSetup;
  readonly left: SideRecords;
  readonly right: SideRecords;
  readonly decisions: Decisions;
  readonly dateSystem: DateSystem;
  readonly notices?: readonly string[];
  readonly earlier?: ReconcileOutcome["earlier"];
  /** Buffers kept from the previous run (re-runs after each decision allocate next to nothing). */
  readonly workspace?: Workspace;
}

/** Runs the engine in slices; rejects with a CancelledError when the signal aborts between slices. */
export async function runEngine(input: EngineInput, opts: RunOptions = {}): Promise<ReconcileOutcome> {
  const { setup, left, right, decisions } = input;
  const resolved = (side: SideRecords, other: SideRecords, b: BalanceSetup) =>
    withCleared(
      unplaced(resolveBalance(side, b, setup.currency), side, other, setup.currency),
      side,
      setup.currency,
    );
  const balances = {
    left: resolved(left, right, setup.left.balances),
    right: resolved(right, left, setup.right.balances),
  };
  const cleared = {
    left: clearedTotal(balances.left, left, setup.currency),
    right: clearedTotal(balances.right, right, setup.currency),
  };
  const run = startReconcile(left.set, right.set, {
    rules: setup.rules,
    decisions,
    currency: setup.currency,
    balances: engineBalances(setup, balances.left, balances.right, cleared),
    wording: wordingOf(setup.preset),
    unread: unreadOf(input),
    ...statementEndOption(right, input.dateSystem),
    ...(input.workspace ? { workspace: input.workspace } : {}),
    ...(opts.onProgress
      ? { onProgress: (p) => opts.onProgress?.({ phase: p.phase, done: p.done, total: p.total }) }
      : {}),
  });
  await runInSlices(() => run.step(STEP_BUDGET), {
    what: "The reconciliation",
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  // A cancel pressed during the last slice still counts: the user asked for no result.
  throwIfCancelled(opts.signal, "The reconciliation");
  const ran = run.result();
  const earlier = input.earlier ?? { left: null, right: null };
  const overlaps = clearedOverlaps(ran, left, right, earlier);
  const result: ReconcileResult =
    overlaps.length === 0
      ? ran
      : {
          ...ran,
          findings: [...ran.findings, ...overlaps],
          issues: [...ran.issues, ...overlaps.map((f) => f.issue)],
        };
  return {
    setup,
    left,
    right,
    balances,
    decisions,
    result,
    issues: [
      ...left.issues,
      ...right.issues,
      ...(balances.left.issues ?? []),
      ...(balances.right.issues ?? []),
      ...result.issues,
    ],
    dateSystem: input.dateSystem,
    notices: input.notices ?? [],
    earlier,
  };
}
