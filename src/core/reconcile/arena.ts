/**
 * One ArrayBuffer per run for the per-row working arrays. V8 counts every typed array's buffer as
 * external memory, and each time that grows by a few tens of megabytes it marks the whole heap (with a
 * million input rows, about a second each on a small machine); carving all views out of one buffer
 * pays for that at most once, and taking it from a workspace (workspace.ts) not at all.
 */
import { FRESH, type Lease, type Scratch } from "./workspace";

export class Arena {
  private readonly buffer: ArrayBuffer;
  /** Bytes of the buffer this arena may use (a workspace's buffer can be larger; only these are zeroed). */
  private readonly size: number;
  private used = 0;
  /** Arrays of their own (pools that grow, per-phase indexes), from the run's lease when it has one. */
  readonly own: Scratch;

  constructor(bytes: number, lease: Lease | null = null) {
    const size = Math.max(8, Math.ceil(bytes / 8) * 8 + 64);
    this.size = size;
    this.buffer = lease === null ? new ArrayBuffer(size) : lease.buffer(size);
    this.own = lease ?? FRESH;
  }

  private take(bytes: number, align: number): number {
    this.used = Math.ceil(this.used / align) * align;
    const at = this.used;
    this.used += bytes;
    if (this.used > this.size) throw new RangeError(`arena of ${this.size} bytes exhausted`);
    return at;
  }

  i32(n: number): Int32Array {
    return new Int32Array(this.buffer, this.take(n * 4, 4), n);
  }

  u32(n: number): Uint32Array {
    return new Uint32Array(this.buffer, this.take(n * 4, 4), n);
  }

  f32(n: number): Float32Array {
    return new Float32Array(this.buffer, this.take(n * 4, 4), n);
  }

  f64(n: number): Float64Array {
    return new Float64Array(this.buffer, this.take(n * 8, 8), n);
  }

  u8(n: number): Uint8Array {
    return new Uint8Array(this.buffer, this.take(n, 1), n);
  }

  u16(n: number): Uint16Array {
    return new Uint16Array(this.buffer, this.take(n * 2, 2), n);
  }
}

/** Bytes a side of n rows takes in the arena (see createContext and the 1:1 scratch). */
export function arenaBytesPerRow(textNumbers: number): number {
  // 17 Int32 columns (4 of them lists of the 1:1 rounds), 4 fingerprint lanes, 2 × textNumbers text
  // lanes, the key hash, the reference shape and length, 3 byte columns (flags, block counts), pair
  // lengths, 2 Float32 scores, plus alignment slack.
  return 17 * 4 + 4 * 4 + 2 * textNumbers * 4 + 8 + 4 + 2 + 3 + 2 + 2 * 4 + 8;
}
