/**
 * What the office adapter needs from its host, injected so the Excel simulator can stand in: an
 * `Excel.run`-like runner, the requirement-set check and the document's settings. `excelHost()`
 * builds it from the Office globals for the task pane's composition root.
 */

import type { Budget } from "./budget";

/** `Excel.run` with the batch first and Excel.RunOptions second. */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: { delayForCellEdit?: boolean },
) => Promise<T>;

/** The part of Office.Settings the adapter uses. */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export interface OfficeHost {
  readonly run: ExcelRun;
  readonly isSetSupported: (name: string, version?: string) => boolean;
  readonly settings: OfficeSettingsLike;
  /** Waits between cell-edit retries; tests pass a fake. Defaults to setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Delays before each retry while Excel is in cell-edit mode (default 250, 500, 1000, 2000 ms). */
  readonly cellEditRetryDelays?: readonly number[];
  /** Payload and read budgets; the defaults fit Excel on the web (tests pass smaller ones). */
  readonly budget?: Budget;
}

/** The real host: Excel.run, Office's requirement check and the document settings. Call after Office.onReady. */
export function excelHost(): OfficeHost {
  return {
    run: (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document.settings as unknown as OfficeSettingsLike,
  };
}
