/**
 * A small, strict, non-validating XML reader for statement files: the element tree with local names
 * (prefixes dropped, namespaces ignored), each element's own decoded text and the line of its start tag.
 * It reads in one forward pass with indexOf and slices, so large files parse in linear time. A DOCTYPE
 * with an internal subset (which could define entities) is refused rather than half-read.
 *
 * The tree is kept as flat arrays, its elements views made when asked for (see xmlTree.ts).
 */
import { runSteps, StatementFileError, type Steps } from "./model";
import { ElementView, NONE, Tree, type XmlElement } from "./xmlTree";

export { child, children, path, textAt, type XmlElement } from "./xmlTree";

/** Tags read between two yields of parseXmlSteps: a few milliseconds of work. */
const TAGS_PER_STEP = 4096;

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const QUOTE = 34;
const APOS = 39;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === LF || c === CR;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c >= 0x80;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

/** Characters XML allows in a document: a reference to anything else is an error. */
function isXmlChar(code: number): boolean {
  return (
    code === 9 ||
    code === LF ||
    code === CR ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** Reads one document; one instance per parse, as it keeps the position and the line count. */
class XmlReader {
  private pos = 0;
  // Lines are counted forward from a checkpoint, so asking for the line of each tag in order stays linear.
  private countedTo = 0;
  private countedLine = 1;
  // What startTag found besides the element's name: its tag name as written, "/>", and its attributes
  // (local name, value, ...; reused from tag to tag).
  private qname = "";
  private selfClosing = false;
  readonly attrs: string[] = [];
  // Tag names as written -> the tree's id of their local name.
  private readonly nameIds = new Map<string, number>();

  constructor(private readonly text: string) {}

  lineAt(pos: number): number {
    if (pos < this.countedTo) {
      this.countedTo = 0;
      this.countedLine = 1;
    }
    const text = this.text;
    let line = this.countedLine;
    for (let i = this.countedTo; i < pos; i++) {
      const c = text.charCodeAt(i);
      // \r\n is one line break, a lone \r (old Mac files) is one too.
      if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
    }
    this.countedTo = pos;
    this.countedLine = line;
    return line;
  }

  private fail(pos: number, reason: string): never {
    throw new StatementFileError(this.lineAt(pos), reason);
  }

  /** Parses the document, yielding the share of the text read (0..1) every few thousand tags. */
  *parse(): Steps<XmlElement> {
    const text = this.text;
    const tree = new Tree(text);
    let tags = 0;
    // The open elements and their tag names as written (prefix included, to match the end tag).
    const open: number[] = [];
    const qnames: string[] = [];
    // Per open element: its last child and its last text segment so far.
    const lastKid: number[] = [];
    const lastSeg: number[] = [];
    let root = NONE;
    if (text.charCodeAt(0) === BOM) this.pos = 1;
    while (this.pos < text.length) {
      const lt = text.indexOf("<", this.pos);
      const end = lt < 0 ? text.length : lt;
      if (end > this.pos) {
        if (open.length === 0) this.expectSpace(this.pos, end, root === NONE);
        else {
          const d = open.length - 1;
          lastSeg[d] = this.addText(tree, open[d] as number, lastSeg[d] as number, this.pos, end);
        }
      }
      if (lt < 0) break;
      this.pos = lt;
      if (++tags % TAGS_PER_STEP === 0) yield lt / text.length;
      const next = text.charCodeAt(lt + 1);
      if (next === 63 /* ? */) {
        this.skipPast(lt, "?>", "a processing instruction <? is not closed with ?>");
      } else if (text.startsWith("<!--", lt)) {
        this.skipPast(lt, "-->", "a comment <!-- is not closed with -->");
      } else if (text.startsWith("<![CDATA[", lt)) {
        if (open.length === 0) this.fail(lt, "CDATA outside the root element");
        const close = text.indexOf("]]>", lt + 9);
        if (close < 0) this.fail(lt, "a CDATA section is not closed with ]]>");
        if (close > lt + 9) {
          const raw = text.slice(lt + 9, close);
          const d = open.length - 1;
          const decoded = raw.includes("\r") ? normalizeBreaks(raw) : undefined;
          lastSeg[d] = tree.addText(open[d] as number, lastSeg[d] as number, lt + 9, close, decoded);
        }
        this.pos = close + 3;
      } else if (text.startsWith("<!DOCTYPE", lt)) {
        if (root !== NONE || open.length > 0) this.fail(lt, "a DOCTYPE after the root element has started");
        this.skipDoctype(lt);
      } else if (next === 33 /* ! */) {
        this.fail(lt, "an unknown markup declaration <!");
      } else if (next === SLASH) {
        const qname = this.endTag(lt);
        const d = open.length - 1;
        const node = open[d];
        if (node === undefined) this.fail(lt, `</${qname}> closes no open element`);
        if (qnames[d] !== qname) {
          this.fail(lt, `</${qname}> does not close <${qnames[d]}> (opened on line ${tree.line(node)})`);
        }
        open.pop();
        qnames.pop();
        lastKid.pop();
        lastSeg.pop();
        if (open.length === 0) root = node;
      } else {
        if (root !== NONE) this.fail(lt, "a second element after the root element");
        const line = this.lineAt(lt);
        const name = this.startTag(lt, tree);
        const d = open.length - 1;
        const parent = d >= 0 ? (open[d] as number) : NONE;
        const node = tree.add(name, line, parent, d >= 0 ? (lastKid[d] as number) : NONE, this.attrs);
        if (d >= 0) lastKid[d] = node;
        if (this.selfClosing) {
          if (open.length === 0) root = node;
        } else {
          open.push(node);
          qnames.push(this.qname);
          lastKid.push(NONE);
          lastSeg.push(NONE);
        }
      }
    }
    const d = open.length - 1;
    const unclosed = open[d];
    if (unclosed !== undefined)
      throw new StatementFileError(tree.line(unclosed), `<${qnames[d]}> is not closed`);
    if (root === NONE) throw new StatementFileError(this.lineAt(text.length), "no root element");
    return new ElementView(tree, root);
  }

  /** Character data of an element: offsets only, unless entities or \r make it read otherwise. */
  private addText(tree: Tree, el: number, before: number, from: number, to: number): number {
    const text = this.text;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 38 /* & */ || c === CR) return tree.addText(el, before, from, to, this.decode(from, to));
    }
    return tree.addText(el, before, from, to, undefined);
  }

  /** Outside the root only white space may appear. */
  private expectSpace(from: number, to: number, beforeRoot: boolean): void {
    const text = this.text;
    for (let i = from; i < to; i++) {
      if (!isSpace(text.charCodeAt(i))) {
        this.fail(i, beforeRoot ? "text before the root element" : "text after the root element");
      }
    }
  }

  private skipPast(from: number, close: string, reason: string): void {
    const at = this.text.indexOf(close, from + 2);
    if (at < 0) this.fail(from, reason);
    this.pos = at + close.length;
  }

  /** <!DOCTYPE name SYSTEM "uri"> is skipped; quoted ids may hold ">" or "[". */
  private skipDoctype(from: number): void {
    const text = this.text;
    let i = from + 9;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === QUOTE || c === APOS) {
        const close = text.indexOf(c === QUOTE ? '"' : "'", i + 1);
        if (close < 0) break;
        i = close + 1;
        continue;
      }
      if (c === 91 /* [ */) this.fail(i, "a DOCTYPE with an internal subset ([...]) is not supported");
      if (c === GT) {
        this.pos = i + 1;
        return;
      }
      i++;
    }
    this.fail(from, "a <!DOCTYPE is not closed with >");
  }

  /** The name at `from`, or an error naming what was found instead. */
  private name(from: number, what: string, inTag = ""): number {
    const text = this.text;
    if (!isNameStart(text.charCodeAt(from))) {
      const found = from < text.length ? JSON.stringify(text.charAt(from)) : "the end of the text";
      this.fail(from, `${what}${inTag === "" ? "" : ` in <${inTag}>`} expected, found ${found}`);
    }
    let i = from + 1;
    while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
    return i;
  }

  private skipSpace(from: number): number {
    const text = this.text;
    let i = from;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return i;
  }

  private endTag(lt: number): string {
    const text = this.text;
    const nameEnd = this.name(lt + 2, "an element name after </");
    const qname = text.slice(lt + 2, nameEnd);
    const gt = this.skipSpace(nameEnd);
    if (text.charCodeAt(gt) !== GT) this.fail(gt, `the end tag </${qname} is not closed with >`);
    this.pos = gt + 1;
    return qname;
  }

  /**
   * The tree's id of the local name of the element whose start tag is at `lt`; its tag name as written goes
   * to `qname`, "/>" to `selfClosing`, its attributes to `attrs`.
   */
  private startTag(lt: number, tree: Tree): number {
    const text = this.text;
    const nameEnd = this.name(lt + 1, "an element name after <");
    const qname = text.slice(lt + 1, nameEnd);
    const attrs = this.attrs;
    attrs.length = 0;
    let i = nameEnd;
    for (;;) {
      const afterSpace = this.skipSpace(i);
      const c = text.charCodeAt(afterSpace);
      if (c === GT || (c === SLASH && text.charCodeAt(afterSpace + 1) === GT)) {
        this.selfClosing = c === SLASH;
        this.qname = qname;
        this.pos = afterSpace + (this.selfClosing ? 2 : 1);
        let id = this.nameIds.get(qname);
        if (id === undefined) {
          id = tree.nameId(localName(qname));
          this.nameIds.set(qname, id);
        }
        return id;
      }
      if (afterSpace >= text.length) this.fail(lt, `the tag <${qname} is not closed with >`);
      if (afterSpace === i) this.fail(i, `white space expected between attributes of <${qname}>`);
      const attrEnd = this.name(afterSpace, "an attribute name or >", qname);
      const attrName = text.slice(afterSpace, attrEnd);
      let at = this.skipSpace(attrEnd);
      if (text.charCodeAt(at) !== EQUALS) this.fail(at, `attribute ${attrName} of <${qname}> has no = value`);
      at = this.skipSpace(at + 1);
      const quote = text.charCodeAt(at);
      if (quote !== QUOTE && quote !== APOS) {
        this.fail(at, `the value of attribute ${attrName} of <${qname}> is not in quotes`);
      }
      const close = text.indexOf(quote === QUOTE ? '"' : "'", at + 1);
      if (close < 0) this.fail(at, `the value of attribute ${attrName} of <${qname}> is not closed`);
      const lessThan = text.indexOf("<", at + 1);
      if (lessThan >= 0 && lessThan < close) {
        this.fail(lessThan, `"<" in the value of attribute ${attrName} of <${qname}>`);
      }
      if (attrName !== "xmlns" && !attrName.startsWith("xmlns:")) {
        const local = localName(attrName);
        for (let k = 0; k < attrs.length; k += 2)
          if (attrs[k] === local) this.fail(afterSpace, `attribute ${local} appears twice in <${qname}>`);
        // Attribute value normalisation: each white-space character becomes a space.
        attrs.push(local, this.decode(at + 1, close).replace(/[\t\n]/g, " "));
      }
      i = close + 1;
    }
  }

  /** Character data between `from` and `to` with entities and character references decoded. */
  private decode(from: number, to: number): string {
    const text = this.text;
    let amp = ampersandIn(text, from, to);
    if (amp < 0) return normalizeBreaks(text.slice(from, to));
    const out: string[] = [];
    let start = from;
    while (amp >= 0) {
      out.push(text.slice(start, amp));
      let i = amp + 1;
      const numeric = text.charCodeAt(i) === 35; /* # */
      if (numeric) i++;
      const bodyStart = i;
      while (i < to && text.charCodeAt(i) !== 59 /* ; */ && isNameChar(text.charCodeAt(i))) i++;
      if (i >= to || text.charCodeAt(i) !== 59) {
        this.fail(amp, `"&" that starts no entity reference (write &amp; for "&")`);
      }
      const body = text.slice(bodyStart, i);
      if (numeric) {
        const hex = body.startsWith("x");
        const digits = hex ? body.slice(1) : body;
        const valid = digits !== "" && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits);
        const code = valid ? parseInt(digits, hex ? 16 : 10) : NaN;
        if (!isXmlChar(code)) this.fail(amp, `&#${body}; is not a character reference XML allows`);
        out.push(String.fromCodePoint(code));
      } else {
        const value = NAMED_ENTITIES.get(body);
        if (value === undefined) this.fail(amp, `unknown entity &${body};`);
        out.push(value);
      }
      start = i + 1;
      amp = ampersandIn(text, start, to);
    }
    out.push(text.slice(start, to));
    return normalizeBreaks(out.join(""));
  }
}

/**
 * The first "&" in [from, to), or -1. Searched within the range only: indexOf would run on to the end of
 * a document without one, for every text and attribute value, which made reading quadratic.
 */
function ampersandIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 38) return i;
  return -1;
}

/** XML reads \r\n and a lone \r as \n. */
function normalizeBreaks(s: string): string {
  return s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
}

/** The root element of an XML document, or a StatementFileError with the line where it goes wrong. */
export function parseXml(text: string): XmlElement {
  return runSteps(new XmlReader(text).parse());
}

/** parseXml in steps, each yielding the share of the text read, for a caller that must yield to a UI. */
export function parseXmlSteps(text: string): Steps<XmlElement> {
  return new XmlReader(text).parse();
}
