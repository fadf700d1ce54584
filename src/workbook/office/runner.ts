/**
 * Runs one Excel request at a time with the host's cell-edit handling: `delayForCellEdit` where the
 * host supports it (ExcelApi 1.11), and otherwise a bounded, awaited retry with backoff. A request that
 * failed because of cell-edit mode changed nothing, so running it again is safe.
 */
import { DEFAULT_BUDGET, type Budget } from "./budget";
import type { OfficeHost } from "./host";

export const DEFAULT_RETRY_DELAYS: readonly number[] = [250, 500, 1000, 2000];

export function hostCodeOf(e: unknown): string | null {
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string")
    return (e as { code: string }).code;
  return null;
}

export class Runner {
  private readonly delay: boolean;
  private readonly delays: readonly number[];
  private readonly sleep: (ms: number) => Promise<void>;
  /** Requests sent. */
  requests = 0;
  readonly budget: Budget;

  constructor(private readonly host: OfficeHost) {
    this.delay = host.isSetSupported("ExcelApi", "1.11");
    this.delays = host.cellEditRetryDelays ?? DEFAULT_RETRY_DELAYS;
    this.sleep = host.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.budget = host.budget ?? DEFAULT_BUDGET;
  }

  async run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        this.requests++;
        return await this.host.run(batch, this.delay ? { delayForCellEdit: true } : undefined);
      } catch (e) {
        if (hostCodeOf(e) !== "InvalidOperationInCellEditMode" || attempt >= this.delays.length) throw e;
        await this.sleep(this.delays[attempt] as number);
      }
    }
  }

  supports(version: string): boolean {
    return this.host.isSetSupported("ExcelApi", version);
  }
}
