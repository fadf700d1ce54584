/**
 * Working memory a caller can keep from one run to the next. A run at a million rows a side fills about
 * 450 MiB of typed arrays that die with it. V8 counts every array buffer as memory outside its heap, and
 * each time that grows by 64 MiB it starts a full collection: with the inputs in the heap, two or three
 * per run at that size, each pausing the run for a few hundred milliseconds. A run given a workspace takes
 * its buffers from those the previous run gave back, so a re-run (after the user's decisions, or on a
 * recalculation) allocates next to nothing outside the heap.
 *
 * A workspace holds at most the buffers of the last run that ended with it; `clear` lets them go. Runs
 * may share one workspace: a buffer is never handed out while a run holds it, and what the result keeps
 * (drafts, per-row matches, the match order) never comes from a workspace.
 */

/** How much larger than asked a spare buffer may be and still be handed out. */
const SLACK = 1.25;

/**
 * Removes from `spares` the smallest buffer that holds `bytes` without being much larger, and returns it
 * with its first `bytes` zeroed (as a new buffer would be); null when none fits.
 */
function takeFitting(spares: ArrayBuffer[], bytes: number): ArrayBuffer | null {
  let best = -1;
  for (let k = 0; k < spares.length; k++) {
    const size = (spares[k] as ArrayBuffer).byteLength;
    if (size < bytes || size > bytes * SLACK + 4096) continue;
    if (best === -1 || size < (spares[best] as ArrayBuffer).byteLength) best = k;
  }
  if (best === -1) return null;
  const buffer = spares[best] as ArrayBuffer;
  spares.splice(best, 1);
  new Uint8Array(buffer, 0, bytes).fill(0);
  return buffer;
}

export class Workspace {
  private spare: ArrayBuffer[] = [];

  /** A buffer of at least `bytes` whose first `bytes` are zero: a spare one when it fits, else new. */
  take(bytes: number): ArrayBuffer {
    return takeFitting(this.spare, bytes) ?? new ArrayBuffer(bytes);
  }

  /**
   * A run has ended and hands back every buffer it took: they become the spares, and older spares that
   * it did not take are dropped.
   */
  keep(buffers: readonly ArrayBuffer[]): void {
    this.spare = [...buffers];
  }

  /** Bytes held for the next run. */
  get heldBytes(): number {
    return this.spare.reduce((sum, b) => sum + b.byteLength, 0);
  }

  clear(): void {
    this.spare = [];
  }
}

/** Typed arrays for a run's working state: carved from a workspace's buffers or allocated fresh. */
export interface Scratch {
  i32(n: number): Int32Array<ArrayBuffer>;
  u32(n: number): Uint32Array<ArrayBuffer>;
  u16(n: number): Uint16Array<ArrayBuffer>;
  u8(n: number): Uint8Array<ArrayBuffer>;
  f64(n: number): Float64Array<ArrayBuffer>;
  /** Gives an array back before the run ends (a pool outgrew it); it must not be read again. */
  drop(array: ArrayBufferView): void;
}

/** Plain allocation: each array its own new buffer, left to the collector. */
export const FRESH: Scratch = {
  i32: (n) => new Int32Array(n),
  u32: (n) => new Uint32Array(n),
  u16: (n) => new Uint16Array(n),
  u8: (n) => new Uint8Array(n),
  f64: (n) => new Float64Array(n),
  drop: () => undefined,
};

/** The buffers one run takes from a workspace, all given back when the run ends. */
export class Lease implements Scratch {
  private readonly taken = new Set<ArrayBuffer>();
  private readonly dropped: ArrayBuffer[] = [];

  constructor(private readonly workspace: Workspace) {}

  /**
   * One lease kept for the life of the process (held by the class): each run's lease dies with the run,
   * and V8 would then drop its hidden class and the optimised code of every function that allocates
   * through it (see specimen.ts).
   */
  private static readonly kept: Lease = new Lease(new Workspace());

  buffer(bytes: number): ArrayBuffer {
    // A buffer this run gave back early serves a later request as a spare would.
    const b = takeFitting(this.dropped, bytes) ?? this.workspace.take(Math.max(bytes, 8));
    this.taken.add(b);
    return b;
  }

  i32(n: number): Int32Array<ArrayBuffer> {
    return new Int32Array(this.buffer(n * 4), 0, n);
  }

  u32(n: number): Uint32Array<ArrayBuffer> {
    return new Uint32Array(this.buffer(n * 4), 0, n);
  }

  u16(n: number): Uint16Array<ArrayBuffer> {
    return new Uint16Array(this.buffer(n * 2), 0, n);
  }

  u8(n: number): Uint8Array<ArrayBuffer> {
    return new Uint8Array(this.buffer(n), 0, n);
  }

  f64(n: number): Float64Array<ArrayBuffer> {
    return new Float64Array(this.buffer(n * 8), 0, n);
  }

  drop(array: ArrayBufferView): void {
    const b = array.buffer as ArrayBuffer;
    if (!this.taken.delete(b)) return;
    this.dropped.push(b);
  }

  /** The run is over: everything it took goes back to the workspace. */
  end(): void {
    this.workspace.keep([...this.taken, ...this.dropped]);
    this.taken.clear();
    this.dropped.length = 0;
  }
}
