/**
 * Builds a RecordSet (column-wise records of one side) from plain objects: for tests, generators and
 * callers that already hold parsed values. Tables go through recordsFromTable instead.
 */
import type { RecordSet, Side } from "./types";

export interface RecordInput {
  /** Stable row key; default `${table}!${row}`. */
  readonly key?: string;
  /** Excel row; default: header row 1, so record i is on row i + 2. */
  readonly row?: number;
  /** Day number (days since 1970-01-01). */
  readonly day: number;
  /** Sign-normalised minor units; a safe integer. */
  readonly minor: number;
  readonly currency?: string;
  readonly reference?: string;
  readonly description?: string;
  readonly party?: string;
  readonly id?: string;
}

/**
 * Column-wise records of one side. Throws RangeError on a duplicate key, a non-integer day or an amount
 * that is not a safe integer: these are programming errors, not user data (tables report those as issues).
 */
export function recordSet(
  side: Side,
  table: string,
  records: readonly RecordInput[],
  opts: { readonly sheet?: string } = {},
): RecordSet {
  const n = records.length;
  const rows = new Int32Array(n);
  const day = new Int32Array(n);
  const minor = new Float64Array(n);
  const keys: string[] = new Array<string>(n);
  const currency: string[] = new Array<string>(n);
  const reference: string[] = new Array<string>(n);
  const description: string[] = new Array<string>(n);
  const party: string[] = new Array<string>(n);
  const id: string[] = new Array<string>(n);
  const seen = new Set<string>();
  records.forEach((r, i) => {
    const row = r.row ?? i + 2;
    const key = r.key ?? `${table}!${row}`;
    if (seen.has(key)) throw new RangeError(`duplicate row key ${key}`);
    seen.add(key);
    if (!Number.isInteger(r.day)) throw new RangeError(`day of ${key} is not an integer: ${r.day}`);
    if (!Number.isSafeInteger(r.minor))
      throw new RangeError(`amount of ${key} is not a safe integer: ${r.minor}`);
    keys[i] = key;
    rows[i] = row;
    day[i] = r.day;
    minor[i] = r.minor;
    currency[i] = r.currency ?? "";
    reference[i] = r.reference ?? "";
    description[i] = r.description ?? "";
    party[i] = r.party ?? "";
    id[i] = r.id ?? "";
  });
  return {
    side,
    table,
    sheet: opts.sheet ?? table,
    size: n,
    keys,
    rows,
    day,
    minor,
    currency,
    reference,
    description,
    party,
    id,
  };
}

/** The records at the given indices, in that order, as a new set (keys and rows kept). */
export function selectRecords(set: RecordSet, indices: readonly number[]): RecordSet {
  const pick = <T>(col: readonly T[]): T[] => indices.map((i) => col[i] as T);
  return {
    side: set.side,
    table: set.table,
    sheet: set.sheet,
    size: indices.length,
    keys: pick(set.keys),
    rows: Int32Array.from(indices, (i) => set.rows[i] as number),
    day: Int32Array.from(indices, (i) => set.day[i] as number),
    minor: Float64Array.from(indices, (i) => set.minor[i] as number),
    currency: pick(set.currency),
    reference: pick(set.reference),
    description: pick(set.description),
    party: pick(set.party),
    id: pick(set.id),
  };
}
