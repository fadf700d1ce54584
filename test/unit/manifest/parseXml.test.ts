/* The dependency-free XML parser behind the manifest checker: it reads what a manifest uses and rejects
   malformed XML with the line, column and element, never with a crash. */
import fc from "fast-check";
import fs from "fs";
import path from "path";
import { parseXml, XmlSyntaxError } from "../../../scripts/manifest/parseXml";
import { checkManifest } from "../../../scripts/manifest/check";

const REPO = path.resolve(__dirname, "..", "..", "..");
const MANIFEST = fs.readFileSync(path.join(REPO, "manifest.xml"), "utf8");

const syntaxError = (xml: string): XmlSyntaxError => {
  try {
    parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected a syntax error for: ${xml}`);
};

describe("parseXml reads", () => {
  test("elements, attributes, namespaces, text and line numbers", () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- c -->\n<a xmlns="urn:a" xmlns:b="urn:b" x=\'1\'>\n  <b:c b:y="2"/>\n  <d>t&amp;u&#x41;&#66;<![CDATA[<raw>]]></d>\n</a>\n',
    );
    expect(root).toMatchObject({ local: "a", ns: "urn:a", line: 3 });
    expect(root.attributes.find((a) => a.local === "x")).toMatchObject({ ns: "", value: "1" });
    const [c, d] = root.children;
    expect(c).toMatchObject({ name: "b:c", prefix: "b", local: "c", ns: "urn:b", line: 4, column: 3 });
    expect(c?.attributes[0]).toMatchObject({ local: "y", ns: "urn:b", value: "2" });
    expect(d).toMatchObject({ local: "d", ns: "urn:a", text: "t&uAB<raw>" });
    expect(d?.parent).toBe(root);
  });

  test("a byte-order mark and the real manifest", () => {
    const root = parseXml(`\uFEFF${MANIFEST}`);
    expect(root.local).toBe("OfficeApp");
    expect(root.children.map((c) => c.local).slice(0, 3)).toEqual(["Id", "Version", "ProviderName"]);
  });
});

describe("parseXml rejects", () => {
  test.each([
    ["<a><b></a>", /<\/a> does not close <b> opened at line 1/, 1, 7],
    ["<a>\n<b>\n", /<b> opened at line 2 is never closed/, 3, 1],
    ['<a x="1" x="2"/>', /duplicate attribute x in <a>/, 1, 10],
    ['<a x="1"y="2"/>', /expected whitespace/, 1, 9],
    ["<a x=1/>", /value of x in <a> must be quoted/, 1, 6],
    ["<p:a/>", /prefix "p" is not declared/, 1, 1],
    ["<a>&nbsp;</a>", /unknown entity &nbsp;/, 1, 4],
    ["<a>R&D</a>", /"&" must start an entity/, 1, 5],
    ["<!DOCTYPE a><a/>", /DOCTYPE is not allowed/, 1, 1],
    ["<a/><b/>", /content after the root element/, 1, 5],
    ["  ", /no root element/, 1, 3],
    ["<a><!-- x -- y --></a>", /"--" is not allowed inside a comment/, 1, 11],
    ['<a>\n <?xml version="1.0"?></a>', /processing instruction|XML declaration/, 2, 2],
    ['<a b="<"/>', /"<" is not allowed in the value of b/, 1, 6],
  ])("%j", (xml, message, line, column) => {
    const error = syntaxError(xml);
    expect(error.message).toMatch(message);
    expect([error.line, error.column]).toEqual([line, column]);
  });

  test("every truncation of the manifest: a located problem, never an exception", () => {
    const end = MANIFEST.trimEnd().length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: end - 1 }), (cut) => {
        const problems = checkManifest(MANIFEST.slice(0, cut));
        expect(problems.length).toBeGreaterThan(0);
        expect(problems[0]?.rule).toBe("xml");
        expect(problems[0]?.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
