/**
 * The :86: field of an MT940 statement line, "information to the account owner": the German structured
 * field (?00 booking text, ?20..?29 and ?60..?63 remittance with SEPA keywords EREF+ / SVWZ+, ?32/?33 the
 * other party), the Dutch slash layout (/NAME/, /REMI/, /EREF/, /CNTP/) or free text.
 */
import type { Field, Row } from "./mt940";
import { squeeze } from "./text";

/** What an :86: field says of its statement line. */
export interface Information {
  readonly party: string;
  readonly description: string;
  /** "" when the field names no reference. */
  readonly reference: string;
}

/** Lines this wide were cut by the bank mid-word; shorter ones ended at a word boundary. */
const LINE_WIDTH = 65;

export function readInformation(field: Field): Information {
  const rows = field.rows;
  let text = (rows[0] as Row).text;
  let hardWrap = field.firstWidth === LINE_WIDTH || text.length === LINE_WIDTH;
  for (let i = 1; i < rows.length; i++) {
    const next = (rows[i] as Row).text;
    if (next.trim() === "") continue;
    text += next.startsWith("?") || hardWrap ? next : " " + next;
    hardWrap = next.length === LINE_WIDTH;
  }
  if (/^\d{3}\?\d{2}/.test(text)) return readStructured(text);
  if (isSlashLayout(text)) return readSlashLayout(text);
  return { party: "", description: squeeze(text), reference: "" };
}

/** A ?2x subfield this long filled its 27 places, so the next one carries on the same word. */
const SUBFIELD_WIDTH = 27;

const SEPA_KEYWORDS = new Set([
  "EREF",
  "KREF",
  "MREF",
  "CRED",
  "DEBT",
  "SVWZ",
  "ABWA",
  "ABWE",
  "IBAN",
  "BIC",
  "COAM",
  "OAMT",
  "PURP",
]);

/** One SEPA item of the remittance text ("EREF+..."); key null for text before any keyword. */
interface RemittanceItem {
  readonly key: string | null;
  readonly pieces: string[];
}

/**
 * "166?00SEPA-UEBERWEISUNG?20EREF+...?21SVWZ+...?32NAME": the three-digit transaction code, then ?NN
 * subfields: ?00 booking text, ?20-?29 and ?60-?63 remittance text, ?32-?33 the other party's name.
 */
function readStructured(text: string): Information {
  // Splitting on the captured ?NN gives ["", "00", booking text, "20", piece, ...].
  const parts = text.slice(3).split(/\?(\d{2})/);
  let booking = "";
  const remittance: string[] = [];
  const name: string[] = [];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const code = Number(parts[i]);
    const piece = parts[i + 1] as string;
    if (code === 0) booking = piece;
    else if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63)) remittance.push(piece);
    else if (code === 32 || code === 33) name.push(piece);
  }
  // SEPA keywords begin their own subfield, so an item runs from its keyword to the next one.
  const items: RemittanceItem[] = [];
  for (const piece of remittance) {
    const key = sepaKeyword(piece);
    const last = items[items.length - 1];
    if (key !== null || last === undefined) items.push({ key, pieces: [piece] });
    else last.pieces.push(piece);
  }
  const whole = squeeze(joinPieces(remittance));
  const itemText = (key: string): string | undefined => {
    const item = items.find((it) => it.key === key);
    return item === undefined
      ? undefined
      : squeeze(
          joinPieces(item.pieces)
            .trimStart()
            .slice(key.length + 1),
        );
  };
  const hasKeywords = items.some((item) => item.key !== null);
  const remitted = hasKeywords ? (itemText("SVWZ") ?? whole) : whole;
  const endToEnd = itemText("EREF") ?? "";
  return {
    party: squeeze(joinPieces(name)),
    description: remitted !== "" ? remitted : squeeze(booking),
    reference: endToEnd === "NOTPROVIDED" ? "" : endToEnd,
  };
}

function sepaKeyword(piece: string): string | null {
  const start = piece.trimStart();
  const plus = start.indexOf("+");
  if (plus < 0) return null;
  const key = start.slice(0, plus);
  return SEPA_KEYWORDS.has(key) ? key : null;
}

/** Subfield pieces as one text: a full piece was cut mid-word, a short one ended where a space belongs. */
function joinPieces(pieces: readonly string[]): string {
  let text = "";
  let full = false;
  for (const piece of pieces) {
    text += text === "" || full ? piece : " " + piece;
    full = piece.length >= SUBFIELD_WIDTH;
  }
  return text;
}

const SLASH_KEYWORDS = [
  "TRTP",
  "IBAN",
  "BIC",
  "NAME",
  "REMI",
  "EREF",
  "CNTP",
  "MARF",
  "CSID",
  "BENM",
  "ORDP",
  "ULTC",
  "ULTD",
  "PURP",
  "RTRN",
  "PREF",
  "IREF",
  "ISDT",
  "ADDR",
];
const SLASH_KEYWORD = new RegExp(`/(${SLASH_KEYWORDS.join("|")})/`, "g");

function isSlashLayout(text: string): boolean {
  const start = text.trimStart();
  return SLASH_KEYWORDS.some((key) => start.startsWith(`/${key}/`));
}

/**
 * "/EREF/E2E-1//CNTP/NL91ABNA0417164300/ABNANL2A/J. JANSEN///REMI/USTD//INVOICE 42/": each value runs
 * from its keyword to the next; /CNTP/ holds IBAN/BIC/NAME/CITY.
 */
function readSlashLayout(text: string): Information {
  const values = new Map<string, string>();
  const found = [...text.matchAll(SLASH_KEYWORD)];
  for (let i = 0; i < found.length; i++) {
    const match = found[i] as RegExpExecArray;
    const start = (match.index as number) + match[0].length;
    const end = found[i + 1]?.index ?? text.length;
    const key = match[1] as string;
    if (!values.has(key))
      values.set(
        key,
        text
          .slice(start, end)
          .replace(/\/+\s*$/, "")
          .trim(),
      );
  }
  const name = values.get("NAME") ?? values.get("CNTP")?.split("/")[2] ?? "";
  let remitted = values.get("REMI") ?? "";
  const unstructured = remitted.indexOf("USTD//");
  if (unstructured >= 0) remitted = remitted.slice(unstructured + "USTD//".length);
  const endToEnd = values.get("EREF") ?? "";
  return {
    party: squeeze(name),
    description: squeeze(remitted),
    reference: endToEnd === "NOTPROVIDED" ? "" : endToEnd,
  };
}
