/**
 * Just enough of the beancount syntax for the beangulp similarity fixtures: dated transactions with a
 * narration, an optional ^link, and postings "Account  amount CUR" (one posting may leave its amount out).
 */
export interface Posting {
  readonly account: string;
  /** Exact decimal text as written ("20.99"), or null for the balancing posting. */
  readonly amount: string | null;
  readonly currency: string | null;
}

export interface Transaction {
  readonly date: string;
  readonly narration: string;
  readonly link: string | null;
  readonly postings: readonly Posting[];
}

export function parseBeancount(text: string): Transaction[] {
  const out: { date: string; narration: string; link: string | null; postings: Posting[] }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/;.*$/, "");
    const head = /^(\d{4}-\d{2}-\d{2})\s+[*!]\s+"([^"]*)"(?:\s+\^(\S+))?/.exec(line);
    if (head) {
      out.push({
        date: head[1] as string,
        narration: head[2] as string,
        link: head[3] ?? null,
        postings: [],
      });
      continue;
    }
    const posting = /^\s+([A-Z][\w:-]*)(?:\s+(-?\d+(?:\.\d+)?)\s+([A-Z][A-Z0-9]*))?\s*$/.exec(line);
    const current = out[out.length - 1];
    if (posting && current)
      current.postings.push({
        account: posting[1] as string,
        amount: posting[2] ?? null,
        currency: posting[3] ?? null,
      });
  }
  return out;
}
