/**
 * Cells whose value the reader of the source file already said it could not give: a formula the file
 * stored no value for (it reads as blank), a DATEV date outside its batch's period (left as written). A
 * row that cannot be read because of such a cell gets that issue, which says what to do, as its error,
 * instead of a second, generic one at the same cell ("The Date is blank", "Not a date").
 */
import type { Issue } from "../issues";

/**
 * Source issue codes that explain why their cell cannot be read. Others (a statement's balances that do
 * not add up) say nothing about one cell's value, so they never stand in for a cell's own issue.
 */
const EXPLAINS_CELL: ReadonlySet<string> = new Set(["formula_not_calculated", "datev_date_outside_period"]);

export class SourceCells {
  private readonly byAddress = new Map<string, Issue>();
  private readonly taken = new Set<Issue>();

  constructor(sourceIssues: readonly Issue[]) {
    for (const issue of sourceIssues)
      if (issue.address !== undefined && EXPLAINS_CELL.has(issue.code))
        this.byAddress.set(issue.address, issue);
  }

  /**
   * An unreadable row's issues, each at a cell the source reported replaced by that report as an error: the
   * row is still left out of matching and still counts as an error, with the one message that says why.
   */
  explain(found: Issue[]): Issue[] {
    if (this.byAddress.size === 0) return found;
    const out: Issue[] = [];
    const cells = new Set<string>();
    for (const issue of found) {
      const address = issue.address;
      const source = address === undefined ? undefined : this.byAddress.get(address);
      if (address === undefined || source === undefined) {
        out.push(issue);
        continue;
      }
      if (cells.has(address)) continue;
      cells.add(address);
      this.taken.add(source);
      out.push({ ...source, severity: "error" });
    }
    return out;
  }

  /** The issues without the source reports `explain` took into a row's issues (they would say it twice). */
  without(issues: Issue[]): Issue[] {
    return this.taken.size === 0 ? issues : issues.filter((i) => !this.taken.has(i));
  }
}
