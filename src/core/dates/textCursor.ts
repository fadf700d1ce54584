/** A cursor over a string's char codes, for readers that must not allocate per cell. */
import { isDigit } from "../chars";

export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/** Position state and small readers shared by the text-date reader; subclasses own the grammar. */
export class TextCursor {
  protected text = "";
  protected pos = 0;
  protected end = 0;
  /** Value of the digits last read by readInt. */
  protected num = 0;

  /** Points the cursor at text[start, end). */
  protected reset(text: string, start: number, end: number): void {
    this.text = text;
    this.pos = start;
    this.end = end;
  }

  /** Reads digits at pos into `num`; returns how many (leading zeros count). */
  protected readInt(): number {
    const text = this.text;
    const start = this.pos;
    let n = 0;
    while (this.pos < this.end && isDigit(text.charCodeAt(this.pos))) {
      n = n * 10 + (text.charCodeAt(this.pos) - 48);
      this.pos++;
    }
    this.num = n;
    return this.pos - start;
  }

  protected readWord(): string {
    const start = this.pos;
    while (this.pos < this.end && isLetter(this.text.charCodeAt(this.pos))) this.pos++;
    return this.text.slice(start, this.pos);
  }

  protected wordIs(upper: string): boolean {
    const end = this.pos + upper.length;
    if (end > this.end || (end < this.end && isLetter(this.text.charCodeAt(end)))) return false;
    return this.text.slice(this.pos, end).toUpperCase() === upper;
  }

  /** Skips "st", "nd", "rd", "th" right after a 1–2 digit day. */
  protected skipOrdinal(digits: number): void {
    if (digits > 2 || this.pos + 1 >= this.end) return;
    const a = this.text.charCodeAt(this.pos) | 0x20;
    const b = this.text.charCodeAt(this.pos + 1) | 0x20;
    const ordinal =
      (a === 115 && b === 116) ||
      (a === 110 && b === 100) ||
      (a === 114 && b === 100) ||
      (a === 116 && b === 104);
    if (ordinal && !(this.pos + 2 < this.end && isLetter(this.text.charCodeAt(this.pos + 2)))) this.pos += 2;
  }

  protected skip(test: (c: number) => boolean): void {
    while (this.pos < this.end && test(this.text.charCodeAt(this.pos))) this.pos++;
  }

  protected digitAt(i: number): boolean {
    return i < this.end && isDigit(this.text.charCodeAt(i));
  }
}
