/**
 * The settings our add-in kept in a workbook that Excel saved. Office stores a task-pane add-in's
 * document settings in the package's web extension part (`xl/webextensions/webextensionN.xml`): one
 * `<we:property name="…" value="…"/>` per setting, the value being the setting's JSON text. Reading
 * them lets the command line honour what the user decided in the task pane (review decisions, custom
 * rules, validation rule sets, the record of earlier outputs). Read only: exceljs cannot write that
 * part, so a workbook the command line saves keeps its settings in the `BO_Settings` sheet instead.
 */
import JSZip from "jszip";
import { OUR_SETTING_PREFIX } from "../port";

/** The add-in's id, as in manifest.xml's <Id>: Excel names the add-in by it in the web extension part. */
export const ADDIN_ID = "84395ac5-4f86-4e7f-82b1-73c7cf5b2338";
const PART = /^xl\/webextensions\/[^/]+\.xml$/i;

interface Tag {
  readonly local: string;
  readonly attrs: ReadonlyMap<string, string>;
}

// A start or empty tag; attribute values are quoted and may hold '>' (legal in XML), so they are
// matched whole rather than by scanning for the next '>'.
const TAG = /<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** An attribute's value as an XML parser gives it: references resolved, literal white space normalised. */
function attrValue(raw: string): string {
  return raw
    .replace(/[\t\n\r]/g, " ")
    .replace(ENTITY, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
      hex !== undefined
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec !== undefined
          ? String.fromCodePoint(parseInt(dec, 10))
          : (NAMED[name as string] as string),
    );
}

function tags(xml: string): Tag[] {
  const out: Tag[] = [];
  for (const m of xml.matchAll(TAG)) {
    const name = m[1] as string;
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? "").matchAll(ATTR)) attrs.set(a[1] as string, attrValue(a[2] ?? a[3] ?? ""));
    out.push({ local: name.slice(name.indexOf(":") + 1), attrs });
  }
  return out;
}

/** Ids compare without braces and case, as Office writes them either way. */
function sameId(id: string | undefined): boolean {
  return id !== undefined && id.replace(/[{}]/g, "").trim().toLowerCase() === ADDIN_ID;
}

/**
 * Our settings in one web extension part, by key, parsed from JSON; null when the part belongs to
 * another add-in. A value that is not JSON is dropped, not trusted, as in the BO_Settings sheet.
 */
export function settingsOfPart(xml: string): Map<string, unknown> | null {
  const all = tags(xml);
  const root = all[0];
  if (root?.local !== "webextension") return null;
  // A sideloaded or centrally deployed add-in is referenced by its manifest id; Office's documentation
  // also gives the part itself the manifest id.
  const ours =
    sameId(root.attrs.get("id")) || all.some((t) => t.local === "reference" && sameId(t.attrs.get("id")));
  if (!ours) return null;
  const values = new Map<string, unknown>();
  for (const t of all) {
    if (t.local !== "property") continue;
    const name = t.attrs.get("name");
    const value = t.attrs.get("value");
    if (name === undefined || value === undefined || !name.startsWith(OUR_SETTING_PREFIX)) continue;
    try {
      values.set(name, JSON.parse(value) as unknown);
    } catch {
      continue;
    }
  }
  return values;
}

/** Our settings in an .xlsx package; empty when Excel never stored any for this add-in. */
export async function readAddinSettings(zip: JSZip): Promise<Map<string, unknown>> {
  const values = new Map<string, unknown>();
  const parts = Object.keys(zip.files)
    .filter((p) => PART.test(p))
    .sort();
  for (const path of parts) {
    const xml = await zip.file(path)?.async("string");
    const found = xml === undefined ? null : settingsOfPart(xml);
    if (!found) continue;
    for (const [k, v] of found) values.set(k, v);
  }
  return values;
}
