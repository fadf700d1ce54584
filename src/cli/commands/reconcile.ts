/**
 * `bo reconcile LEFT RIGHT [--rules rules.json] [--out result.xlsx] [--json]`: the book table (LEFT)
 * against the statement (RIGHT) with the same service as the task pane — preset, column detection,
 * book-row selection, balances from a running Balance column — printing matches with the Excel rows of
 * both sides, open rows, adjustments and the statement. --out writes the result columns and the
 * Reconciliation sheet into a copy of the workbook (both tables in one file when they came from two); where
 * the copy cannot be written, the reconciliation is still reported, with an error saying why (exit 2).
 */
import type { DateOrder } from "../../core/dates";
import { countBySeverity, type Issue } from "../../core/issues";
import {
  BalanceError,
  createReconciliationService,
  presetById,
  type BalanceSetup,
  type ReconcileOutcome,
  type ReconcileSetup,
  type ReconciliationService,
} from "../../services/reconciliation";
import { bookRowsIssues } from "../../services/reconciliation/bookRows";
import { balancesUnder, proposedReading, selectionUnder } from "../../services/reconciliation/propose";
import type { Selection, SideReading } from "../../core/reconcileInput";
import { sameFile } from "../../workbook/memory/node";
import { allowFlags, stringFlag, UsageError, type ParsedArgs } from "../args";
import { usageLine, type Command } from "../command";
import { checkOutFolder, writeWorkbook } from "../outFile";
import { envelope, issueLines } from "../output";
import { presetOf, rulesOf } from "../rulesFile";
import { encodingOf, ENCODING_OPTION, parseSource } from "../source";
import { visible } from "../visible";
import {
  notReconciledJson,
  notReconciledSummary,
  reconcileJson,
  reconcileSummary,
  reconcileText,
  mappingToFix,
  unreadReason,
} from "./reconcileOutput";
import type { BookRowsChoice } from "./reconcileBookRows";
import { reconcileHints } from "./reconcileHints";
import { isOutFailure, notWrittenIssue } from "./reconcileNotWritten";
import { openPair } from "./reconcileSources";
import { checkSelection, selectionOf } from "./reconcileSelection";
import { typeCsvCells } from "./typedCsvCells";

const VALUED = [
  "rules",
  "out",
  "preset",
  "select",
  "left-opening",
  "left-closing",
  "right-opening",
  "right-closing",
  "left-date-order",
  "right-date-order",
  "encoding",
];

const DATE_ORDERS: readonly DateOrder[] = ["DMY", "MDY", "YMD"];
/** The fields a side's amounts are read from: a sign convention given with them is how they read. */
const AMOUNT_FIELDS = ["amount", "debit", "credit", "indicator"] as const;
const SIDE_NAME = { left: "book", right: "statement" } as const;

/**
 * A side's --X-opening and --X-closing as typed text: the run reads them as the pane's fields are read
 * (in its currency, DR/CR in the side's convention) and refuses one that does not read.
 */
function balancesOf(args: ParsedArgs, side: "left" | "right", proposed: BalanceSetup): BalanceSetup {
  const opening = stringFlag(args, `${side}-opening`);
  const closing = stringFlag(args, `${side}-closing`);
  if (opening === undefined && closing === undefined) return proposed;
  return {
    source: "typed",
    text: { ...(opening !== undefined ? { opening } : {}), ...(closing !== undefined ? { closing } : {}) },
  };
}

/** The run, a typed balance it refuses told as the flag that gave it. */
async function runWithFlags(svc: ReconciliationService, setup: ReconcileSetup): Promise<ReconcileOutcome> {
  try {
    return await svc.run(setup);
  } catch (e) {
    if (e instanceof BalanceError) throw new UsageError(`--${e.side}-${e.key}: ${e.message}`);
    throw e;
  }
}

/** --left-date-order / --right-date-order as a reading to lay over the rules file's; {} without the flag. */
function dateOrderOf(args: ParsedArgs, side: "left" | "right"): { dateOrder?: DateOrder } {
  const text = stringFlag(args, `${side}-date-order`);
  if (text === undefined) return {};
  const order = DATE_ORDERS.find((o) => o === text.toUpperCase());
  if (order === undefined)
    throw new UsageError(`--${side}-date-order: "${text}" is not a date order (DMY, MDY or YMD)`);
  return { dateOrder: order };
}

/**
 * What is said instead of the statement when a side could not be read at all: which, the columns it
 * has, and how to name its Date and Amount columns.
 */
function notReconciled(
  outcome: ReconcileOutcome,
  unread: readonly ("left" | "right")[],
  out: string | undefined,
): string[] {
  const lines = unread.map((side) => {
    const { name } = outcome.setup[side];
    const headers = outcome[side].table.headers.filter((h) => h.trim() !== "");
    const reason = unreadReason(outcome, side);
    return mappingToFix(outcome, side)
      ? `Not reconciled: the ${SIDE_NAME[side]} ${name} has ${reason}`
      : `Not reconciled: the ${SIDE_NAME[side]} ${name} has ${reason} ` +
          `(its columns: ${headers.join(", ") || "none"}); rename them, or name them in a rules file ` +
          `given with --rules: {"${side}": {"columns": {"date": "…", "amount": "…"}}}`;
  });
  if (out !== undefined) lines.push(`Nothing was written to ${out}.`);
  return lines;
}

export const reconcileCommand: Command = {
  name: "reconcile",
  usage: "reconcile LEFT RIGHT [options]             match a book table against a statement",
  synopsis:
    "reconcile LEFT RIGHT [--preset bank-ledger|customer-receivables] [--rules rules.json] [--select Field=V1,V2|all] [--left-opening N] [--left-closing N] [--right-opening N] [--right-closing N] [--left-date-order DMY|MDY|YMD] [--right-date-order DMY|MDY|YMD] [--encoding NAME] [--out result.xlsx] [--json]",
  about:
    "Matches a book table (LEFT) against a statement (RIGHT) with the task pane's engine, preset and column detection, and prints the counts, the reconciliation statement, the suggestions and the open rows of both sides, each with its Excel row. The review and rules the workbook keeps for the pair apply. Exit 1 when a row could not be read; exit 2 when --out could not be written (the reconciliation is printed all the same, with the error saying why).",
  options: [
    ["--preset P", "bank-ledger (the default: a bank statement against the ledger) or customer-receivables"],
    ["--rules FILE", "the rules (and how to read each side) of a rules file; see bo rules"],
    ["--select FIELD=V1,V2", "the book rows taking part, e.g. Account=1000; all: every row"],
    [
      "--left-opening N",
      "the book's opening balance, e.g. 18,420.35 or 18,420.35 DR (DR/CR as the side's Debit and Credit read; also --left-closing, --right-opening, --right-closing)",
    ],
    [
      "--left-date-order O",
      "DMY, MDY or YMD: how the book's dates such as 05.03.2026 read (also --right-date-order); wins over --rules",
    ],
    ENCODING_OPTION,
    [
      "--out FILE.xlsx",
      "a new workbook with the result columns beside both tables and a Reconciliation sheet",
    ],
    ["--json", "matches, open rows, adjustments and the statement in the JSON envelope"],
  ],
  valued: VALUED,
  async run(args, io) {
    allowFlags(args, [...VALUED, "json"]);
    const [leftText, rightText, extra] = args.positional;
    if (leftText === undefined || rightText === undefined || extra !== undefined)
      throw new UsageError(usageLine(reconcileCommand));
    const preset = presetOf(args);
    const config = await rulesOf(args);
    const encoding = encodingOf(args);
    const orders = { left: dateOrderOf(args, "left"), right: dateOrderOf(args, "right") };
    const left = parseSource(leftText, encoding);
    const right = parseSource(rightText, encoding);
    const out = stringFlag(args, "out");
    // --out writes a copy holding values, formats, notes, tables, links, dropdowns and names: over an input
    // it would lose the rest of that workbook (charts, pivot tables, macros, the add-in's own part).
    for (const source of [left, right])
      if (out !== undefined && (await sameFile(out, source.file)))
        throw new UsageError(
          `--out "${out}" is the input "${source.file}": the copy keeps values, formats, notes, tables, links, dropdowns and names, ` +
            `not charts, pivot tables or macros, so it never replaces a workbook it reads; name a new file`,
        );
    if (out !== undefined) await checkOutFolder(out);
    const pair = await openPair(left, right);
    const svc = createReconciliationService(pair.port);
    const proposal = await svc.proposeSetup(pair.left.ref, pair.right.ref, preset);
    const p = proposal.setup;
    // Columns a rules file names without a sign convention get the one the preset proposes for them, money
    // in read from columns named for it (headerWords.ts), not the one proposed for the columns detected.
    const readingOf = (side: "left" | "right"): SideReading => {
      const given = config?.[side];
      const merged = { ...p[side].reading, ...(given ?? {}), ...orders[side] };
      if (given?.columns === undefined || given.debitCredit !== undefined) return merged;
      const { debitCredit: _proposed, ...chosen } = merged;
      return proposedReading(presetById(preset), side, proposal.tables[side], chosen);
    };
    const reading = { left: readingOf("left"), right: readingOf("right") };
    // The reading the book rows are proposed under: the rules file's, but a sign convention it gives alone
    // (not with the amount columns it is for) stays the proposal's. The run checks such a sign against the
    // statement (recon_signs_opposite): rows chosen to agree with it would hide a sign set the wrong way.
    const rowsReading = (side: "left" | "right"): SideReading => {
      const columns = config?.[side]?.columns;
      if (columns !== undefined && AMOUNT_FIELDS.some((f) => f in columns)) return reading[side];
      const { sign: _sign, debitCredit: _debitCredit, ...rest } = reading[side];
      const { sign, debitCredit } = p[side].reading;
      return {
        ...rest,
        ...(sign !== undefined ? { sign } : {}),
        ...(debitCredit !== undefined ? { debitCredit } : {}),
      };
    };
    // The proposal chose the book rows reading both sides as detected: a Party column a rules file names or
    // a date order can point at other rows, so they are proposed again under those.
    const relaid = (["left", "right"] as const).some(
      (side) => config?.[side] !== undefined || orders[side].dateOrder !== undefined,
    );
    const selected = stringFlag(args, "select") !== undefined;
    const proposedRows = relaid
      ? selectionUnder(proposal, { left: rowsReading("left"), right: rowsReading("right") })
      : p.left.selection;
    const selection = selectionOf(args, proposedRows);
    const choice: BookRowsChoice = selected ? "given" : proposal.selectionSaved ? "saved" : "proposed";
    // The proposal read each side as detected: a Balance column the rules file names counts too.
    const proposed = (side: "left" | "right", sel: Selection | null): BalanceSetup =>
      config?.[side] === undefined && orders[side].dateOrder === undefined
        ? p[side].balances
        : balancesUnder(proposal, side, reading[side], sel);
    const setup: ReconcileSetup = {
      ...p,
      left: {
        ...p.left,
        output: pair.left.output,
        reading: reading.left,
        selection,
        balances: balancesOf(args, "left", proposed("left", selection)),
      },
      right: {
        ...p.right,
        output: pair.right.output,
        reading: reading.right,
        balances: balancesOf(args, "right", proposed("right", null)),
      },
      ...(config?.rules ? { rules: config.rules, customRules: true } : {}),
    };
    const outcome = await runWithFlags(svc, setup);
    // Checked against the book as read (its columns as detected or as the rules file maps them).
    if (setup.left.selection !== null && selected) checkSelection(outcome.left, setup.left.selection);
    // A side without its Date or Amount column took no part: its rows are neither matched nor open, so
    // neither a statement nor result columns would say anything true.
    const unread = (["left", "right"] as const).filter((side) => outcome[side].amountMode === null);
    // The copy is written whole or not at all; where it cannot be, what was reconciled is still reported.
    let notWritten: Issue | null = null;
    if (out !== undefined && unread.length === 0) {
      try {
        await svc.apply(outcome);
        // A CSV side loaded as text: the copy holds the dates and amounts the run read as dates and numbers.
        typeCsvCells(pair.port.workbook, outcome, {
          left: left.format === "csv",
          right: right.format === "csv",
        });
        await writeWorkbook(pair.port.workbook, out);
      } catch (e) {
        if (!isOutFailure(e)) throw e;
        notWritten = notWrittenIssue(e, out, outcome, { left: left.file, right: right.file });
      }
    }
    const written = out !== undefined && unread.length === 0 && notWritten === null;
    const sources = [
      { ...pair.sources[0], rows: outcome.left.table.rows.length },
      { ...pair.sources[1], rows: outcome.right.table.rows.length },
    ];
    // A customer's book with no Party column, read as the run read it: every party's rows took part.
    const bookRows =
      selected || outcome.left.amountMode === null
        ? []
        : bookRowsIssues(outcome.left.table, outcome.left.map, presetById(preset).selectBy);
    const issues = [...(notWritten === null ? [] : [notWritten]), ...bookRows, ...outcome.issues];
    // What the inputs hold that the copy leaves out (charts, pivot tables, macros…), said once.
    const notKept = written ? pair.port.workbook.notKept : [];
    const leftOut =
      notKept.length > 0 ? [`${out} leaves out what a copy cannot keep: ${notKept.join("; ")}.`] : [];
    if (args.flags.has("json")) {
      // A side not read: says so, with neither matches, open rows nor a statement (see notReconciledJson).
      const read = unread.length === 0;
      const data = {
        ...(read ? reconcileJson(outcome, choice) : notReconciledJson(outcome, unread, choice)),
        notices: [...outcome.notices, ...leftOut],
        ...(written ? { out } : {}),
        ...(notKept.length > 0 ? { notKept } : {}),
      };
      const summary = read ? reconcileSummary(outcome) : notReconciledSummary();
      io.stdout(`${JSON.stringify(envelope("reconcile", sources, issues, summary, data), null, 2)}\n`);
    } else {
      // Descriptions and references come from the files: shown, never obeyed by the terminal.
      const text = unread.length === 0 ? reconcileText(outcome, choice) : notReconciled(outcome, unread, out);
      for (const line of text) io.stdout(`${visible(line)}\n`);
      if (written) io.stdout(`Wrote the result columns and the Reconciliation sheet to ${visible(out)}\n`);
      if (notWritten !== null && out !== undefined)
        io.stdout(`Nothing was written to ${visible(out)}: the error below says why.\n`);
      const notices = [...outcome.notices, ...leftOut].map(visible);
      for (const line of [...notices, ...issueLines(issues), ...reconcileHints(outcome)])
        io.stderr(`${line}\n`);
    }
    if (notWritten !== null) return 2;
    return countBySeverity(issues).error > 0 ? 1 : 0;
  },
};
