/* A small, strict XML parser for the well-formed subset a manifest uses (elements, attributes, text, comments,
   CDATA, processing instructions, namespaces). It rejects anything else with the line and column, so the
   manifest checker needs neither xmllint nor an npm package. DOCTYPE is refused: a manifest has none. */
"use strict";

class XmlSyntaxError extends Error {
  constructor(message, line, column, element) {
    super(message);
    this.name = "XmlSyntaxError";
    this.line = line;
    this.column = column;
    this.element = element;
  }
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const NAME_START =
  /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\uFFFD]/;
const NAME =
  /[-.0-9A-Za-z_:\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\uFFFD]/;

/** Parses XML text into a tree of elements; throws XmlSyntaxError naming where and what is wrong. */
function parseXml(source) {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  let pos = 0;

  const where = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
  const fail = (message, offset = pos, element = undefined) => {
    const { line, column } = where(offset);
    throw new XmlSyntaxError(message, line, column, element);
  };
  const startsWith = (s) => text.startsWith(s, pos);
  const skipSpace = () => {
    while (pos < text.length && /[ \t\r\n]/.test(text[pos])) pos++;
  };
  const readName = (what) => {
    const start = pos;
    if (pos >= text.length || !NAME_START.test(text[pos])) fail(`expected ${what} name`);
    pos++;
    while (pos < text.length && NAME.test(text[pos])) pos++;
    return text.slice(start, pos);
  };
  const decode = (raw, offset) =>
    raw.replace(/&([^;&<\s]*);?/g, (match, body, at) => {
      if (!match.endsWith(";")) fail(`"&" must start an entity such as &amp;`, offset + at);
      if (body.startsWith("#")) {
        const code = /^#x[0-9A-Fa-f]+$/.test(body)
          ? parseInt(body.slice(2), 16)
          : /^#[0-9]+$/.test(body)
            ? parseInt(body.slice(1), 10)
            : NaN;
        if (!Number.isFinite(code) || code > 0x10ffff || code === 0)
          fail(`bad character reference &${body};`, offset + at);
        return String.fromCodePoint(code);
      }
      if (!(body in PREDEFINED)) fail(`unknown entity &${body};`, offset + at);
      return PREDEFINED[body];
    });
  const skipMisc = (allowDeclaration) => {
    for (;;) {
      skipSpace();
      if (startsWith("<?")) skipInstruction(allowDeclaration && pos === 0);
      else if (startsWith("<!--")) skipComment();
      else if (startsWith("<!DOCTYPE")) fail("DOCTYPE is not allowed in a manifest");
      else return;
      allowDeclaration = false;
    }
  };
  const skipUntil = (end, what) => {
    const at = text.indexOf(end, pos);
    if (at < 0) fail(`unterminated ${what}`);
    pos = at + end.length;
  };
  // "<?xml …?>" is the declaration and may only open the file; other processing instructions are skipped.
  const skipInstruction = (declarationAllowed) => {
    const target = /^<\?([^\s?]*)/.exec(text.slice(pos, pos + 64))[1];
    if (target.toLowerCase() === "xml" && !declarationAllowed) {
      fail("the XML declaration must be at the very start of the file");
    }
    skipUntil("?>", target.toLowerCase() === "xml" ? "XML declaration" : "processing instruction");
  };
  const skipComment = () => {
    const start = pos;
    const at = text.indexOf("--", pos + 4);
    if (at < 0) fail("unterminated comment", start);
    if (text[at + 2] !== ">") fail('"--" is not allowed inside a comment', at);
    pos = at + 3;
  };

  const resolve = (qname, scope, isAttribute, offset, elementName) => {
    const colon = qname.indexOf(":");
    const prefix = colon < 0 ? "" : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    if (colon >= 0 && (!prefix || !local || local.includes(":")))
      fail(`bad qualified name "${qname}"`, offset, elementName);
    if (prefix === "xml") return { prefix, local, ns: XML_NS };
    if (prefix === "xmlns" || (qname === "xmlns" && isAttribute)) return { prefix, local, ns: XMLNS_NS };
    if (isAttribute && !prefix) return { prefix, local, ns: "" };
    const ns = scope[prefix];
    if (ns === undefined) fail(`namespace prefix "${prefix}" is not declared`, offset, elementName);
    return { prefix, local, ns };
  };

  const parseElement = (parent, parentScope) => {
    const start = pos;
    pos++; // "<"
    const name = readName("element");
    const rawAttrs = [];
    for (;;) {
      const beforeSpace = pos;
      skipSpace();
      if (startsWith("/>") || startsWith(">")) break;
      if (pos === beforeSpace) fail(`expected whitespace, ">" or "/>" in <${name}>`, pos, name);
      const attrStart = pos;
      const attrName = readName("attribute");
      skipSpace();
      if (text[pos] !== "=") fail(`attribute ${attrName} of <${name}> needs "="`, pos, name);
      pos++;
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") fail(`value of ${attrName} in <${name}> must be quoted`, pos, name);
      const end = text.indexOf(quote, pos + 1);
      if (end < 0) fail(`unterminated value of ${attrName} in <${name}>`, pos, name);
      const raw = text.slice(pos + 1, end);
      if (raw.includes("<")) fail(`"<" is not allowed in the value of ${attrName} in <${name}>`, pos, name);
      if (rawAttrs.some((a) => a.name === attrName))
        fail(`duplicate attribute ${attrName} in <${name}>`, attrStart, name);
      rawAttrs.push({
        name: attrName,
        value: decode(raw, pos + 1).replace(/[\t\r\n]/g, " "),
        offset: attrStart,
      });
      pos = end + 1;
    }
    const scope = { ...parentScope };
    for (const a of rawAttrs) {
      if (a.name === "xmlns") scope[""] = a.value;
      else if (a.name.startsWith("xmlns:")) {
        if (!a.value) fail(`prefix ${a.name.slice(6)} cannot be bound to an empty namespace`, a.offset, name);
        scope[a.name.slice(6)] = a.value;
      }
    }
    const { line, column } = where(start);
    const el = {
      name,
      ...resolve(name, scope, false, start, name),
      attributes: rawAttrs.map((a) => ({
        name: a.name,
        ...resolve(a.name, scope, true, a.offset, name),
        value: a.value,
        line: where(a.offset).line,
      })),
      children: [],
      text: "",
      line,
      column,
      parent,
    };
    const seen = new Set();
    for (const a of el.attributes) {
      const key = `${a.ns}|${a.local}`;
      if (a.ns !== XMLNS_NS && seen.has(key))
        fail(`attribute ${a.local} appears twice in <${name}>`, start, name);
      seen.add(key);
    }
    if (startsWith("/>")) {
      pos += 2;
      return el;
    }
    pos++; // ">"
    for (;;) {
      if (pos >= text.length) fail(`<${name}> opened at line ${line} is never closed`, text.length, name);
      if (startsWith("</")) {
        const closeAt = pos;
        pos += 2;
        const closing = readName("end tag");
        skipSpace();
        if (text[pos] !== ">") fail(`expected ">" to end </${closing}>`, pos, name);
        pos++;
        if (closing !== name)
          fail(`</${closing}> does not close <${name}> opened at line ${line}`, closeAt, name);
        return el;
      }
      if (startsWith("<!--")) skipComment();
      else if (startsWith("<![CDATA[")) {
        const end = text.indexOf("]]>", pos);
        if (end < 0) fail("unterminated CDATA section", pos, name);
        el.text += text.slice(pos + 9, end);
        pos = end + 3;
      } else if (startsWith("<?")) skipInstruction(false);
      else if (startsWith("<!")) fail(`unexpected "<!" inside <${name}>`, pos, name);
      else if (text[pos] === "<") el.children.push(parseElement(el, scope));
      else {
        const end = text.indexOf("<", pos);
        const stop = end < 0 ? text.length : end;
        const raw = text.slice(pos, stop);
        if (raw.includes("]]>")) fail('"]]>" is not allowed in text', pos + raw.indexOf("]]>"), name);
        el.text += decode(raw, pos);
        pos = stop;
      }
    }
  };

  skipMisc(true);
  if (text[pos] !== "<" || pos >= text.length) fail("no root element found");
  const root = parseElement(null, { "": "" });
  skipMisc(false);
  if (pos < text.length) fail("content after the root element is not allowed", pos, root.name);
  return root;
}

module.exports = { parseXml, XmlSyntaxError, XMLNS_NS };
