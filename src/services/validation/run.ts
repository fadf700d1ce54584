/**
 * One validation run: read the table and the related tables it needs through the port (chunked, with
 * progress and cancellation), then drive the engine's step-wise runner in slices so the pane stays
 * responsive (hazard 19). Nothing is written.
 */
import type { TableData } from "../../core/table";
import {
  validateTableSteps,
  type LookupRole,
  type TableRules,
  type ValidationProgress,
  type ValidationResult,
} from "../../core/validate";
import type { Progress, RunOptions, TableInfo, TableRef, WorkbookPort } from "../../workbook/port";
import { runGeneratorInSlices, throwIfCancelled, type SliceOptions } from "../slices";
import { findTable } from "./candidates";
import { groupIssues } from "./groups";
import type { CandidateTable, LookupProposal, UsedLookup, ValidationRun } from "./types";

export interface RunPlan {
  readonly candidate: CandidateTable;
  /** How to read the table: by name, or a plain range by sheet and address. */
  readonly ref: TableRef;
  readonly tables: readonly CandidateTable[];
  /** The rules as the user has them (lookups included; the plan's lookups win). */
  readonly rules: TableRules;
  readonly kind: string | undefined;
  readonly lookups: readonly LookupProposal[];
  readonly asOf?: string;
}

/** Other tables the rules name: the lookups in use and the foreign keys' targets that exist. */
function relatedNames(plan: RunPlan): string[] {
  const self = plan.candidate.info.name.toLowerCase();
  const names = new Map<string, string>();
  const add = (name: string) => {
    const t = findTable(plan.tables, name);
    if (t !== undefined && t.info.name.toLowerCase() !== self)
      names.set(t.info.name.toLowerCase(), t.info.name);
  };
  for (const l of plan.lookups) if (l.table !== null) add(l.table);
  for (const fk of plan.rules.foreignKeys ?? []) if (fk.table !== "") add(fk.table);
  return [...names.values()];
}

/** Reports the engine's steps as progress while the slices drive it. */
function* reporting(
  steps: Generator<ValidationProgress, ValidationResult, void>,
  onProgress: ((p: Progress) => void) | undefined,
): Generator<void, ValidationResult, void> {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    onProgress?.({ phase: next.value.phase, done: next.value.done, total: next.value.total });
    yield;
  }
}

async function readAll(
  port: WorkbookPort,
  refs: readonly { ref: TableRef; name: string }[],
  opts: RunOptions,
): Promise<TableData[]> {
  const out: TableData[] = [];
  for (const { ref, name } of refs) {
    throwIfCancelled(opts.signal, "The validation");
    out.push(
      await port.readTable(ref, {
        ...(opts.signal ? { signal: opts.signal } : {}),
        onProgress: (p) => opts.onProgress?.({ ...p, phase: `Reading ${name}` }),
      }),
    );
  }
  return out;
}

export async function runValidation(
  port: WorkbookPort,
  plan: RunPlan,
  opts: RunOptions & Pick<SliceOptions, "yieldToUi" | "now"> = {},
): Promise<ValidationRun> {
  const related = relatedNames(plan).map((n) => (findTable(plan.tables, n) as CandidateTable).info);
  const [table, ...others] = await readAll(
    port,
    [
      { ref: plan.ref, name: plan.candidate.info.name },
      ...related.map((info: TableInfo) => ({ ref: { table: info.name }, name: info.name })),
    ],
    opts,
  );
  const dateSystem = await port.dateSystem();
  const lookups: Partial<Record<LookupRole, string>> = {};
  const used: UsedLookup[] = [];
  for (const l of plan.lookups) {
    if (l.table === null || l.how === "none") continue;
    lookups[l.role] = l.table;
    used.push({ role: l.role, table: l.table, how: l.how });
  }
  // The plan's lookups are the whole truth: a role the user switched off must not come back from the rules.
  const { lookups: _stored, ...rules } = plan.rules;
  const steps = validateTableSteps(table as TableData, {
    rules,
    ...(plan.kind === undefined ? {} : { kind: plan.kind }),
    tables: others,
    lookups,
    dateSystem,
    ...(plan.asOf === undefined ? {} : { asOf: plan.asOf }),
  });
  const result = await runGeneratorInSlices(reporting(steps, opts.onProgress), {
    what: `Validating ${plan.candidate.info.name}`,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.yieldToUi ? { yieldToUi: opts.yieldToUi } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  return {
    info: plan.candidate.info,
    ref: plan.ref,
    table: table as TableData,
    result,
    lookups: used,
    groups: groupIssues(result),
    ...(plan.asOf === undefined ? {} : { asOf: plan.asOf }),
  };
}
