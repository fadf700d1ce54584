/**
 * The tree the XML reader builds: elements in flat typed arrays (a year's camt.053 has millions of them, and
 * as objects they cost the garbage collector more than the parse itself), handed out as views made when
 * asked for, and the lookups statement readers make on it, which walk the arrays without making views of
 * the elements they pass over.
 */

const SLASH = 47;

export interface XmlElement {
  /** Local name: "Document" for <ns:Document>. */
  readonly name: string;
  /** By local name; namespace declarations (xmlns, xmlns:p) are left out. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** The element's own character data (not its children's), entities decoded, concatenated. */
  readonly text: string;
  /** 1-based line of the start tag. */
  readonly line: number;
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();
export const NONE = -1;

function grown(a: Int32Array, size: number): Int32Array {
  if (size <= a.length) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/** Start tags in a text: "<" not followed by "/", "?" or "!" (an upper bound: "<" in a comment counts too). */
function startTagsIn(text: string): number {
  let n = 0;
  for (let lt = text.indexOf("<"); lt >= 0; lt = text.indexOf("<", lt + 1)) {
    const c = text.charCodeAt(lt + 1);
    if (c !== SLASH && c !== 63 /* ? */ && c !== 33 /* ! */) n++;
  }
  return n;
}

/**
 * The elements of a document in flat arrays, by index in document order: local name (as an id), line,
 * first child and next sibling, and the element's text as a chain of segments of the source (offsets; a
 * decoded string only where entities, CDATA or \r made it differ from the source). The arrays are sized
 * by counting the start tags first: memory touched for the first time is dear, growing would touch more.
 */
export class Tree {
  size = 0;
  private readonly nameOf: Int32Array;
  private readonly lineOf: Int32Array;
  private readonly first: Int32Array;
  private readonly next: Int32Array;
  private readonly textFirst: Int32Array;
  readonly names: string[] = [];
  readonly nameIds = new Map<string, number>();
  /** Per element with attributes: where they start in attrName and attrValue (a "" name ends them). */
  private readonly attrAt = new Map<number, number>();
  private readonly attrName: string[] = [];
  private readonly attrValue: string[] = [];
  private readonly values = new Map<string, string>();
  private segments = 0;
  private segFrom: Int32Array;
  private segTo: Int32Array;
  private segNext: Int32Array;
  /** Texts that read otherwise than the source; a segment holding one has -1 - its index as its start. */
  private readonly decoded: string[] = [];

  constructor(readonly source: string) {
    const elements = Math.max(1, startTagsIn(source));
    this.nameOf = new Int32Array(elements);
    this.lineOf = new Int32Array(elements);
    this.first = new Int32Array(elements);
    this.next = new Int32Array(elements);
    this.textFirst = new Int32Array(elements);
    this.segFrom = new Int32Array(elements);
    this.segTo = new Int32Array(elements);
    this.segNext = new Int32Array(elements);
  }

  nameId(local: string): number {
    let id = this.nameIds.get(local);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(local);
      this.nameIds.set(local, id);
    }
    return id;
  }

  /** A new element after `before` among the children of `parent` (NONE: the first, or the root). */
  add(nameId: number, line: number, parent: number, before: number, attributes: readonly string[]): number {
    const i = this.size++;
    this.nameOf[i] = nameId;
    this.lineOf[i] = line;
    this.first[i] = NONE;
    this.next[i] = NONE;
    this.textFirst[i] = NONE;
    if (before !== NONE) this.next[before] = i;
    else if (parent !== NONE) this.first[parent] = i;
    if (attributes.length > 0) {
      this.attrAt.set(i, this.attrName.length);
      for (let k = 0; k < attributes.length; k += 2) {
        this.attrName.push(attributes[k] as string);
        const value = attributes[k + 1] as string;
        // Attribute values repeat ("EUR" on every amount): one string each.
        const known = value.length <= 16 ? this.values.get(value) : undefined;
        if (known === undefined && value.length <= 16 && this.values.size < 1000)
          this.values.set(value, value);
        this.attrValue.push(known ?? value);
      }
      this.attrName.push("");
      this.attrValue.push("");
    }
    return i;
  }

  /**
   * Text of `el` from the source's [from, to), after its segment `before` (NONE: its first); `decoded`
   * when it reads otherwise than the source. Returns the segment.
   */
  addText(el: number, before: number, from: number, to: number, decoded: string | undefined): number {
    const k = this.segments++;
    if (k === this.segFrom.length) {
      this.segFrom = grown(this.segFrom, k + 1);
      this.segTo = grown(this.segTo, k + 1);
      this.segNext = grown(this.segNext, k + 1);
    }
    this.segFrom[k] = decoded === undefined ? from : -1 - this.decoded.length;
    this.segTo[k] = to;
    this.segNext[k] = NONE;
    if (decoded !== undefined) this.decoded.push(decoded);
    if (before === NONE) this.textFirst[el] = k;
    else this.segNext[before] = k;
    return k;
  }

  name(i: number): string {
    return this.names[this.nameOf[i] as number] as string;
  }

  nameIdOf(i: number): number {
    return this.nameOf[i] as number;
  }

  line(i: number): number {
    return this.lineOf[i] as number;
  }

  firstChild(i: number): number {
    return this.first[i] as number;
  }

  nextSibling(i: number): number {
    return this.next[i] as number;
  }

  private segment(k: number): string {
    const from = this.segFrom[k] as number;
    return from < 0 ? (this.decoded[-1 - from] as string) : this.source.slice(from, this.segTo[k]);
  }

  text(i: number): string {
    const k = this.textFirst[i] as number;
    if (k === NONE) return "";
    if (this.segNext[k] === NONE) return this.segment(k);
    const parts: string[] = [];
    for (let s = k; s !== NONE; s = this.segNext[s] as number) parts.push(this.segment(s));
    return parts.join("");
  }

  attributes(i: number): ReadonlyMap<string, string> {
    const at = this.attrAt.get(i);
    if (at === undefined) return NO_ATTRIBUTES;
    const out = new Map<string, string>();
    for (let k = at; this.attrName[k] !== ""; k++)
      out.set(this.attrName[k] as string, this.attrValue[k] as string);
    return out;
  }
}

/** An element of a Tree, made when asked for. */
export class ElementView implements XmlElement {
  constructor(
    readonly tree: Tree,
    readonly index: number,
  ) {}

  get name(): string {
    return this.tree.name(this.index);
  }

  get line(): number {
    return this.tree.line(this.index);
  }

  get attributes(): ReadonlyMap<string, string> {
    return this.tree.attributes(this.index);
  }

  get text(): string {
    return this.tree.text(this.index);
  }

  get children(): readonly XmlElement[] {
    const out: XmlElement[] = [];
    for (let c = this.tree.firstChild(this.index); c !== NONE; c = this.tree.nextSibling(c))
      out.push(new ElementView(this.tree, c));
    return out;
  }
}

/** The first child named `name`. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  if (el instanceof ElementView) {
    const c = firstNamed(el.tree, el.tree.firstChild(el.index), el.tree.nameIds.get(name));
    return c === NONE ? undefined : new ElementView(el.tree, c);
  }
  for (const c of el.children) if (c.name === name) return c;
  return undefined;
}

/** From element `c` on among its siblings, the first with the name `id`; NONE when none is. */
function firstNamed(tree: Tree, c: number, id: number | undefined): number {
  if (id === undefined) return NONE;
  let k = c;
  while (k !== NONE && tree.nameIdOf(k) !== id) k = tree.nextSibling(k);
  return k;
}

/** Every child named `name`, in order. */
export function children(el: XmlElement, name: string): XmlElement[] {
  if (el instanceof ElementView) {
    const { tree } = el;
    const id = tree.nameIds.get(name);
    const out: XmlElement[] = [];
    let c = firstNamed(tree, tree.firstChild(el.index), id);
    while (c !== NONE) {
      out.push(new ElementView(tree, c));
      c = firstNamed(tree, tree.nextSibling(c), id);
    }
    return out;
  }
  return el.children.filter((c) => c.name === name);
}

/**
 * The first element, in document order, down the path of names: path(tx, "RmtInf", "Strd", "CdtrRefInf")
 * looks in every <Strd>, not only the first, so a repeated element does not hide a later match.
 */
export function path(el: XmlElement, ...names: string[]): XmlElement | undefined {
  if (names.length === 0) return el;
  if (el instanceof ElementView) {
    const found = findIndex(el.tree, el.index, names, 0);
    return found === NONE ? undefined : new ElementView(el.tree, found);
  }
  return find(el, names, 0);
}

function findIndex(tree: Tree, el: number, names: readonly string[], depth: number): number {
  if (depth === names.length) return el;
  const id = tree.nameIds.get(names[depth] as string);
  for (
    let c = firstNamed(tree, tree.firstChild(el), id);
    c !== NONE;
    c = firstNamed(tree, tree.nextSibling(c), id)
  ) {
    const found = findIndex(tree, c, names, depth + 1);
    if (found !== NONE) return found;
  }
  return NONE;
}

function find(el: XmlElement, names: readonly string[], depth: number): XmlElement | undefined {
  if (depth === names.length) return el;
  const name = names[depth];
  for (const c of el.children) {
    if (c.name !== name) continue;
    const found = find(c, names, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The trimmed text of the element down the path, or "" when there is none. */
export function textAt(el: XmlElement, ...names: string[]): string {
  if (el instanceof ElementView) {
    const found = findIndex(el.tree, el.index, names, 0);
    return found === NONE ? "" : el.tree.text(found).trim();
  }
  return path(el, ...names)?.text.trim() ?? "";
}
