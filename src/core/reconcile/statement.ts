/**
 * The reconciliation statement, one per currency: from the book balance, the lines that take it to the
 * statement balance (items on one side only, differences inside matches) and what stays unexplained,
 * which is shown as it is and never forced to zero. The identity is checked in exact integers, and so
 * is the bookkeeping behind it: every row counted exactly once.
 */
import { isoFromDay } from "../dates";
import { sumMinor } from "../money";
import { isBankOwnLine } from "./bankLines";
import type { MatchRows } from "./matchTable";
import { MinorTotal } from "./minorTotal";
import { labels, type StatementWording } from "./statementLabels";
import type { RecordSet, Statement, StatementLine, StatementLineKind } from "./types";
import { FRESH, type Scratch } from "./workspace";
import { byCode, idsOf, placeBalances, type BalancePlaces, type Balances } from "./balancePlaces";

export type { StatementWording } from "./statementLabels";

export interface StatementInput {
  readonly left: RecordSet;
  readonly right: RecordSet;
  /** Currency id per row (default applied) and the codes of the ids. */
  readonly leftCur: Int32Array;
  readonly rightCur: Int32Array;
  readonly currencies: readonly string[];
  readonly matches: MatchRows;
  readonly leftMatch: Int32Array;
  readonly rightMatch: Int32Array;
  /** Every member row of every match points back at it in leftMatch / rightMatch. */
  readonly pointsBack: boolean;
  /** Open rows, in the order the result lists them. */
  readonly unmatched: { readonly left: readonly number[]; readonly right: readonly number[] };
  readonly balances?: Balances;
  /** Which statement takes each side's balances; default placeBalances of these rows and balances. */
  readonly places?: BalancePlaces;
  /**
   * The day the statement side's period reaches beyond its booked rows: a pending or void line, a
   * closing balance stated on a day. Book entries after the later of it and the side's last booked line
   * (in any currency) cannot be on the statement yet.
   */
  readonly statementEnd?: number;
  /** Default "bank". */
  readonly wording?: StatementWording;
  /**
   * One side's signs seem to run the other way (signConvention.ts): the differences of matches whose
   * sides are exact opposites are then listed apart, as not explained.
   */
  readonly signsOpposite?: boolean;
  /** Where per-match working arrays come from; default fresh ones. */
  readonly scratch?: Scratch;
}

/** Rows of one sign or the other, with their totals. */
class BySign {
  readonly plus: number[] = [];
  readonly minus: number[] = [];
  readonly plusSum = new MinorTotal();
  readonly minusSum = new MinorTotal();

  add(row: number, minor: number): void {
    if (minor < 0) {
      this.minus.push(row);
      this.minusSum.add(minor);
    } else {
      this.plus.push(row);
      this.plusSum.add(minor);
    }
  }
}

/**
 * Open rows of one currency split by sign; with `own`, a statement's own charge and interest lines
 * (bankLines.ts) go there instead; with `later`, rows dated after day `after` go there instead.
 */
function openBySign(
  set: RecordSet,
  rows: readonly number[],
  cur: Int32Array,
  c: number,
  own: BySign | null = null,
  later: { readonly after: number; readonly rows: BySign } | null = null,
): BySign {
  const out = new BySign();
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] as number;
    if (cur[r] !== c) continue;
    const m = set.minor[r] as number;
    if (own !== null && isBankOwnLine(set.description[r] as string)) own.add(r, m);
    else if (later !== null && (set.day[r] as number) > later.after) later.rows.add(r, m);
    else out.add(r, m);
  }
  return out;
}

/**
 * The statement's last day: the latest of the statement side's rows in any currency (one account's
 * period, whatever currency a line is in) and the end the caller read beside them; null when neither.
 */
function endOf(set: RecordSet, statementEnd: number | undefined): number | null {
  let last: number | null = statementEnd ?? null;
  for (let i = 0; i < set.size; i++)
    if (last === null || (set.day[i] as number) > last) last = set.day[i] as number;
  return last;
}

function totalOf(set: RecordSet, cur: Int32Array, c: number): { total: number; count: number } {
  const t = new MinorTotal();
  let count = 0;
  for (let i = 0; i < set.size; i++) {
    if (cur[i] !== c) continue;
    t.add(set.minor[i] as number);
    count++;
  }
  return { total: t.value(), count };
}

function statementFor(
  input: StatementInput,
  c: number,
  last: number | null,
  places: BalancePlaces,
): Statement {
  const { left, right, matches, leftMatch, rightMatch, leftCur, rightCur } = input;
  const currency = input.currencies[c] ?? "";
  // Book entries dated after the statement's last day cannot be on it yet: they are listed apart
  // from the deposits in transit and outstanding payments (a ledger kept into the next month).
  const text = labels(
    left.table,
    right.table,
    last === null ? "" : isoFromDay(last),
    input.wording ?? "bank",
  );
  const book = totalOf(left, leftCur, c);
  const bank = totalOf(right, rightCur, c);
  const later = new BySign();
  const l = openBySign(
    left,
    input.unmatched.left,
    leftCur,
    c,
    null,
    last === null ? null : { after: last, rows: later },
  );
  const after = [...later.plus, ...later.minus].sort((a, b) => a - b);
  const own = new BySign();
  const r = openBySign(right, input.unmatched.right, rightCur, c, own);
  // Differences inside matches, per status, counted from the rows of this currency (a cross-currency
  // match counts its rows on each currency's statement).
  const scratch = input.scratch ?? FRESH;
  const inside = scratch.f64(matches.count);
  const mine = scratch.u8(matches.count);
  // Σ left per match, only while one side's signs seem turned: opposite sides are told apart then.
  const signs = input.signsOpposite === true;
  const leftSum = signs ? scratch.f64(matches.count) : inside;
  let inMatches = 0;
  for (let i = 0; i < left.size; i++) {
    const k = leftMatch[i] as number;
    if (k < 0 || leftCur[i] !== c) continue;
    inside[k] = (inside[k] as number) - (left.minor[i] as number);
    if (signs) leftSum[k] = (leftSum[k] as number) + (left.minor[i] as number);
    mine[k] = 1;
    inMatches++;
  }
  for (let j = 0; j < right.size; j++) {
    const k = rightMatch[j] as number;
    if (k < 0 || rightCur[j] !== c) continue;
    inside[k] = (inside[k] as number) + (right.minor[j] as number);
    mine[k] = 1;
    inMatches++;
  }
  // Index 0: confirmed, 1: suggested, 2: sides opposite in sign (only while signs seem turned).
  const diff = [new MinorTotal(), new MinorTotal(), new MinorTotal()] as const;
  const differing = [0, 0, 0];
  for (let k = 0; k < matches.count; k++) {
    if (mine[k] === 0) continue;
    const d = inside[k] as number;
    // Σ right − Σ left = −2 Σ left exactly when Σ right = −Σ left.
    const at = signs && d !== 0 && d === -2 * (leftSum[k] as number) ? 2 : (matches.status[k] as number);
    (diff[at] as MinorTotal).add(d);
    if (d !== 0) differing[at] = (differing[at] as number) + 1;
  }
  if (signs) scratch.drop(leftSum);
  const line = (
    kind: StatementLineKind,
    effect: number,
    lr: number[],
    rr: number[],
    count: number,
  ): StatementLine => ({
    kind,
    label: text[kind],
    effect,
    count,
    left: lr,
    right: rr,
  });
  const lines: StatementLine[] = [
    line("left_only_receipts", -l.plusSum.value(), l.plus, [], l.plus.length),
    line("left_only_payments", -l.minusSum.value(), l.minus, [], l.minus.length),
    line(
      "left_after_statement",
      0 - sumMinor([later.plusSum.value(), later.minusSum.value()]),
      after,
      [],
      after.length,
    ),
    line("right_only_credits", r.plusSum.value(), [], r.plus, r.plus.length),
    line("right_only_debits", r.minusSum.value(), [], r.minus, r.minus.length),
    line("right_only_interest", own.plusSum.value(), [], own.plus, own.plus.length),
    line("right_only_charges", own.minusSum.value(), [], own.minus, own.minus.length),
    line("confirmed_differences", diff[0].value(), [], [], differing[0] as number),
    line("suggested_differences", diff[1].value(), [], [], differing[1] as number),
  ];
  if (differing[2] !== 0)
    lines.push(line("opposite_sign_differences", diff[2].value(), [], [], differing[2] as number));
  const b = input.balances ?? {};
  const appliesLeft = places.left === currency;
  const appliesRight = places.right === currency;
  const bookBalance =
    appliesLeft && b.leftClosing !== undefined
      ? b.leftClosing
      : sumMinor([appliesLeft ? (b.leftOpening ?? 0) : 0, book.total]);
  const statementBalance =
    appliesRight && b.rightClosing !== undefined
      ? b.rightClosing
      : sumMinor([appliesRight ? (b.rightOpening ?? 0) : 0, bank.total]);
  const closingGap = {
    left: appliesLeft ? gapOf(b.leftOpening, b.leftClosing, book.total, b.leftCleared) : 0,
    right: appliesRight ? gapOf(b.rightOpening, b.rightClosing, bank.total, b.rightCleared) : 0,
  };
  const explained = sumMinor(lines.map((x) => x.effect));
  const unexplained = sumMinor([statementBalance, -bookBalance, -explained]);
  lines.push(line("unexplained", unexplained, [], [], 0));
  const openCount =
    l.plus.length +
    l.minus.length +
    after.length +
    r.plus.length +
    r.minus.length +
    own.plus.length +
    own.minus.length;
  const covered = input.pointsBack && inMatches + openCount === book.count + bank.count;
  const identityHolds =
    covered && sumMinor([bookBalance, ...lines.map((x) => x.effect)]) === statementBalance;
  return {
    currency,
    leftLabel: left.table,
    rightLabel: right.table,
    bookBalance,
    statementBalance,
    lines,
    unexplained,
    identityHolds,
    closingGap,
    remarks: [],
  };
}

/** A declared closing less (declared opening + rows + rows cleared earlier); 0 unless both are declared. */
function gapOf(
  opening: number | undefined,
  closing: number | undefined,
  rows: number,
  cleared: number | undefined,
): number {
  if (opening === undefined || closing === undefined) return 0;
  return sumMinor([closing, -opening, -rows, -(cleared ?? 0)]);
}

/**
 * One statement per currency some row is in (or that balances name with no row in it), in code order.
 * Without any row, one statement in the default currency.
 */
export function buildStatements(input: StatementInput): Statement[] {
  const used = new Set<number>([...idsOf(input.leftCur), ...idsOf(input.rightCur)]);
  const places =
    input.places ?? placeBalances(input.balances, input.leftCur, input.rightCur, input.currencies);
  // A currency balances name that no row is in gets a statement of its own.
  const currencies = [...input.currencies];
  for (const named of [places.left, places.right]) {
    if (named === null || used.has(currencies.indexOf(named))) continue;
    const at = currencies.indexOf(named);
    used.add(at >= 0 ? at : currencies.push(named) - 1);
  }
  if (used.size === 0) used.add(0);
  const code = (c: number): string => currencies[c] ?? "";
  const last = endOf(input.right, input.statementEnd);
  const all = { ...input, currencies };
  return [...used].sort((a, b) => byCode(code(a), code(b))).map((c) => statementFor(all, c, last, places));
}
