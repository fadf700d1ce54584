/**
 * Running a validation and acting on its findings, each through the status area (progress, cancel, one
 * task at a time, errors as messages): run, select an issue's cell, mark cells, clear marks, write the
 * report. Remembers the choices of the last run so the panel can say when the results are out of date.
 */
import { useCallback, useState } from "react";
import type { Issue } from "../../../core/issues";
import type { TableRules } from "../../../core/validate";
import type { LookupChoices, ValidationRun, ValidationService } from "../../../services/validation";
import { useStatus } from "../../state/status";
import { errorText, localDate, localStamp } from "./clock";

export interface RunState {
  readonly run: ValidationRun | null;
  /** The choices changed since the run: its results no longer answer them. */
  readonly stale: boolean;
  readonly busy: boolean;
  readonly start: () => Promise<void>;
  readonly select: (issue: Issue) => void;
  readonly mark: () => Promise<void>;
  readonly clear: () => Promise<void>;
  readonly report: () => Promise<void>;
}

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;

export function useValidationRun(
  service: ValidationService,
  table: string | null,
  rules: TableRules,
  lookups: LookupChoices,
): RunState {
  const status = useStatus();
  const [done, setDone] = useState<{ run: ValidationRun; at: Date; choices: string } | null>(null);
  const choices = JSON.stringify({ table, rules, lookups });
  const run = done !== null && table !== null && done.run.info.name === table ? done.run : null;

  const start = useCallback(async () => {
    if (table === null) return;
    const at = new Date();
    const result = await status.run(
      `Validate ${table}`,
      (task) =>
        service.run(
          table,
          { rules, lookups, asOf: localDate(at) },
          { signal: task.signal, onProgress: (p) => task.progress(p.done, p.total, p.phase) },
        ),
      `validate:${table}`,
    );
    if (result === undefined) return;
    setDone({ run: result, at, choices: JSON.stringify({ table, rules, lookups }) });
    const { counts, records } = result.result;
    status.notify(
      counts.error > 0 ? "warning" : "success",
      `${table}: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}`,
      `${plural(records, "record")} checked.`,
      `validate:${table}`,
    );
  }, [service, status, table, rules, lookups]);

  const select = useCallback(
    (issue: Issue) => {
      if (run === null) return;
      service.selectIssue(run, issue).catch((e: unknown) => {
        status.notify("error", "Could not select the cell", errorText(e), "validate:select");
      });
    },
    [service, status, run],
  );

  const mark = useCallback(async () => {
    if (run === null) return;
    const outcome = await status.run(
      "Mark cells",
      (task) => service.markIssues(run, undefined, { signal: task.signal }),
      `validate:marks:${run.info.name}`,
    );
    if (outcome === undefined) return;
    const unlocated =
      outcome.unlocated > 0
        ? `${plural(outcome.unlocated, "finding")} about the whole table ${outcome.unlocated === 1 ? "is" : "are"} listed here and in the report, not marked.`
        : undefined;
    status.notify("success", outcome.receipt.summary, unlocated, `validate:marks:${run.info.name}`);
  }, [service, status, run]);

  const clear = useCallback(async () => {
    if (table === null) return;
    const receipt = await status.run(
      "Clear marks",
      (task) => service.clearMarks(table, { signal: task.signal }),
      `validate:marks:${table}`,
    );
    if (receipt !== undefined)
      status.notify("success", receipt.summary, undefined, `validate:marks:${table}`);
  }, [service, status, table]);

  const report = useCallback(async () => {
    if (run === null || done === null) return;
    const at = done.at;
    const key = `validate:report:${run.info.name}`;
    const receipt = await status.run(
      "Write report",
      (task) => service.writeReport(run, localStamp(at), { signal: task.signal }),
      key,
    );
    if (receipt !== undefined) status.notify("success", receipt.summary, undefined, key);
  }, [service, status, run, done]);

  return {
    run,
    stale: run !== null && done !== null && done.choices !== choices,
    busy: status.task !== null,
    start,
    select,
    mark,
    clear,
    report,
  };
}
