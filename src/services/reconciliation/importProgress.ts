/** Progress of an import read in steps (hazard 19): whole percents, never going back. */
import type { Steps } from "../../core/steps";
import type { RunOptions } from "../../workbook/port";

/** Passes the steps on, telling `report` each share read (0..1). */
export function* reporting<R>(steps: Steps<R>, report: (share: number) => void): Generator<void, R, void> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    report(r.value);
    yield;
  }
}

/** Reports whole percents of the files read under `phase`, file `k` of `n` counting for its share. */
export function percentReporter(
  onProgress: RunOptions["onProgress"],
  phase: string,
): (k: number, n: number, share: number) => void {
  let shown = -1;
  return (k, n, share) => {
    const percent = Math.floor(((k + share) / n) * 100);
    if (percent <= shown) return;
    shown = percent;
    onProgress?.({ phase, done: percent, total: 100 });
  };
}
