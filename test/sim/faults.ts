/**
 * Faults the tests inject: a host error at command k (counted over every command of every sync since
 * the counters were reset), or a hook before sync n that plays the user (edits, cell-edit mode) or fails
 * the whole request.
 */
import { SimError } from "./errors";
import type { SimWorkbook } from "./model";

export interface SyncHookApi {
  readonly model: SimWorkbook;
  setCellEditMode(on: boolean): void;
}

export class FaultPlan {
  private readonly atCommand = new Map<number, { code: string; message?: string }>();
  private readonly beforeSyncHooks = new Map<number, ((api: SyncHookApi) => void)[]>();

  /** The command with this global index fails with `code`; commands before it stay applied. */
  failAtCommand(index: number, code = "GeneralException", message?: string): this {
    this.atCommand.set(index, message === undefined ? { code } : { code, message });
    return this;
  }

  /** Runs `hook` just before sync `index` is processed (0-based, counted like `stats.syncs`). */
  beforeSync(index: number, hook: (api: SyncHookApi) => void): this {
    const list = this.beforeSyncHooks.get(index) ?? [];
    list.push(hook);
    this.beforeSyncHooks.set(index, list);
    return this;
  }

  /** The whole request of sync `index` fails before any of its commands runs. */
  failSync(index: number, code = "GeneralException"): this {
    return this.beforeSync(index, () => {
      throw new SimError(code);
    });
  }

  clear(): void {
    this.atCommand.clear();
    this.beforeSyncHooks.clear();
  }

  /** @internal */
  commandFault(index: number): SimError | null {
    const f = this.atCommand.get(index);
    return f ? new SimError(f.code, f.message, "injected fault") : null;
  }

  /** @internal */
  runBeforeSync(index: number, api: SyncHookApi): void {
    for (const hook of this.beforeSyncHooks.get(index) ?? []) hook(api);
  }
}
