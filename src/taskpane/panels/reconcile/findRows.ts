/**
 * Find in the review lists, by what the lists show for a row as well as by what the search reads: a row
 * as the match list writes it ("L16", "B9": a side's prefix and its row), as an open row's line writes it
 * ("Row 28"), or its bare number ("28"). Every other word goes to the list's own search (words, dates,
 * amounts, match ids). A row word finds the rows of that number, or whatever the search finds by it.
 */
import type { Side } from "../../../core/reconcile";

/** A word of the query that names a row: its text, its number, and its side when a prefix names it. */
export interface RowWord {
  readonly text: string;
  readonly row: number;
  readonly side: Side | null;
}

/** The query's row words, and the rest of it as the list's search reads it. */
export function rowWords(
  query: string,
  prefixes: { readonly left: string; readonly right: string },
): { readonly rows: readonly RowWord[]; readonly rest: string } {
  const words = query.split(/\s+/).filter((w) => w !== "");
  const rows: RowWord[] = [];
  const rest: string[] = [];
  const sideOf = (letters: string): Side | null | undefined => {
    const l = letters.toLowerCase();
    if (l === "row") return null;
    if (l === prefixes.left.toLowerCase()) return "left";
    if (l === prefixes.right.toLowerCase()) return "right";
    return undefined;
  };
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    const next = words[k + 1];
    // "Row 28", as an open row's line writes it: one row word of two.
    if (word.toLowerCase() === "row" && next !== undefined && /^\d+$/.test(next)) {
      rows.push({ text: `${word} ${next}`, row: Number(next), side: null });
      k++;
      continue;
    }
    const labelled = /^([a-z]+)(\d+)$/i.exec(word);
    const side = labelled ? sideOf(labelled[1] as string) : undefined;
    if (labelled && side !== undefined) rows.push({ text: word, row: Number(labelled[2]), side });
    else if (/^\d+$/.test(word)) rows.push({ text: word, row: Number(word), side: null });
    else rest.push(word);
  }
  return { rows, rest: rest.join(" ") };
}

export interface RowSearch<T> {
  readonly prefixes: { readonly left: string; readonly right: string };
  /** The list's own search: words, dates, amounts. */
  readonly search: (items: readonly T[], query: string) => T[];
  readonly key: (item: T) => string;
  /** Whether the item shows row `row` of `side` (of either side for null). */
  readonly hasRow: (item: T, row: number, side: Side | null) => boolean;
}

/** The items a Find query finds, in their order; null for a blank query (everything is found). */
export function findByRows<T>(items: readonly T[], query: string, how: RowSearch<T>): T[] | null {
  const { rows, rest } = rowWords(query, how.prefixes);
  if (rows.length === 0 && rest === "") return null;
  let found = rest === "" ? [...items] : how.search(items, rest);
  for (const word of rows) {
    const byText = new Set(how.search(found, word.text).map(how.key));
    found = found.filter((item) => how.hasRow(item, word.row, word.side) || byText.has(how.key(item)));
  }
  return found;
}
