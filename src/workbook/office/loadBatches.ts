/**
 * Packs many small reads into as few requests as the payload budgets allow. A batch whose response
 * turns out too large is split in two and retried (reads change nothing, so a retry is safe).
 */
import { hostCodeOf, type Runner } from "./runner";

export interface LoadJob<T> {
  /** Estimated bytes this job adds to the request and to the response. */
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Queues the loads; returns the reader to call after the sync. */
  queue(ctx: Excel.RequestContext): () => T;
}

export async function runLoadJobs<T>(
  runner: Runner,
  jobs: readonly LoadJob<T>[],
  signal?: AbortSignal,
): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let start = 0;
  while (start < jobs.length) {
    if (signal?.aborted)
      throw Object.assign(new Error("The operation was cancelled."), { code: "Cancelled" });
    let end = start;
    let req = 0;
    let res = 0;
    while (end < jobs.length) {
      const j = jobs[end] as LoadJob<T>;
      if (
        end > start &&
        (req + j.requestBytes > runner.budget.payload || res + j.responseBytes > runner.budget.payload)
      )
        break;
      req += j.requestBytes;
      res += j.responseBytes;
      end++;
    }
    await runRange(runner, jobs, start, end, results);
    start = end;
  }
  return results;
}

async function runRange<T>(
  runner: Runner,
  jobs: readonly LoadJob<T>[],
  start: number,
  end: number,
  out: T[],
): Promise<void> {
  try {
    const values = await runner.run(async (ctx) => {
      const readers = jobs.slice(start, end).map((j) => j.queue(ctx));
      await ctx.sync();
      return readers.map((r) => r());
    });
    values.forEach((v, i) => (out[start + i] = v));
  } catch (e) {
    const code = hostCodeOf(e);
    const tooBig = code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
    if (!tooBig || end - start < 2) throw e;
    const mid = start + Math.floor((end - start) / 2);
    await runRange(runner, jobs, start, mid, out);
    await runRange(runner, jobs, mid, end, out);
  }
}
