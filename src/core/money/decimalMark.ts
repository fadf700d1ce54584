/**
 * Which mark an amount's text was read with as its decimal one, and how many digits follow it: what tells
 * a figure with more decimals than its currency has ("18.420" in dollars, "1.234" at two decimals) from
 * one with thousands grouped, so it is refused rather than rounded.
 */
import { parseAmountMinor } from "./parseAmount";

/** The mark an undeclared reading took as the decimal one: the one whose reading gives the same figure. */
export function decimalMarkRead(text: string, minor: number, decimals: number): "." | "," | undefined {
  for (const mark of [".", ","] as const)
    if (text.includes(mark) && parseAmountMinor(text, decimals, mark) === minor) return mark;
  return undefined;
}

/** How many digits follow the last `mark` in the text. */
export function digitsAfter(text: string, mark: "." | ","): number {
  const at = text.lastIndexOf(mark);
  return at < 0 ? 0 : (/^\d*/.exec(text.slice(at + 1)) as RegExpExecArray)[0].length;
}
