/**
 * Bank exports whose columns are found by their places as well as their names: ING Germany's
 * "Umsatzanzeige" gives the booking date as "Buchung" and a "Währung" after both its running balance and
 * its amount. Read from its header line on: the booking date, the amount with its own currency, the
 * running balance, and the repeated header said as a warning, not a reason to refuse the file.
 */
import { dayFromIso } from "../dates";
import { tableOf } from "../../../test/support/tableLiteral";
import { balancesFromColumn } from "./balances";
import { mapReconcileColumns, readSide } from "./readSide";

const ING = { name: "Umsatzanzeige", sheet: "Umsatzanzeige", headerRow: 15 };

/** The export below its preamble: newest first, decimal commas, the balance's currency before the amount. */
const ing = tableOf(ING)`
  Buchung    | Valuta     | Auftraggeber/Empfänger | Buchungstext | Verwendungszweck           | Saldo    | Währung | Betrag   | Währung
  31.03.2026 | 31.03.2026 | Stadtwerke Musterstadt | Lastschrift  | Abschlag 03/2026 Kd-Nr 4711 | 1.080,00 | EUR     | -120,00  | EUR
  28.03.2026 | 27.03.2026 | ACME GmbH              | Gutschrift   | RE-2026-0142               | 1.200,00 | EUR     | 1.000,00 | EUR
  02.03.2026 | 02.03.2026 | Max Muster             | Gutschrift   | Startguthaben              | 200,00   | EUR     | 200,00   | EUR
`;

const named = (t: { headers: readonly string[] }, map: Readonly<Record<string, number>>) =>
  Object.fromEntries(Object.entries(map).map(([f, c]) => [f, `${t.headers[c]} (${c + 1})`]));

describe("ING Germany's Umsatzanzeige", () => {
  it("maps Buchung, Betrag with the Währung after it, Saldo, and the party and purpose", () => {
    const m = mapReconcileColumns(ing);
    expect(named(ing, m.map)).toEqual({
      date: "Buchung (1)",
      party: "Auftraggeber/Empfänger (3)",
      description: "Verwendungszweck (5)",
      balance: "Saldo (6)",
      amount: "Betrag (8)",
      currency: "Währung (9)",
    });
    expect(m.missing).toEqual([]);
    expect(m.ambiguous).toEqual([]);
    expect(m.issues.map((i) => [i.code, i.severity, i.address])).toEqual([
      ["header_duplicate", "warning", "I15"],
    ]);
  });

  it("reads every row: booking date, amount, its currency and the running balance", () => {
    const side = readSide(ing, { side: "right", dateSystem: 1900 });
    expect(side.amountMode).toBe("amount");
    expect(side.dateOrder).toBe("DMY");
    expect(side.decimalSeparator).toBe(",");
    expect(side.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(Array.from(side.set.rows)).toEqual([16, 17, 18]);
    // The ACME row's booking date (28th), not its value date (27th).
    expect(Array.from(side.set.day)).toEqual(["2026-03-31", "2026-03-28", "2026-03-02"].map(dayFromIso));
    expect(Array.from(side.set.minor)).toEqual([-12000, 100000, 20000]);
    expect(side.set.currency).toEqual(["EUR", "EUR", "EUR"]);
    expect(Array.from(side.balance ?? [])).toEqual([108000, 120000, 20000]);
    expect(side.set.party[1]).toBe("ACME GmbH");
    expect(balancesFromColumn(side)).toMatchObject({ opening: 0, closing: 108000, order: "newest-first" });
  });

  it("takes each amount's currency from the Währung after Betrag, not the balance's", () => {
    const usd = tableOf(ING)`
      Buchung    | Valuta     | Auftraggeber/Empfänger | Buchungstext | Verwendungszweck | Saldo  | Währung | Betrag | Währung
      28.03.2026 | 28.03.2026 | ACME Inc               | Gutschrift   | RE-2026-0142     | 900,00 | EUR     | 250,00 | USD
    `;
    expect(readSide(usd, { side: "right", dateSystem: 1900 }).set.currency).toEqual(["USD"]);
  });

  it.each([
    [
      "with its Kategorie column",
      "Buchung | Valuta | Auftraggeber/Empfänger | Buchungstext | Kategorie | Verwendungszweck | Saldo | Währung | Betrag | Währung",
      { date: "Buchung (1)", amount: "Betrag (9)", currency: "Währung (10)", balance: "Saldo (7)" },
    ],
    [
      "with the amount before the balance",
      "Buchung | Valuta | Auftraggeber/Empfänger | Buchungstext | Verwendungszweck | Betrag | Währung | Saldo | Währung",
      { date: "Buchung (1)", amount: "Betrag (6)", currency: "Währung (7)", balance: "Saldo (8)" },
    ],
    [
      "without a balance, its value date as Wertstellungsdatum",
      "Buchung | Wertstellungsdatum | Auftraggeber/Empfänger | Buchungstext | Verwendungszweck | Betrag | Währung",
      { date: "Buchung (1)", amount: "Betrag (6)", currency: "Währung (7)" },
    ],
  ])("maps the export %s", (_, headers, expected) => {
    const t = tableOf(ING)`${headers}`;
    const m = mapReconcileColumns(t);
    expect(named(t, m.map)).toMatchObject(expected);
    expect(m.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(m.missing).toEqual([]);
  });
});

describe("a header repeated over several columns", () => {
  const codes = (t: Parameters<typeof mapReconcileColumns>[0], columns?: Record<string, string | null>) =>
    mapReconcileColumns(t, columns).issues.map((i) => [i.code, i.severity]);

  it("is a warning over columns no field reads by that name", () => {
    const notes = tableOf({ name: "Book" })`
      Date       | Amount | Notiz | Notiz
      2026-03-05 | 10.00  | a     | b
    `;
    expect(codes(notes)).toEqual([["header_duplicate", "warning"]]);
  });

  it("stays an error where a field could be either column, or a mapping names the header", () => {
    const amounts = tableOf({ name: "Book" })`
      Date       | Betrag | Betrag
      2026-03-05 | 10.00  | 10.00
    `;
    expect(codes(amounts)).toEqual([
      ["header_duplicate", "error"],
      ["header_ambiguous", "error"],
    ]);
    // The mapping reads the first "Währung": the balance's currency, which renaming one would make clear.
    expect(codes(tableOf(ING)`${ing.headers.join(" | ")}`, { currency: "Währung" })).toEqual([
      ["header_duplicate", "error"],
    ]);
  });

  it("leaves a date column named otherwise the date beside a ledger's Buchung", () => {
    const ledger = tableOf({ name: "Journal" })`
      Buchung | Datum      | Betrag
      17      | 05.03.2026 | 10,00
    `;
    expect(named(ledger, mapReconcileColumns(ledger).map)).toMatchObject({ date: "Datum (2)" });
  });
});

describe("DKB's classic export: the currency only in the amount's header", () => {
  const DKB = { name: "dkb", sheet: "dkb", headerRow: 7 };
  const dkb = tableOf(DKB)`
    Buchungstag | Wertstellung | Buchungstext | Auftraggeber / Begünstigter | Verwendungszweck    | Kontonummer            | BLZ         | Betrag (EUR) | Gläubiger-ID | Mandatsreferenz | Kundenreferenz
    31.03.2026  | 31.03.2026   | Lastschrift  | Stadtwerke München          | Strom März UT-7781  | DE02100100100006820101 | PBNKDEFFXXX | "-98,40"     |              |                 |
    26.03.2026  | 26.03.2026   | Gutschrift   | Telekom Deutschland         | Erstattung TK-REF-9 | DE02100100100006820101 | PBNKDEFFXXX | "20,00"      |              |                 |
    20.03.2026  | 20.03.2026   | Überweisung  | Jürgen Weiß                 | Gehalt März         | DE02100100100006820101 | PBNKDEFFXXX | "-3.200,00"  |              |                 |
  `;

  it("maps Betrag (EUR) to the amount and reads every row in euros", () => {
    const side = readSide(dkb, { side: "right", dateSystem: 1900 });
    expect(named(dkb, side.map)).toMatchObject({ date: "Buchungstag (1)", amount: "Betrag (EUR) (8)" });
    expect(side.map.currency).toBeUndefined();
    expect(Array.from(side.set.minor)).toEqual([-9840, 2000, -320000]);
    expect(side.set.currency).toEqual(["EUR", "EUR", "EUR"]);
    expect(side.currencies).toEqual(["EUR"]);
    expect(side.issues).toEqual([]);
  });

  it("reads a yen account's Betrag (JPY) at no decimals", () => {
    const yen = tableOf(DKB)`
      Buchungstag | Verwendungszweck | Betrag (JPY)
      31.03.2026  | Miete            | "-5000"
    `;
    const side = readSide(yen, { side: "right", dateSystem: 1900 });
    expect(Array.from(side.set.minor)).toEqual([-5000]);
    expect(side.set.currency).toEqual(["JPY"]);
  });
});
