/**
 * One signed value per record from either a signed column or a pair of sides (debit − credit, paid in −
 * paid out, in − out): minor units, 0 where the sides are blank, NaN where a side failed its type.
 * A plain array, not a Float64Array: it lives on the JavaScript heap, so a million-row run does not add to
 * the external memory that makes V8 mark the whole heap (the table included) early.
 */
import { BAD, OK, type ColumnValues } from "../types";

export function signedValues(
  signed: ColumnValues | undefined,
  plus: ColumnValues | undefined,
  minus: ColumnValues | undefined,
  n: number,
): number[] {
  const out = new Array<number>(n).fill(0);
  const add = (cv: ColumnValues | undefined, sign: 1 | -1): void => {
    if (cv?.num === undefined) return;
    const { status, num } = cv;
    for (let i = 0; i < n; i++) {
      const s = status[i];
      if (s === OK) out[i] = (out[i] as number) + sign * (num[i] as number);
      else if (s === BAD) out[i] = NaN;
    }
  };
  if (signed !== undefined) add(signed, 1);
  else {
    add(plus, 1);
    add(minus, -1);
  }
  return out;
}
