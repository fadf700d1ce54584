/**
 * Bounded subset-sum search for split matches: which 2..k candidates (same sign, smaller than the
 * target) add up to the target exactly or within tolerance. Candidates arrive sorted; the search walks
 * them largest first and prunes on the running sum, with a hard cap on visited nodes so a dense window
 * can never blow up (a capped search is reported as truncated and its result is never confirmed).
 */

export interface SubsetQuery {
  /** Magnitudes of the candidates (all positive). */
  readonly sizes: readonly number[];
  readonly target: number;
  /** The sum may fall short of the target by `below` or exceed it by `above` (magnitudes). */
  readonly below: number;
  readonly above: number;
  readonly minSize: number;
  readonly maxSize: number;
  /** Stop after this many solutions (the caller only needs to know "one" or "several"). */
  readonly maxSolutions: number;
  readonly maxNodes: number;
}

export interface SubsetAnswer {
  /** Each solution lists candidate positions (into `sizes`), ascending. */
  readonly solutions: number[][];
  readonly truncated: boolean;
}

/** Positions of `sizes`, largest size first, equal sizes in position order (insertion sort: lists are short). */
function largestFirst(sizes: readonly number[]): number[] {
  const order: number[] = [];
  for (let k = 0; k < sizes.length; k++) {
    const size = sizes[k] as number;
    let t = k - 1;
    order.push(k);
    while (t >= 0 && (sizes[order[t] as number] as number) < size) {
      order[t + 1] = order[t] as number;
      t--;
    }
    order[t + 1] = k;
  }
  return order;
}

/**
 * Walks the subsets whose sum lies in [target − below, target + above], largest sizes first, in the
 * order of their picks, calling found(pick, order) for each until a cap is reached (the subset is
 * positions order[pick[0]], order[pick[1]], … of `sizes`; see positionsOf); returns whether one was.
 */
function walkSubsets(
  q: SubsetQuery,
  found: (pick: readonly number[], order: readonly number[]) => void,
): boolean {
  const order = largestFirst(q.sizes);
  const a = order.map((k) => q.sizes[k] as number);
  const lo = q.target - q.below;
  const hi = q.target + q.above;
  const pick: number[] = [];
  let nodes = 0;
  let solutions = 0;
  let truncated = false;

  const visit = (from: number, sum: number): void => {
    for (let t = from; t < a.length; t++) {
      if (++nodes > q.maxNodes || solutions >= q.maxSolutions) {
        truncated = true;
        return;
      }
      const s = sum + (a[t] as number);
      if (s > hi) continue;
      // Largest remaining first: if even the next largest ones cannot reach lo, smaller ones cannot either.
      let reach = s;
      const room = q.maxSize - pick.length - 1;
      for (let r = 1; r <= room && t + r < a.length; r++) reach += a[t + r] as number;
      if (reach < lo) break;
      pick.push(t);
      if (pick.length >= q.minSize && s >= lo) {
        solutions++;
        found(pick, order);
      }
      if (pick.length < q.maxSize) visit(t + 1, s);
      pick.pop();
      if (truncated) return;
    }
  };
  visit(0, 0);
  return truncated;
}

/** A walked subset as positions into `sizes`, ascending. */
function positionsOf(pick: readonly number[], order: readonly number[]): number[] {
  return pick.map((p) => order[p] as number).sort((x, y) => x - y);
}

/** All subsets (up to the caps) whose sum lies in [target − below, target + above]. */
export function findSubsets(q: SubsetQuery): SubsetAnswer {
  const solutions: number[][] = [];
  const truncated = walkSubsets(q, (pick, order) => solutions.push(positionsOf(pick, order)));
  return { solutions, truncated };
}

/**
 * The first of the fewest-member subsets findSubsets would list (positions ascending), or null: the
 * same walk without keeping the other solutions.
 */
export function fewestSubset(q: SubsetQuery): number[] | null {
  let best: number[] | null = null;
  walkSubsets(q, (pick, order) => {
    if (best === null || pick.length < best.length) best = positionsOf(pick, order);
  });
  return best;
}
