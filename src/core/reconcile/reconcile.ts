/**
 * The engine's entry points. A run goes: decisions first, then every auto-confirm rule in order
 * (confirming unique best candidates), then every rule in order again for suggestions, then ids,
 * reasons, statement and findings. Core has no clock: `startReconcile` returns a run that advances in
 * slices (`step`), so a service can yield to the UI between slices, show progress and cancel by simply
 * not calling `step` again. `reconcile` runs all slices at once.
 */
import { createContext, type Ctx } from "./context";
import { applyDecisions, type ManualDecisions } from "./decisions";
import { DEFAULT_RULES } from "./defaultRules";
import type { SlipWindow } from "./detectors/slips";
import { compileRule, type CompiledRule } from "./evaluate";
import { finish } from "./finish";
import { confirmGroups, suggestGroups } from "./groups";
import { matchManyToMany } from "./manyToMany";
import { matchIdOf } from "./matchId";
import { confirmOneToOne } from "./oneToOne";
import { suggestOneToOne } from "./suggestOneToOne";
import { keepShapes } from "./specimen";
import type { Rule } from "./rules";
import type { Balances } from "./balancePlaces";
import type { StatementWording } from "./statement";
import type { RecordSet, ReconcileResult } from "./types";
import type { UnreadRows } from "./unreadRows";
import { Lease, type Workspace } from "./workspace";

export interface ReconcileProgress {
  /** What is running, e.g. "confirm: reference" or "suggest: tolerance". */
  readonly phase: string;
  /** Work done and total work, in units the run estimates (for a progress bar, not for timing). */
  readonly done: number;
  readonly total: number;
}

export interface ReconcileOptions {
  /** The rule cascade; default DEFAULT_RULES. */
  readonly rules?: readonly Rule[];
  readonly decisions?: ManualDecisions;
  /** Currency of rows that carry none; default "" (unnamed, 2 decimals). */
  readonly currency?: string;
  readonly balances?: Balances;
  /**
   * The day the statement side's period runs to beyond its booked rows (a pending or void line, a
   * closing balance stated on a day): book entries after it, and after the side's last row in any
   * currency, are "not due on it yet"; those before are items not yet on the statement.
   */
  readonly statementEnd?: number;
  /** The words of the statement's lines (statement.ts); default "bank": a bank statement against a ledger. */
  readonly wording?: StatementWording;
  /**
   * Rows of each side that could not be read (unreadRows.ts): not among the records, so in no balance;
   * a statement that does not close names them first.
   */
  readonly unread?: { readonly left?: UnreadRows; readonly right?: UnreadRows };
  /** Look for keying slips, duplicates and items that explain differences; default true. */
  readonly detectors?: boolean;
  /** Date window for slips between the two sides; default 7 days before, 14 after. */
  readonly detectorWindow?: SlipWindow;
  readonly onProgress?: (p: ReconcileProgress) => void;
  /**
   * Working memory kept between runs (see workspace.ts): a re-run takes the buffers the last run gave
   * back instead of allocating them. Without one, each run allocates its own.
   */
  readonly workspace?: Workspace;
}

export interface ReconcileRun {
  /** Runs about `budget` units of work (rows visited); returns true once the result is ready. */
  step(budget?: number): boolean;
  readonly done: boolean;
  /** The result; throws if the run has not finished. */
  result(): ReconcileResult;
}

const PHASE_UNITS = 1000;

/** Starts a run over two record sets. Nothing happens until `step` is called. */
export function startReconcile(
  left: RecordSet,
  right: RecordSet,
  options: ReconcileOptions = {},
): ReconcileRun {
  keepShapes((pair) => {
    const contexts: Ctx[] = [];
    const specimen = startRun(pair.left, pair.right, {}, (c) => contexts.push(c));
    specimen.step(Number.POSITIVE_INFINITY);
    return { contexts, result: specimen.result() };
  });
  return startRun(left, right, options);
}

/** A run; `onContext` receives the run's working state once it is built (the specimen keeps it). */
function startRun(
  left: RecordSet,
  right: RecordSet,
  options: ReconcileOptions,
  onContext?: (ctx: Ctx) => void,
): ReconcileRun {
  const compiled = (options.rules ?? DEFAULT_RULES).map((r, k) => compileRule(r, k));
  const phases =
    3 +
    compiled.filter((c) => c.rule.autoConfirm && c.rule.cardinality !== "many:many").length +
    compiled.length;
  const expected = Math.max(1, left.size + right.size);
  let phase = "prepare";
  let phaseIndex = 0;
  let inPhase = 0;
  let outcome: ReconcileResult | null = null;

  const report = (): void =>
    options.onProgress?.({
      phase,
      done:
        phaseIndex * PHASE_UNITS + Math.min(PHASE_UNITS - 1, Math.floor((PHASE_UNITS * inPhase) / expected)),
      total: phases * PHASE_UNITS,
    });
  const enter = (name: string): void => {
    phase = name;
    phaseIndex++;
    inPhase = 0;
    report();
  };

  function* work(): Generator<number, void, void> {
    const lease = options.workspace === undefined ? null : new Lease(options.workspace);
    const ctx = createContext(left, right, options.currency ?? "", lease);
    onContext?.(ctx);
    yield expected;
    enter("decisions");
    const prepared = applyDecisions(ctx, options.decisions);
    ctx.rejected = prepared.rejected;
    const acceptedIds = prepared.acceptedIds;
    // Accepted ids the rules suggested again; the others are reported once the rules have run.
    const used = new Set<string>();
    const accepted = (l: readonly number[], r: readonly number[]): boolean => {
      if (acceptedIds.size === 0) return false;
      const id = matchIdOf(
        l.map((i) => ctx.left.rec.keys[i] as string),
        r.map((j) => ctx.right.rec.keys[j] as string),
      );
      if (!acceptedIds.has(id)) return false;
      used.add(id);
      return true;
    };
    for (const cr of compiled) {
      if (!cr.rule.autoConfirm || cr.rule.cardinality === "many:many") continue;
      enter(`confirm: ${cr.rule.id}`);
      yield* confirmPhase(ctx, cr);
    }
    for (const cr of compiled) {
      enter(`suggest: ${cr.rule.id}`);
      yield* suggestPhase(ctx, cr, accepted);
    }
    enter("statement");
    outcome = finish(ctx, {
      rules: compiled,
      detectors: options.detectors ?? true,
      detectorWindow: options.detectorWindow ?? { before: 7, after: 14 },
      issues: prepared.issues,
      unusedAccepted: used.size === acceptedIds.size ? [] : [...acceptedIds].filter((id) => !used.has(id)),
      wording: options.wording ?? "bank",
      ...(options.balances === undefined ? {} : { balances: options.balances }),
      ...(options.statementEnd === undefined ? {} : { statementEnd: options.statementEnd }),
      ...(options.unread === undefined ? {} : { unread: options.unread }),
    });
    // Nothing of the result points into the run's working arrays: they can serve the next run.
    lease?.end();
  }

  const it = work();
  let done = false;
  return {
    step(budget = 200_000): boolean {
      if (done) return true;
      let spent = 0;
      while (spent < budget) {
        const next = it.next();
        if (next.done === true) {
          done = true;
          phaseIndex = phases;
          inPhase = 0;
          phase = "done";
          report();
          return true;
        }
        spent += next.value;
        inPhase += next.value;
      }
      report();
      return false;
    },
    get done() {
      return done;
    },
    result(): ReconcileResult {
      if (outcome === null)
        throw new Error("the reconciliation run has not finished; call step() until it returns true");
      return outcome;
    },
  };
}

function* confirmPhase(ctx: Ctx, cr: CompiledRule): Generator<number, void, void> {
  if (cr.rule.cardinality === "1:1") yield* confirmOneToOne(ctx, cr);
  else yield* confirmGroups(ctx, cr);
}

function* suggestPhase(
  ctx: Ctx,
  cr: CompiledRule,
  accepted: (l: readonly number[], r: readonly number[]) => boolean,
): Generator<number, void, void> {
  if (cr.rule.cardinality === "1:1") yield* suggestOneToOne(ctx, cr, accepted);
  else if (cr.rule.cardinality === "many:many") yield* matchManyToMany(ctx, cr, accepted);
  else yield* suggestGroups(ctx, cr, accepted);
}

/**
 * Reconciles two record sets in one go: `rules` default to DEFAULT_RULES, `decisions` are the user's
 * manual groups, accepted ids and rejected pairs.
 */
export function reconcile(
  left: RecordSet,
  right: RecordSet,
  rules?: readonly Rule[],
  decisions?: ManualDecisions,
  options: Omit<ReconcileOptions, "rules" | "decisions"> = {},
): ReconcileResult {
  const run = startReconcile(left, right, {
    ...options,
    ...(rules === undefined ? {} : { rules }),
    ...(decisions === undefined ? {} : { decisions }),
  });
  run.step(Number.POSITIVE_INFINITY);
  return run.result();
}
