/**
 * Counts as the pane writes them: grouped the way the user's locale groups numbers ("20,000"), the same
 * in the cards, badges, tabs, lists and status messages.
 */

export function count(n: number): string {
  return n.toLocaleString();
}

/** A count with its noun: "1 row", "20,000 rows". */
export function counted(n: number, one: string, many: string): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
