/**
 * Regular expressions users write (a rule's reference pattern, a column's pattern) run on every cell of
 * a table. A repetition inside a repetition, such as (a+)+ or (\w+\s?)*, backtracks exponentially on a
 * text that almost matches: 34 letters can take minutes, and the pane or the command line hangs. Such
 * patterns are refused before they run, with the part named and a rewrite suggested. This catches the
 * common form of the hazard, not every one: a repeated alternation whose branches match the same text,
 * such as (a|a)*, still backtracks, and is rare in references and codes.
 */

/**
 * A quantifier at `at`: its length, and whether it repeats a variable number of times (*, +, {n,},
 * {n,m} with m > n). A fixed count such as {4} matches one way only.
 */
function quantifierAt(p: string, at: number): { length: number; repeats: boolean } | null {
  const c = p[at];
  let length = 0;
  let repeats = false;
  if (c === "*" || c === "+") {
    length = 1;
    repeats = true;
  } else if (c === "?") {
    length = 1;
  } else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(at));
    if (m === null) return null;
    length = m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    repeats = max > min;
  } else return null;
  // A lazy or possessive mark belongs to the quantifier.
  if (p[at + length] === "?") length++;
  return { length, repeats };
}

/** Where the character class opening at `at` ends (the index after its closing bracket). */
function classEnd(p: string, at: number): number {
  let k = at + 1;
  if (p[k] === "^") k++;
  if (p[k] === "]") k++;
  while (k < p.length && p[k] !== "]") k += p[k] === "\\" ? 2 : 1;
  return k + 1;
}

/**
 * The part of `pattern` that repeats a group which itself repeats something, e.g. "(a+)+" in
 * "^(a+)+$"; null when there is none. The pattern is assumed to compile.
 */
export function nestedRepetition(pattern: string): string | null {
  // Per open group: where it starts, and whether something inside it repeats.
  const open: { start: number; repeats: boolean }[] = [];
  let k = 0;
  while (k < pattern.length) {
    const c = pattern[k];
    let atomEnd: number;
    let group: { start: number; repeats: boolean } | null = null;
    if (c === "\\") atomEnd = k + 2;
    else if (c === "[") atomEnd = classEnd(pattern, k);
    else if (c === "(") {
      open.push({ start: k, repeats: false });
      k++;
      continue;
    } else if (c === ")") {
      group = open.pop() ?? null;
      atomEnd = k + 1;
    } else atomEnd = k + 1;
    const q = quantifierAt(pattern, atomEnd);
    if (q !== null && q.repeats) {
      if (group?.repeats === true) return pattern.slice(group.start, atomEnd + q.length);
      const outer = open[open.length - 1];
      if (outer) outer.repeats = true;
    } else if (group?.repeats === true) {
      // A group that repeats inside makes its enclosing group one that repeats inside too.
      const outer = open[open.length - 1];
      if (outer) outer.repeats = true;
    }
    k = atomEnd + (q?.length ?? 0);
  }
  return null;
}

/** Why a pattern is refused, as the end of a sentence; null when it may run. */
export function patternHazard(pattern: string): string | null {
  const part = nestedRepetition(pattern);
  if (part === null) return null;
  return (
    `repeats a group that itself repeats, ${part}, which can take minutes on a text that almost matches; ` +
    "repeat only once, e.g. (a+) instead of (a+)+"
  );
}

/**
 * Why a pattern users wrote cannot run, for a rules schema's refinement: "not a valid regular
 * expression" (under `flags`), or "the pattern …" with patternHazard's reason; null when it may run.
 */
export function patternProblem(pattern: string, flags: string): string | null {
  try {
    new RegExp(pattern, flags);
  } catch {
    return "not a valid regular expression";
  }
  const why = patternHazard(pattern);
  return why === null ? null : `the pattern ${why}`;
}
