/**
 * Runs long synchronous engine work in slices, giving the UI thread a macrotask between slices (Office
 * restarts add-ins that block it for more than 5 s; hazard 19), and stops when the user cancels.
 */

/** Cancellation by the user; the status area reports it as "cancelled", not as a failure. */
export class CancelledError extends Error {
  override readonly name = "AbortError";
  readonly code = "cancelled";
  constructor(what: string) {
    super(`${what} was cancelled.`);
  }
}

export interface SliceOptions {
  readonly signal?: AbortSignal;
  /** Longest run between yields; 16 ms keeps the pane responsive at 60 frames per second. */
  readonly sliceMs?: number;
  /** What is running, for the cancellation message. */
  readonly what?: string;
  /** Injected for tests: the clock and the way to yield. */
  readonly now?: () => number;
  readonly yieldToUi?: () => Promise<void>;
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function throwIfCancelled(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw new CancelledError(what);
}

/**
 * Calls `step` until it returns true (done). Between slices of `sliceMs` it yields a macrotask and checks
 * the signal; a step itself must be short (a chunk of rows, one phase of a few milliseconds).
 */
export async function runInSlices(step: () => boolean, opts: SliceOptions = {}): Promise<void> {
  const now = opts.now ?? (() => performance.now());
  const yieldToUi = opts.yieldToUi ?? macrotask;
  const sliceMs = opts.sliceMs ?? 16;
  const what = opts.what ?? "The task";
  throwIfCancelled(opts.signal, what);
  for (;;) {
    const start = now();
    let done = false;
    do done = step();
    while (!done && now() - start < sliceMs);
    if (done) return;
    await yieldToUi();
    throwIfCancelled(opts.signal, what);
  }
}

/** Drives a generator in slices: each `next()` is one step; resolves with the generator's return value. */
export async function runGeneratorInSlices<R>(
  gen: Generator<unknown, R, void>,
  opts: SliceOptions = {},
): Promise<R> {
  let result: R | undefined;
  let finished = false;
  await runInSlices(() => {
    const r = gen.next();
    if (r.done) {
      result = r.value;
      finished = true;
    }
    return finished;
  }, opts);
  return result as R;
}
