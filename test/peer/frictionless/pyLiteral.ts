/**
 * A reader for the small part of Python the Frictionless test functions use to set up a case: literals
 * (str, int, float, None, True, False, lists, tuples, dicts), names, attribute calls with keyword
 * arguments, and `"a" * 255`. It reads inputs (data, schemas, options) from the stored test source at run
 * time, so nothing of the peer suite is copied into this repository.
 */

export type PyValue =
  null | boolean | number | string | PyValue[] | { readonly [key: string]: PyValue } | PyCall | PyName;

export interface PyCall {
  readonly kind: "call";
  readonly callee: string;
  readonly args: PyValue[];
  readonly kwargs: Readonly<Record<string, PyValue>>;
}

export interface PyName {
  readonly kind: "name";
  readonly name: string;
}

export function isCall(v: PyValue | undefined, callee?: string): v is PyCall {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    (v as PyCall).kind === "call" &&
    (callee === undefined || (v as PyCall).callee === callee)
  );
}

export function isName(v: PyValue | undefined): v is PyName {
  return typeof v === "object" && v !== null && !Array.isArray(v) && (v as PyName).kind === "name";
}

type Token =
  { t: "str"; v: string } | { t: "num"; v: number } | { t: "id"; v: string } | { t: "op"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let k = 0;
  while (k < src.length) {
    const c = src[k] as string;
    if (/\s/.test(c)) {
      k++;
    } else if (c === "#") {
      while (k < src.length && src[k] !== "\n") k++;
    } else if (c === '"' || c === "'") {
      let s = "";
      k++;
      while (k < src.length && src[k] !== c) {
        if (src[k] === "\\") {
          const e = src[k + 1] as string;
          s += e === "n" ? "\n" : e === "t" ? "\t" : e;
          k += 2;
        } else s += src[k++] as string;
      }
      k++;
      // Adjacent string literals concatenate, as in Python.
      const last = out[out.length - 1];
      if (last?.t === "str") last.v += s;
      else out.push({ t: "str", v: s });
    } else if (
      /[0-9]/.test(c) ||
      (c === "-" && /[0-9]/.test(src[k + 1] ?? "") && !/[\w)\]]/.test(prevChar(src, k)))
    ) {
      const m = /^-?\d+(\.\d+)?(e[+-]?\d+)?/i.exec(src.slice(k)) as RegExpExecArray;
      out.push({ t: "num", v: Number(m[0]) });
      k += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w.]*/.exec(src.slice(k)) as RegExpExecArray;
      out.push({ t: "id", v: m[0] });
      k += m[0].length;
    } else {
      out.push({ t: "op", v: c });
      k++;
    }
  }
  return out;
}

function prevChar(src: string, k: number): string {
  let j = k - 1;
  while (j >= 0 && /\s/.test(src[j] as string)) j--;
  return j >= 0 ? (src[j] as string) : "";
}

/** Parses one Python expression; names are resolved through `scope` when known. */
export function parsePy(src: string, scope: ReadonlyMap<string, PyValue> = new Map()): PyValue {
  const toks = tokenize(src);
  let p = 0;
  const peek = (): Token | undefined => toks[p];
  const expect = (v: string): void => {
    const t = toks[p++];
    if (t?.t !== "op" || t.v !== v)
      throw new SyntaxError(`expected ${v} at token ${p} in ${src.slice(0, 80)}`);
  };
  const list = (close: string): PyValue[] => {
    const items: PyValue[] = [];
    while (!(peek()?.t === "op" && peek()?.v === close)) {
      items.push(expr());
      if (peek()?.t === "op" && peek()?.v === ",") p++;
    }
    p++;
    return items;
  };
  const atom = (): PyValue => {
    const t = toks[p++];
    if (t === undefined) throw new SyntaxError("unexpected end");
    if (t.t === "str" || t.t === "num") return t.v;
    if (t.t === "op") {
      if (t.v === "[") return list("]");
      if (t.v === "(") {
        const items = list(")");
        return items.length === 1 ? (items[0] as PyValue) : items;
      }
      if (t.v === "{") {
        const obj: Record<string, PyValue> = {};
        while (!(peek()?.t === "op" && peek()?.v === "}")) {
          const key = expr();
          expect(":");
          obj[String(key)] = expr();
          if (peek()?.t === "op" && peek()?.v === ",") p++;
        }
        p++;
        return obj;
      }
      throw new SyntaxError(`unexpected ${t.v}`);
    }
    if (t.v === "None") return null;
    if (t.v === "True") return true;
    if (t.v === "False") return false;
    if (peek()?.t === "op" && peek()?.v === "(") {
      p++;
      const args: PyValue[] = [];
      const kwargs: Record<string, PyValue> = {};
      while (!(peek()?.t === "op" && peek()?.v === ")")) {
        const next = toks[p + 1];
        if (peek()?.t === "id" && next?.t === "op" && next.v === "=") {
          const key = (toks[p] as Token).v as string;
          p += 2;
          kwargs[key] = expr();
        } else args.push(expr());
        if (peek()?.t === "op" && peek()?.v === ",") p++;
      }
      p++;
      // dict(name=…, path=…) is a dict literal written as a call.
      if (t.v === "dict" && args.length === 0) return kwargs;
      return methods({ kind: "call", callee: t.v, args, kwargs });
    }
    return scope.get(t.v) ?? { kind: "name", name: t.v };
  };
  /** `Call(...).validate()`: a method call on a call's result keeps the receiver as its `self`. */
  const methods = (target: PyCall): PyValue => {
    let v: PyValue = target;
    while (peek()?.t === "op" && peek()?.v === "." && toks[p + 1]?.t === "id") {
      const name = (toks[p + 1] as Token).v as string;
      p += 2;
      const inner = parsePy(`${name}${readParens()}`, scope) as PyCall;
      v = { ...inner, callee: `.${name}`, kwargs: { ...inner.kwargs, self: v } };
    }
    return v;
  };
  /** The text of the parenthesised argument list at the cursor, re-read by a nested parse. */
  const readParens = (): string => {
    let depth = 0;
    let text = "";
    do {
      const t = toks[p++] as Token;
      if (t.t === "op" && t.v === "(") depth++;
      if (t.t === "op" && t.v === ")") depth--;
      text += t.t === "str" ? JSON.stringify(t.v) : String(t.v);
      text += " ";
    } while (depth > 0);
    return text;
  };
  const expr = (): PyValue => {
    let left = atom();
    while (peek()?.t === "op" && peek()?.v === "*") {
      p++;
      const right = atom();
      if (typeof left === "string" && typeof right === "number") left = left.repeat(right);
      else if (typeof left === "number" && typeof right === "number") left = left * right;
      else throw new SyntaxError("unsupported *");
    }
    return left;
  };
  return expr();
}

/**
 * The top-level assignments of a test function body (`name = expr`, possibly over several lines),
 * evaluated in order so later ones can use earlier ones, plus the body's other statements as text.
 */
export function readBody(source: string): { scope: Map<string, PyValue>; statements: string[] } {
  const lines = source.split("\n").slice(1);
  const statements: string[] = [];
  let current = "";
  let depth = 0;
  for (const line of lines) {
    if (current === "" && (!/^ {4}\S/.test(line) || /^ {4}#/.test(line))) continue;
    current += `${line}\n`;
    for (const ch of line.replace(/(["'])(?:\\.|(?!\1).)*\1/g, "")) {
      if ("([{".includes(ch)) depth++;
      else if (")]}".includes(ch)) depth--;
    }
    if (depth === 0) {
      statements.push(current.trim());
      current = "";
    }
  }
  const scope = new Map<string, PyValue>();
  const rest: string[] = [];
  for (const st of statements) {
    const m = /^([A-Za-z_]\w*)\s*=\s*([\s\S]+)$/.exec(st);
    if (m !== null && !st.startsWith("assert")) {
      try {
        scope.set(m[1] as string, parsePy(m[2] as string, scope));
        continue;
      } catch {
        // Not an expression this reader understands: the statement stays as text.
      }
    }
    rest.push(st);
  }
  return { scope, statements: rest };
}
