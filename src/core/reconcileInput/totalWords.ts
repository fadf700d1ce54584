/**
 * The names ledgers and banks give a line that totals the bookings: "Total", "Grand total", "Summe",
 * "Gesamt", "Total général", "Totaal", "Total for March", QuickBooks' "Total for 1000 Checking". A cell
 * names a total only when it says nothing else (a date, a currency or a month may follow), so "Total
 * Energies SA" names none, unless the row cannot be a booking anyway (`loose`).
 */
import { withoutAccents } from "../accents";
import type { Cell } from "../cell";
import { labelName } from "./balanceWords";

/** A total's names, as labelName gives them. */
const NAMES = new Set([
  ...["total", "totals", "grand total", "sum", "sum total", "total sum", "total amount", "subtotal"],
  ...["sub total", "summe", "gesamt", "gesamtsumme", "summe gesamt", "endsumme", "zwischensumme"],
  ...["gesamtbetrag", "total general", "totaux", "somme", "somme totale", "sous total", "totaal"],
  ...["eindtotaal", "subtotaal", "som", "totale", "totale generale", "subtotale", "somma", "suma"],
  ...["suma total", "totalt", "summa", "i alt", "yhteensa", "razem", "celkem", "osszesen"],
]);

/** "Total for 1000 Checking", "Summe für Konto 1200": a total of whatever it names after the word. */
const TOTAL_FOR =
  /^\s*(?:grand\s+)?(?:total|totals|summe|gesamt|totaal|totale)\s+(?:for|of|für|fur|voor|per|pour)\s/i;

/** How a label starts that may name a total on a row with no date ("Total Business Bank Account"). */
const LEADS = /^(?:grand )?(?:sub ?)?totals? |^(?:summe|gesamt|gesamtsumme|totaal|totale|somme|suma) /;

// What a cell must hold to be worth asking totalWords about.
const HINT = /tot|sum|gesamt|som|alt|razem|yhteen|celkem|ssze/i;

/**
 * Whether a cell's text names a total and nothing else (a date, a currency or a month may follow);
 * `loose`: or starts with the word, as an account's total line does ("Total Business Bank Account").
 */
export function totalWords(cell: Cell | undefined, loose = false): boolean {
  if (typeof cell !== "string" || cell.length > 120 || !HINT.test(cell)) return false;
  const name = labelName(cell);
  if (name !== null && NAMES.has(name)) return true;
  const plain = withoutAccents(cell);
  if (TOTAL_FOR.test(plain)) return true;
  const words = plain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return loose && LEADS.test(`${words} `);
}
