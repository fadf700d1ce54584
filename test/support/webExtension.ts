/**
 * Puts a task-pane add-in's settings into an .xlsx package the way Excel saves them: a web extension
 * part naming the add-in by its id, one property per setting with the JSON text as its value, a task
 * pane part that refers to it, and the package's relationships and content types for both.
 */
import JSZip from "jszip";

const WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const TP = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface WebExtensionPart {
  /** The add-in's id as Excel writes it in the reference (braces and case vary). */
  readonly id: string;
  readonly settings: Readonly<Record<string, unknown>>;
  /** The namespace prefix of the part's elements; Excel writes "we". */
  readonly prefix?: string;
  /** A value's text as stored, when a test needs one that is not JSON. */
  readonly raw?: Readonly<Record<string, string>>;
}

function escapeAttr(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

function partXml(part: WebExtensionPart, n: number): string {
  const p = part.prefix ?? "we";
  const props = [
    `<${p}:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>`,
    ...Object.entries(part.settings).map(
      ([k, v]) => `<${p}:property name="${escapeAttr(k)}" value="${escapeAttr(JSON.stringify(v))}"/>`,
    ),
    ...Object.entries(part.raw ?? {}).map(
      ([k, v]) => `<${p}:property name="${escapeAttr(k)}" value="${escapeAttr(v)}"/>`,
    ),
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<${p}:webextension xmlns:${p}="${WE}" id="{0A1B2C3D-0000-4000-8000-00000000000${n}}">` +
    `<${p}:reference id="${part.id}" version="1.0.0.0" store="\\\\server\\catalog" storeType="Filesystem"/>` +
    `<${p}:alternateReferences/>` +
    `<${p}:properties>${props.join("")}</${p}:properties>` +
    `<${p}:bindings/>` +
    `<${p}:snapshot xmlns:r="${R}"/>` +
    `</${p}:webextension>`
  );
}

/** The package with the given add-ins' parts added, as Excel would have saved it. */
export async function withWebExtensions(
  bytes: Uint8Array,
  parts: readonly WebExtensionPart[],
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const panes: string[] = [];
  const paneRels: string[] = [];
  const overrides: string[] = [];
  parts.forEach((part, k) => {
    const n = k + 1;
    zip.file(`xl/webextensions/webextension${n}.xml`, partXml(part, n));
    panes.push(
      `<wetp:taskpane dockstate="right" visibility="0" width="350" row="${n}">` +
        `<wetp:webextensionref xmlns:r="${R}" r:id="rId${n}"/></wetp:taskpane>`,
    );
    paneRels.push(
      `<Relationship Id="rId${n}" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension${n}.xml"/>`,
    );
    overrides.push(
      `<Override PartName="/xl/webextensions/webextension${n}.xml" ContentType="application/vnd.ms-office.webextension+xml"/>`,
    );
  });
  zip.file(
    "xl/webextensions/taskpanes.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<wetp:taskpanes xmlns:wetp="${TP}">${panes.join("")}</wetp:taskpanes>`,
  );
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${paneRels.join("")}</Relationships>`,
  );
  overrides.push(
    `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>`,
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdWebExt" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`,
    ),
  );
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}
