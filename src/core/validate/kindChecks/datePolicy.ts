/**
 * Dates against the run's parameters: postings on or before the ledger's lock date (a closed period,
 * as accounting packages define it), and dates after "today" (`asOf`), which are usually typos.
 */
import { isoFromDay } from "../../dates";
import type { Issue } from "../../issues";
import { describeCell } from "../../cell";
import type { Check } from "../types";

export function lockedPeriod(dateField: string): Check {
  return (ctx) => {
    const date = ctx.field(dateField);
    const lock = ctx.settings.lockDay;
    if (date === undefined || date.num === undefined || lock === undefined) return [];
    const issues: Issue[] = [];
    const cells = ctx.table.columns[date.col.index] ?? [];
    const lockDate = isoFromDay(lock);
    let checked = 0;
    for (let i = 0; i < date.num.length; i++) {
      const d = date.num[i] as number;
      if (d !== d) continue;
      checked++;
      if (d <= lock)
        issues.push(
          date.issues.at(
            i,
            "locked_period",
            { date: isoFromDay(d), lockDate },
            describeCell(cells[i] ?? null),
          ),
        );
    }
    return [
      {
        rule: "locked_period",
        code: "locked_period",
        column: date.col.header,
        checked,
        failed: issues.length,
        issues,
      },
    ];
  };
}

export function futureDates(dateField: string): Check {
  return (ctx) => {
    const date = ctx.field(dateField);
    const asOf = ctx.settings.asOfDay;
    if (date === undefined || date.num === undefined || asOf === undefined) return [];
    const issues: Issue[] = [];
    const cells = ctx.table.columns[date.col.index] ?? [];
    const limit = date.col.type === "datetime" ? (asOf + 1) * 1440 - 1 : asOf;
    const asOfDate = isoFromDay(asOf);
    let checked = 0;
    for (let i = 0; i < date.num.length; i++) {
      const d = date.num[i] as number;
      if (d !== d) continue;
      checked++;
      if (d > limit) {
        const day = date.col.type === "datetime" ? Math.floor(d / 1440) : d;
        issues.push(
          date.issues.at(
            i,
            "date_in_future",
            { date: isoFromDay(day), asOf: asOfDate },
            describeCell(cells[i] ?? null),
          ),
        );
      }
    }
    return [
      {
        rule: "date_in_future",
        code: "date_in_future",
        column: date.col.header,
        checked,
        failed: issues.length,
        issues,
      },
    ];
  };
}
