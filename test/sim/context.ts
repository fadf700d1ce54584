/**
 * The request context and `Excel.run`: commands queue until `sync()`, then run in order against the
 * model; a failing command leaves the earlier ones applied; request and response sizes are measured
 * against the limits; cell-edit mode fails (or, with delayForCellEdit, delays) the request.
 */
import { SimError, SimMisuse, simError } from "./errors";
import { FaultPlan, type SyncHookApi } from "./faults";
import { WEB_LIMITS, jsonBytes, type Limits } from "./limits";
import { SimWorkbook } from "./model";
import type { Command } from "./proxy";
import { WorkbookProxy, ApplicationProxy } from "./workbook";

export interface SimStats {
  runs: number;
  syncs: number;
  /** Commands run (loads included), the index space of `faults.failAtCommand`. */
  commands: number;
  requestBytes: number[];
  responseBytes: number[];
  calcSuspensions: number;
  screenSuspensions: number;
  /** Syncs that carried at least one write command. */
  writeSyncs: number;
}

export interface SimulatorOptions {
  /** Highest ExcelApi requirement set the host supports, e.g. "1.18" (default) or "1.8". */
  readonly apiVersion?: string;
  readonly limits?: Partial<Limits>;
  /** Whether the host honours `delayForCellEdit` (ExcelApi 1.11 hosts do). */
  readonly honoursDelayForCellEdit?: boolean;
  readonly workbook?: SimWorkbook;
}

function versionAtLeast(have: string, need: string): boolean {
  const [a1 = 0, a2 = 0] = have.split(".").map(Number);
  const [b1 = 0, b2 = 0] = need.split(".").map(Number);
  return a1 !== b1 ? a1 > b1 : a2 >= b2;
}

export class SimContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private pending: Command[] = [];
  private hasWrite = false;
  closed = false;

  constructor(
    readonly sim: ExcelSimulator,
    readonly delayForCellEdit: boolean,
  ) {
    this.workbook = new WorkbookProxy(this);
    this.application = this.workbook.application;
  }

  /** @internal */
  enqueue(cmd: Command): void {
    if (this.closed) throw new SimMisuse(`${cmd.label} used after its Excel.run finished`);
    if (!cmd.deliver) this.hasWrite = true;
    this.pending.push(cmd);
  }

  /** @internal Fails the command at sync unless the host supports the requirement set. */
  requires(version: string, label: string): void {
    if (!this.sim.isSetSupported("ExcelApi", version))
      throw simError("ApiNotFound", label, `${label} needs ExcelApi ${version}`);
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  async sync(): Promise<void> {
    if (this.closed) throw new SimMisuse("context.sync() after Excel.run finished");
    const sim = this.sim;
    const commands = this.pending;
    const wrote = this.hasWrite;
    this.pending = [];
    this.hasWrite = false;
    const syncIndex = sim.stats.syncs++;
    await Promise.resolve();
    sim.faults.runBeforeSync(syncIndex, sim.hookApi);
    if (sim.cellEditMode) {
      if (this.delayForCellEdit && sim.honoursDelay) await sim.waitForEditExit();
      else throw simError("InvalidOperationInCellEditMode");
    }
    const request = jsonBytes(commands.map((c) => c.payload));
    sim.stats.requestBytes.push(request);
    if (request > sim.limits.requestBytes) throw simError("RequestPayloadSizeLimitExceeded");
    if (wrote) sim.stats.writeSyncs++;
    const results: { cmd: Command; data: unknown }[] = [];
    for (const cmd of commands) {
      const index = sim.stats.commands++;
      const fault = sim.faults.commandFault(index);
      if (fault) throw fault;
      const data = cmd.run();
      if (cmd.deliver) results.push({ cmd, data });
    }
    const response = jsonBytes(results.map((r) => r.data));
    sim.stats.responseBytes.push(response);
    if (response > sim.limits.responseBytes) throw simError("ResponsePayloadSizeLimitExceeded");
    for (const r of results) r.cmd.deliver?.(r.data);
  }
}

/** An Excel host in memory: `run` stands in for `Excel.run`, `isSetSupported` for the requirement check. */
export class ExcelSimulator {
  readonly model: SimWorkbook;
  readonly faults = new FaultPlan();
  readonly limits: Limits;
  readonly apiVersion: string;
  readonly honoursDelay: boolean;
  stats: SimStats = ExcelSimulator.emptyStats();
  cellEditMode = false;
  private editExitWaiters: (() => void)[] = [];
  /** Every `Excel.run` call's options, for assertions. */
  readonly runOptions: ({ delayForCellEdit?: boolean } | undefined)[] = [];

  constructor(options: SimulatorOptions = {}) {
    this.model = options.workbook ?? new SimWorkbook();
    this.limits = { ...WEB_LIMITS, ...options.limits };
    this.apiVersion = options.apiVersion ?? "1.18";
    this.honoursDelay = options.honoursDelayForCellEdit ?? versionAtLeast(this.apiVersion, "1.11");
  }

  static emptyStats(): SimStats {
    return {
      runs: 0,
      syncs: 0,
      commands: 0,
      requestBytes: [],
      responseBytes: [],
      calcSuspensions: 0,
      screenSuspensions: 0,
      writeSyncs: 0,
    };
  }

  /** Resets counters (and with them the index space of injected faults). */
  resetStats(): void {
    this.stats = ExcelSimulator.emptyStats();
  }

  /** @internal What a beforeSync hook may touch. */
  get hookApi(): SyncHookApi {
    return { model: this.model, setCellEditMode: (on: boolean) => this.setCellEditMode(on) };
  }

  setCellEditMode(on: boolean): void {
    this.cellEditMode = on;
    if (!on) {
      const waiters = this.editExitWaiters;
      this.editExitWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** @internal */
  waitForEditExit(): Promise<void> {
    return new Promise((resolve) => this.editExitWaiters.push(resolve));
  }

  isSetSupported = (name: string, version?: string): boolean =>
    name === "ExcelApi" && (version === undefined || versionAtLeast(this.apiVersion, version));

  /** `Excel.run(options?, batch)` with the batch first, as the adapter's injected runner takes it. */
  run = async <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    options?: { delayForCellEdit?: boolean },
  ): Promise<T> => {
    this.stats.runs++;
    this.runOptions.push(options);
    const ctx = new SimContext(
      this,
      options?.delayForCellEdit === true && this.isSetSupported("ExcelApi", "1.11"),
    );
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.pendingCount > 0)
        throw new SimMisuse(
          `${ctx.pendingCount} command(s) queued after the last context.sync() were never sent`,
        );
      return result;
    } finally {
      ctx.closed = true;
    }
  };

  /** Largest request/response of all syncs so far. */
  get maxRequestBytes(): number {
    return Math.max(0, ...this.stats.requestBytes);
  }
  get maxResponseBytes(): number {
    return Math.max(0, ...this.stats.responseBytes);
  }
}

export { SimError };
