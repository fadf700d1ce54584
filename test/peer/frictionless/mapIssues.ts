/**
 * The engine's issues as Frictionless report rows (rowNumber, fieldNumber, type), through the catalogue's
 * `frictionless` property. Scope follows Frictionless: label errors have no row, row-level errors
 * (blank-row, primary-key, foreign-key, row-constraint) have no field. Then the case's pick/skip filters
 * (types or tags) and error limit apply, as Frictionless applies them to its own report.
 */
import { catalogue, type Issue, type IssueCode } from "../../../src/core/issues";
import { columnIndex, type TableData } from "../../../src/core/table";

export type FlatError = readonly [row: number | null, field: number | null, type: string];

const LABEL = new Set(["blank-label", "duplicate-label", "missing-label", "extra-label"]);
const ROW = new Set(["blank-row", "primary-key", "foreign-key", "row-constraint", "duplicate-row"]);
const CELL = new Set(["type-error", "constraint-error", "unique-error", "missing-cell", "extra-cell"]);

const TAGS: Readonly<Record<string, (type: string) => boolean>> = {
  "#table": () => true,
  "#header": (t) => LABEL.has(t),
  "#label": (t) => LABEL.has(t),
  "#row": (t) => ROW.has(t) || CELL.has(t),
  "#cell": (t) => CELL.has(t),
};

/** Every type the engine can report, for telling expressible expectations from the others. */
export const ENGINE_TYPES: ReadonlySet<string> = new Set(
  Object.values(catalogue).flatMap((spec) =>
    (spec as { frictionless?: string }).frictionless === undefined
      ? []
      : [(spec as { frictionless: string }).frictionless],
  ),
);

function fieldNumber(issue: Issue, table: TableData, duplicatesSeen: Map<string, number>): number | null {
  if (issue.code === "header_blank") {
    const m = /Column (\d+) has no header/.exec(issue.message);
    return m === null ? null : Number(m[1]);
  }
  if (issue.code === "header_duplicate" && issue.column !== undefined) {
    // The k-th duplicate report of a header is its (k+1)-th occurrence, in column order.
    const key = issue.column.trim().toLowerCase();
    const nth = (duplicatesSeen.get(key) ?? 0) + 1;
    duplicatesSeen.set(key, nth);
    const positions = table.headers.flatMap((h, c) => (h.trim().toLowerCase() === key ? [c + 1] : []));
    return positions[nth] ?? null;
  }
  if (issue.address !== undefined)
    return columnIndex(issue.address.replace(/\d+$/, "")) - table.firstColumn + 1;
  if (issue.column !== undefined) {
    const c = table.headers.indexOf(issue.column);
    return c < 0 ? null : c + 1;
  }
  return null;
}

export function flatten(issues: readonly Issue[], table: TableData): FlatError[] {
  const seen = new Map<string, number>();
  const out: FlatError[] = [];
  for (const issue of issues) {
    const type = (catalogue[issue.code as IssueCode] as { frictionless?: string } | undefined)?.frictionless;
    if (type === undefined) continue;
    const field = fieldNumber(issue, table, seen);
    if (LABEL.has(type)) out.push([null, field, type]);
    else if (type === "schema-error") out.push([null, null, type]);
    else out.push([issue.row ?? null, ROW.has(type) ? null : field, type]);
  }
  return out;
}

const matches = (patterns: readonly string[], type: string): boolean =>
  patterns.some((p) => (TAGS[p]?.(type) ?? false) || p === type);

/** Frictionless's report order (see sortFlat); then pick, skip and limit. */
export function report(
  errors: readonly FlatError[],
  opts: { pick?: readonly string[]; skip?: readonly string[]; limit?: number },
): FlatError[] {
  let out = sortFlat(errors);
  if (opts.pick !== undefined) out = out.filter((e) => matches(opts.pick ?? [], e[2]));
  if (opts.skip !== undefined) out = out.filter((e) => !matches(opts.skip ?? [], e[2]));
  return opts.limit === undefined ? out : out.slice(0, opts.limit);
}

export function sortFlat(errors: readonly FlatError[]): FlatError[] {
  // Label errors (no row) first; within a row, cell errors by field, then row-level ones (no field).
  const key = (e: FlatError) => [e[0] ?? -1, e[1] ?? Number.MAX_SAFE_INTEGER, e[2]] as const;
  return [...errors].sort((a, b) => {
    const [ra, fa, ta] = key(a);
    const [rb, fb, tb] = key(b);
    return ra - rb || fa - fb || (ta < tb ? -1 : ta > tb ? 1 : 0);
  });
}
