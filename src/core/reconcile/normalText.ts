/**
 * A text as normalizeParty writes it (upper case, letters and digits, one space between words), read into
 * a reused buffer with each word's start, end and hash, so a description can be looked through word by
 * word without building a string per word. PartyNames reads descriptions through it.
 */
import { normalizeParty } from "./normalize";

const SPACE = 32;

export class NormalText {
  /** The normalised text loaded last: as many characters as `load` returned. */
  buf = new Uint16Array(256);
  /** Per word of it: where it starts and ends in buf, and its hash (FNV-1a, 30 bits). */
  wordStart: Int32Array = new Int32Array(64);
  wordEnd: Int32Array = new Int32Array(64);
  wordHashes: Int32Array = new Int32Array(64);
  /** How many words it has. */
  words = 0;

  /**
   * Reads normalizeParty(text) into buf and its words (without building the string when it is ASCII);
   * returns its length.
   */
  load(text: string): number {
    if (this.buf.length < text.length) this.buf = new Uint16Array(text.length * 2);
    const buf = this.buf;
    let n = 0;
    let words = 0;
    let h = 0;
    let gap = false;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) return this.loadNormal(normalizeParty(text));
      if (c >= 97 && c <= 122) c -= 32;
      else if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
        gap = n > 0;
        continue;
      }
      if (n === 0 || gap) {
        if (n > 0) {
          words = this.endWord(words, n, h);
          buf[n++] = SPACE;
        }
        this.startWord(words, n);
        h = 0x811c9dc5;
        gap = false;
      }
      buf[n++] = c;
      h = Math.imul(h ^ c, 0x01000193);
    }
    this.words = n > 0 ? this.endWord(words, n, h) : 0;
    return n;
  }

  private startWord(w: number, at: number): void {
    if (w === this.wordStart.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.wordStart = grow(this.wordStart);
      this.wordEnd = grow(this.wordEnd);
      this.wordHashes = grow(this.wordHashes);
    }
    this.wordStart[w] = at;
  }

  private endWord(w: number, at: number, h: number): number {
    this.wordEnd[w] = at;
    this.wordHashes[w] = h & 0x3fffffff;
    return w + 1;
  }

  private loadNormal(normal: string): number {
    if (this.buf.length < normal.length) this.buf = new Uint16Array(normal.length * 2);
    let words = 0;
    for (let i = 0; i < normal.length; i++) {
      const c = normal.charCodeAt(i);
      this.buf[i] = c;
      if (c === SPACE) continue;
      if (i === 0 || normal.charCodeAt(i - 1) === SPACE) this.startWord(words, i);
      if (i + 1 === normal.length || normal.charCodeAt(i + 1) === SPACE) {
        const start = this.wordStart[words] as number;
        let h = 0x811c9dc5;
        for (let k = start; k <= i; k++) h = Math.imul(h ^ normal.charCodeAt(k), 0x01000193);
        words = this.endWord(words, i + 1, h);
      }
    }
    this.words = words;
    return normal.length;
  }

  /** Word w of the loaded text. */
  word(w: number): string {
    return this.slice(this.wordStart[w] as number, this.wordEnd[w] as number);
  }

  /** The loaded text from s to e. */
  slice(s: number, e: number): string {
    return String.fromCharCode(...this.buf.subarray(s, e));
  }
}
