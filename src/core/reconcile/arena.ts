/**
 * One ArrayBuffer per run for the per-row working arrays. V8 counts every typed array's buffer as
 * external memory, and each time that grows by a few tens of megabytes it marks the whole heap (with a
 * million input rows, about a second each on a small machine); carving all views out of one buffer
 * pays for that at most once.
 */
export class Arena {
  private readonly buffer: ArrayBuffer;
  private used = 0;

  constructor(bytes: number) {
    this.buffer = new ArrayBuffer(Math.max(8, Math.ceil(bytes / 8) * 8 + 64));
  }

  private take(bytes: number, align: number): number {
    this.used = Math.ceil(this.used / align) * align;
    const at = this.used;
    this.used += bytes;
    if (this.used > this.buffer.byteLength)
      throw new RangeError(`arena of ${this.buffer.byteLength} bytes exhausted`);
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
