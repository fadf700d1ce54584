/**
 * Statements that overlap: a bank download for "the last 30 days" repeats lines the previous month's
 * already held. The book rows those lines were matched with were cleared earlier and take no part in
 * this run, so the repeated lines stay open here as if new. An open row of one side with the same
 * amount as a row the other side cleared earlier, dated within the detectors' window of it, is reported:
 * it is either such a repeat or a new line to book, and only a person can tell.
 */
import { formatLocation, makeIssue } from "../../core/issues";
import { money } from "../../core/reconcile/detectors/where";
import type { Finding, ReconcileResult, Side } from "../../core/reconcile";
import type { SideRecords } from "../../core/reconcileInput";
import { clearedWith, type SideEarlier } from "../../core/reconcileInput";

/** Days a statement line may come before and after its book row: the engine's detector window. */
const WINDOW = { before: 7, after: 14 };

function openAgainstCleared(
  open: SideRecords,
  openSide: Side,
  openRows: readonly number[],
  cleared: SideRecords,
  earlier: SideEarlier | null,
): Finding[] {
  const each = cleared.cleared.each;
  if (each.record.length === 0 || openRows.length === 0) return [];
  // Cleared rows by currency and amount, as the open side sees them: a match pairs equal amounts.
  const byAmount = new Map<string, number[]>();
  for (let k = 0; k < each.record.length; k++) {
    const key = `${each.currency[k] ?? ""}\u0000${each.minor[k] ?? 0}`;
    const list = byAmount.get(key);
    if (list) list.push(k);
    else byAmount.set(key, [k]);
  }
  const set = open.set;
  const out: Finding[] = [];
  for (const i of openRows) {
    const currency = set.currency[i] as string;
    const minor = set.minor[i] as number;
    const day = set.day[i] as number;
    let best = -1;
    let bestGap = Infinity;
    for (const k of byAmount.get(`${currency}\u0000${minor}`) ?? []) {
      // Statement day minus book day, whichever side is open.
      const lag = openSide === "right" ? day - (each.day[k] as number) : (each.day[k] as number) - day;
      if (lag < -WINDOW.before || lag > WINDOW.after || Math.abs(lag) >= bestGap) continue;
      best = k;
      bestGap = Math.abs(lag);
    }
    if (best < 0) continue;
    const row = set.rows[i] as number;
    const issue = makeIssue(
      "recon_matches_cleared",
      { sheet: set.sheet, table: set.table, ...(row > 0 ? { row } : {}) },
      {
        amount: money(minor, currency),
        otherAt: formatLocation({ table: cleared.table.name, row: each.row[best] as number }),
        clearedWith: (earlier && clearedWith(earlier, each.record[best] as number)) ?? "another table",
      },
    );
    out.push({
      kind: "matches_cleared",
      left: openSide === "left" ? [i] : [],
      right: openSide === "right" ? [i] : [],
      amount: minor,
      currency,
      issue,
    });
  }
  return out;
}

/** The findings of both directions: open statement lines against book rows cleared earlier, and back. */
export function clearedOverlaps(
  result: ReconcileResult,
  left: SideRecords,
  right: SideRecords,
  earlier: { readonly left: SideEarlier | null; readonly right: SideEarlier | null },
): Finding[] {
  return [
    ...openAgainstCleared(right, "right", result.unmatched.right, left, earlier.left),
    ...openAgainstCleared(left, "left", result.unmatched.left, right, earlier.right),
  ];
}
