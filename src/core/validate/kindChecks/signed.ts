/**
 * One signed value per record from either a signed column or a pair of sides (debit − credit, paid in −
 * paid out, in − out): minor units, 0 where the sides are blank, NaN where a side failed its type.
 */
import { BAD, OK, type ColumnValues } from "../types";

export function signedValues(
  signed: ColumnValues | undefined,
  plus: ColumnValues | undefined,
  minus: ColumnValues | undefined,
  n: number,
): Float64Array {
  const out = new Float64Array(n);
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
