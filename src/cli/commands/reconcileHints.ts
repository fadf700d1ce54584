/**
 * The hints `bo reconcile` prints under its issues (text output only, never in --json): for what a run
 * said it could not settle, the flag or the rules-file key that settles it.
 */
import { keptParams, type Issue } from "../../core/issues";
import type { ReconcileOutcome } from "../../services/reconciliation";

type SideKey = "left" | "right";

const SIDE_NAME = { left: "book", right: "statement" } as const;
const SIDES = ["left", "right"] as const;

/** The side an issue is located on, by its table; null for one on neither. */
function sideOf(outcome: ReconcileOutcome, issue: Issue): SideKey | null {
  if (issue.table === outcome.result.left.table) return "left";
  if (issue.table === outcome.result.right.table) return "right";
  return null;
}

/** The sides, in order, that have an issue of `code`. */
function sidesWith(outcome: ReconcileOutcome, code: string): SideKey[] {
  const sides = new Set(outcome.issues.filter((i) => i.code === code).map((i) => sideOf(outcome, i)));
  return SIDES.filter((side) => sides.has(side));
}

/** Which flag settles dates that read either way round (05.03.2026): one line per side that has them. */
function dateOrderHints(outcome: ReconcileOutcome): string[] {
  return sidesWith(outcome, "date_ambiguous").map(
    (side) =>
      `hint: give the ${SIDE_NAME[side]}'s date order with --${side}-date-order DMY (or MDY), ` +
      `or "${side}": {"dateOrder": "DMY"} in a rules file`,
  );
}

/** Which flag gives the opening balance the run says is missing. */
function openingHint(outcome: ReconcileOutcome): string[] {
  const missing = outcome.issues.find((i) => i.code === "recon_opening_missing");
  const side = missing === undefined ? null : sideOf(outcome, missing);
  if (side === null) return [];
  return [`hint: give it with --${side}-opening N (or the closing balance with --${side}-closing N)`];
}

/**
 * Where a rules file pins an optional field several columns could be: one line per field, with the
 * side's key and the first of its columns written out, and the others it could be.
 */
function columnHints(outcome: ReconcileOutcome): string[] {
  return outcome.issues.flatMap((issue) => {
    const p = keptParams(issue, "recon_column_ambiguous");
    const side = sideOf(outcome, issue);
    if (p === undefined || side === null) return [];
    const [first, ...others] = p.headers;
    const rule = JSON.stringify({ [side]: { columns: { [p.key]: first ?? "" } } });
    const alternatives =
      others.length === 0 ? "" : ` (or ${others.map((h) => JSON.stringify(h)).join(", ")})`;
    return [
      `hint: to read the ${SIDE_NAME[side]}'s ${p.key}, give --rules a file with ${rule}${alternatives}`,
    ];
  });
}

/**
 * How to turn one side's signs when they run the other way. A side already read flipped (by a rules
 * file or the pair's saved settings) is more likely the one that is wrong: reading it as it is fixes it.
 */
function signHint(outcome: ReconcileOutcome): string[] {
  if (!outcome.issues.some((i) => i.code === "recon_signs_opposite")) return [];
  const flipped = SIDES.filter((side) => outcome[side].flip === -1);
  const [only] = flipped;
  if (flipped.length === 1 && only !== undefined)
    return [
      `hint: the ${SIDE_NAME[only]}'s signs are read flipped; read them as they are with ` +
        `{"${only}": {"sign": "as-is"}} in a rules file given with --rules`,
    ];
  return [
    `hint: flip the signs of one side in a rules file given with --rules: {"right": {"sign": "flip"}} ` +
      `for the statement's, {"left": {"sign": "flip"}} for the book's`,
  ];
}

/** Where a closing balance that is not its opening plus its rows came from, and what else to look for. */
function closingHints(outcome: ReconcileOutcome): string[] {
  return sidesWith(outcome, "recon_closing_disagrees").map((side) => {
    const name = SIDE_NAME[side];
    const balance = outcome.balances[side];
    const where =
      balance.source === "typed"
        ? `the closing balance given with --${side}-closing`
        : balance.source === "stated"
          ? `the ${name}'s closing balance (${balance.detail}; --${side}-closing N gives another)`
          : `the ${name}'s closing balance (the last of its Balance column; --${side}-closing N gives another)`;
    return `hint: check ${where}, or look for a row of the ${name} missing, duplicated or mistyped`;
  });
}

/** Every hint the run's issues call for, in the order they are printed. */
export function reconcileHints(outcome: ReconcileOutcome): string[] {
  return [
    ...dateOrderHints(outcome),
    ...openingHint(outcome),
    ...columnHints(outcome),
    ...signHint(outcome),
    ...closingHints(outcome),
  ];
}
