/**
 * Work in steps (hazard 19): a generator whose every step is a few milliseconds of work, yielding how far
 * it got, so a service can give Excel a turn between steps, show progress and cancel; its return value is
 * the result. Core has no clock: the caller decides when to yield.
 */

/** Steps yielding the share done so far (0..1). */
export type Steps<R> = Generator<number, R, void>;

/** Runs steps to the end at once (the command line, tests, small inputs). */
export function runSteps<R>(steps: Generator<unknown, R, void>): R {
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}
