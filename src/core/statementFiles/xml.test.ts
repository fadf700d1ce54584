/** The small XML reader: names, text, entities, the markup it skips, line numbers, and its errors. */
import { fileErrorOf } from "../../../test/support/statementFiles";
import { child, children, parseXml, path, textAt, type XmlElement } from "./xml";

const errorOf = (text: string) => fileErrorOf(() => parseXml(text));

function at(root: XmlElement, ...names: string[]): XmlElement {
  const el = path(root, ...names);
  if (el === undefined) throw new Error(`no ${names.join("/")}`);
  return el;
}

describe("parseXml", () => {
  it("reads elements, their own text and attributes in both quotes", () => {
    const root = parseXml(`<a x="1" y='two "2"'>hello <b>inner</b> world<c/></a>`);
    expect(root.name).toBe("a");
    expect(root.text).toBe("hello  world");
    expect([...root.attributes]).toEqual([
      ["x", "1"],
      ["y", 'two "2"'],
    ]);
    expect(root.children.map((c) => c.name)).toEqual(["b", "c"]);
    expect(at(root, "b").text).toBe("inner");
    expect(at(root, "c").text).toBe("");
    expect(at(root, "c").children).toEqual([]);
  });

  it("decodes the five predefined entities in text and attributes", () => {
    const root = parseXml(`<a t="&lt;&amp;&gt;">&lt;x&gt; &amp; &quot;y&quot; &apos;z&apos;</a>`);
    expect(root.text).toBe(`<x> & "y" 'z'`);
    expect(root.attributes.get("t")).toBe("<&>");
  });

  it("decodes decimal and hex character references, astral ones as surrogate pairs", () => {
    const root = parseXml("<a>&#65;&#x42;&#x43;&#228;&#x20AC;&#128512;&#x1F600;</a>");
    expect(root.text).toBe("ABCä€😀😀");
    expect(root.text.length).toBe(9);
  });

  it("keeps CDATA as written and joins it with the text around it", () => {
    const root = parseXml("<a>x <![CDATA[<b>&amp;</b> ]]]> y</a>");
    expect(root.text).toBe("x <b>&amp;</b> ] y");
    expect(root.children).toEqual([]);
  });

  it("keeps each element's text, children and attributes apart in a deep, mixed document", () => {
    const root = parseXml(
      `<r>a<s k="1">b<t k="2" j="3">c<![CDATA[d\r\n]]>e</t>f<t/>g</s>h<s>i&amp;</s>j</r>`,
    );
    expect(root.text).toBe("ahj");
    const [s1, s2] = children(root, "s");
    expect([s1?.text, s2?.text]).toEqual(["bfg", "i&"]);
    expect(children(s1 as XmlElement, "t").map((t) => [t.text, [...t.attributes]])).toEqual([
      [
        "cd\ne",
        [
          ["k", "2"],
          ["j", "3"],
        ],
      ],
      ["", []],
    ]);
    expect([...(s1 as XmlElement).attributes]).toEqual([["k", "1"]]);
    expect(s2?.attributes.size).toBe(0);
    expect(child(root, "t")).toBeUndefined();
    expect(path(root, "s", "t", "u")).toBeUndefined();
    expect(path(root, "nowhere")).toBeUndefined();
  });

  it("skips a BOM, the declaration, processing instructions, comments and a DOCTYPE", () => {
    const text =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<!DOCTYPE Document SYSTEM "camt[1].dtd">\n' +
      "<!-- exported <by> the bank -->\n" +
      "<?bank-export run=7?>\n" +
      "<Document><!-- a <note> --><?pi x?><A>1</A></Document>\n" +
      "<!-- trailing comment -->\n";
    const root = parseXml(text);
    expect(root.name).toBe("Document");
    expect(root.line).toBe(5);
    expect(root.children.map((c) => c.name)).toEqual(["A"]);
    expect(root.text).toBe("");
  });

  it("strips namespace prefixes from elements and attributes and leaves out xmlns declarations", () => {
    const root = parseXml(
      `<ns:Document xmlns:ns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08" xmlns="urn:x">` +
        `<ns:Amt ns:Ccy="EUR">1.00</ns:Amt></ns:Document>`,
    );
    expect(root.name).toBe("Document");
    expect(root.attributes.size).toBe(0);
    const amt = at(root, "Amt");
    expect(amt.attributes.get("Ccy")).toBe("EUR");
    expect(amt.text).toBe("1.00");
  });

  it("counts lines of start tags with \\n, \\r\\n and a lone \\r", () => {
    const root = parseXml("<a>\n  <b/>\r\n  <c\n   x='1'>\r<d/></c>\n</a>");
    expect(root.line).toBe(1);
    expect(at(root, "b").line).toBe(2);
    expect(at(root, "c").line).toBe(3);
    expect(at(root, "c", "d").line).toBe(5);
  });

  it("reads line breaks in text as \\n", () => {
    expect(parseXml("<a>x\r\ny\rz</a>").text).toBe("x\ny\nz");
  });
});

describe("helpers", () => {
  const root = parseXml("<R><S><T>one</T></S><S><U>  two \n</U></S><S><U>three</U></S><V>x</V><V>y</V></R>");

  it("child and children find direct children by name", () => {
    expect(child(root, "V")?.text).toBe("x");
    expect(child(root, "T")).toBeUndefined();
    expect(children(root, "V").map((v) => v.text)).toEqual(["x", "y"]);
    expect(children(root, "W")).toEqual([]);
  });

  it("path looks down every repeated element for the first match", () => {
    expect(path(root, "S", "U")?.text).toBe("  two \n");
    expect(path(root, "S", "T")?.text).toBe("one");
    expect(path(root, "S", "W")).toBeUndefined();
    expect(path(root)).toBe(root);
  });

  it("textAt trims, and gives an empty string when nothing is there", () => {
    expect(textAt(root, "S", "U")).toBe("two");
    expect(textAt(root, "Q", "U")).toBe("");
  });
});

describe("parseXml errors", () => {
  it.each([
    ["a mismatched end tag", "<a>\n<b>\n</c>\n</a>", 3, "</c> does not close <b> (opened on line 2)"],
    ["an unclosed element", "<a>\n  <b>text\n</a>", 3, "</a> does not close <b> (opened on line 2)"],
    ["an unclosed root", "<a>\n  <b/>\n", 1, "<a> is not closed"],
    ["an end tag with nothing open", "\n</a>", 2, "</a> closes no open element"],
    ["an unknown entity", "<a>\n\nAT&nbsp;T</a>", 3, "unknown entity &nbsp;"],
    [
      "a bare ampersand",
      "<a>\nAT&T rocks</a>",
      2,
      `"&" that starts no entity reference (write &amp; for "&")`,
    ],
    ["an unknown entity in an attribute", `<a>\n<b c="&euro;"/></a>`, 2, "unknown entity &euro;"],
    ["a reference to no XML character", "<a>&#0;</a>", 1, "&#0; is not a character reference XML allows"],
    [
      "a hex reference with a capital X",
      "<a>&#X43;</a>",
      1,
      "&#X43; is not a character reference XML allows",
    ],
    [
      "a reference past Unicode",
      "<a>\n&#x110000;</a>",
      2,
      "&#x110000; is not a character reference XML allows",
    ],
    ["text after the root", "<a/>\n\n oops", 3, "text after the root element"],
    ["text before the root", "\nhello <a/>", 2, "text before the root element"],
    ["a second root element", "<a></a>\n<b/>", 2, "a second element after the root element"],
    ["no root element", "<?xml version='1.0'?>\n<!-- nothing -->\n", 3, "no root element"],
    ["an empty text", "", 1, "no root element"],
    ["an unclosed comment", "<a>\n<!-- oops </a>", 2, "a comment <!-- is not closed with -->"],
    ["an unclosed CDATA section", "<a>\n\n<![CDATA[x</a>", 3, "a CDATA section is not closed with ]]>"],
    ["an attribute without quotes", "<a\n x=1/>", 2, "the value of attribute x of <a> is not in quotes"],
    ["a repeated attribute", `<a x="1"\n p:x="2"/>`, 2, "attribute x appears twice in <a>"],
    ["a tag without >", "<a>\n<b x='1'", 2, "the tag <b is not closed with >"],
    [
      "a DOCTYPE with an internal subset",
      "<!DOCTYPE a [\n<!ENTITY e 'x'>]>\n<a/>",
      1,
      "a DOCTYPE with an internal subset ([...]) is not supported",
    ],
    ["a tag with no name", "<a>\n< b/></a>", 2, `an element name after < expected, found " "`],
  ])("rejects %s", (_what, text, line, reason) => {
    const e = errorOf(text);
    expect(e.reason).toBe(reason);
    expect(e.line).toBe(line);
    expect(e.message).toBe(`line ${line}: ${reason}`);
  });
});

describe("parseXml size", () => {
  it("reads a long document with many elements and entities in linear time", () => {
    const entry = '<Ntry><Amt Ccy="EUR">1.00</Amt><Ustrd>A &amp; B &#x20AC;</Ustrd></Ntry>\n';
    const count = 100_000;
    const text = `<Document>\n${entry.repeat(count)}</Document>`;
    const started = performance.now();
    const root = parseXml(text);
    const elapsed = performance.now() - started;
    expect(root.children.length).toBe(count);
    const last = root.children[count - 1] as XmlElement;
    expect(last.line).toBe(count + 1);
    expect(textAt(last, "Ustrd")).toBe("A & B €");
    // Generous: a quadratic reader would take minutes here.
    expect(elapsed).toBeLessThan(10_000);
  });
});
