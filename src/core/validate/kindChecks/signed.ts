/**
 * One signed value per record from either a signed column or a pair of sides (debit − credit, paid in −
 * paid out, in − out): minor units, 0 where the sides are blank, NaN where a side failed its type.
 * A plain array, not a Float64Array: it lives on the JavaScript heap, so a million-row run does not add to
 * the external memory that makes V8 mark the whole heap (the table included) early.
 */
import { BAD, OK, type ColumnValues } from "../types";

/** A numeric column's status and values; an empty one stands for a side that is absent. */
interface Side {
  readonly status: Uint8Array;
  readonly num: readonly number[];
}

const ABSENT: Side = { status: new Uint8Array(0), num: [] };

function sideOf(cv: ColumnValues | undefined): Side {
  return cv?.num === undefined ? ABSENT : { status: cv.status, num: cv.num };
}

export function signedValues(
  signed: ColumnValues | undefined,
  plus: ColumnValues | undefined,
  minus: ColumnValues | undefined,
  n: number,
): number[] {
  const out = new Array<number>(n);
  if (signed !== undefined) fillSigned(out, sideOf(signed), ABSENT, n);
  else fillSigned(out, sideOf(plus), sideOf(minus), n);
  return out;
}

/** out[i] = 0 + plus − minus over the sides holding a value, NaN when either side failed its type: one pass. */
function fillSigned(out: number[], plus: Side, minus: Side, n: number): void {
  const ps = plus.status;
  const pn = plus.num;
  const ms = minus.status;
  const mn = minus.num;
  const hasPlus = ps.length > 0;
  const hasMinus = ms.length > 0;
  for (let i = 0; i < n; i++) {
    let x = 0;
    if (hasPlus) {
      const s = ps[i];
      if (s === OK) x = x + (pn[i] as number);
      else if (s === BAD) x = NaN;
    }
    if (hasMinus) {
      const s = ms[i];
      if (s === OK) x = x - (mn[i] as number);
      else if (s === BAD) x = NaN;
    }
    out[i] = x;
  }
}
