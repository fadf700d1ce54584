/**
 * `bo reconcile` over ING Germany's CSV export ("Umsatzanzeige") as downloaded, without a rules file: its
 * own lines above the headers, the booking date as "Buchung", a "Währung" after both the running balance
 * and the amount. Every row is read by its booking date and amount, the balances come from its Saldo
 * column, and the repeated header is a warning, not an error.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

/** Newest first, as ING lists them; the ACME credit's value date (27th) is not its booking date (30th). */
const EXPORT = [
  "Umsatzanzeige;Datei erstellt am: 01.04.2026 09:12",
  ";Letztes Update: aktuell",
  "",
  "IBAN;DE12 5001 0517 0123 4567 89",
  "Kontoname;Girokonto",
  "Bank;ING",
  "Kunde;Muster Handel GmbH",
  "Zeitraum;01.03.2026 - 31.03.2026",
  "Saldo;2.130,00;EUR",
  "",
  "Sortierung;Datum absteigend",
  "",
  "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen, auch wenn sie in Ihrem Internetbanking angezeigt werden.",
  "",
  "Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;Betrag;Währung",
  "31.03.2026;31.03.2026;Stadtwerke Musterstadt;Lastschrift;Abschlag 03/2026 Kd-Nr 4711;2.130,00;EUR;-120,00;EUR",
  "30.03.2026;27.03.2026;ACME GmbH;Gutschrift;RE-2026-0142;2.250,00;EUR;1.000,00;EUR",
  "16.03.2026;16.03.2026;Bürohaus Schmidt;Dauerauftrag;Miete März 2026;1.250,00;EUR;-950,00;EUR",
  "02.03.2026;02.03.2026;Beta KG;Gutschrift;RE-2026-0131;2.200,00;EUR;1.200,00;EUR",
  "",
].join("\r\n");

/** The bank account's lines in the ledger: the four on the statement and postage not yet paid. */
const LEDGER = [
  "Date,Account,Reference,Description,Amount",
  "2026-03-02,1200,RE-2026-0131,Beta KG,1200.00",
  "2026-03-16,1200,MIETE-03,Miete März,-950.00",
  "2026-03-30,1200,RE-2026-0142,ACME GmbH,1000.00",
  "2026-03-31,1200,SW-0326,Stadtwerke Abschlag,-120.00",
  "2026-03-31,1200,PORTO-03,Porto,-80.00",
  "",
].join("\n");

interface Out {
  summary: Record<string, number>;
  issues: { code: string; severity: string; row?: number; address?: string }[];
  data: {
    setup: { currency: string; right: { balances: Record<string, unknown> } };
    matches: { status: string; leftRows: number[]; rightRows: number[]; currency: string }[];
    statements: { currency: string; bookBalance: number; statementBalance: number }[];
  };
}

describe("bo reconcile: ING Germany's Umsatzanzeige", () => {
  const dir = tempDir();
  const ledger = path.join(dir, "ledger.csv");
  const latin1 = path.join(dir, "Umsatzanzeige.csv");
  const utf8 = path.join(dir, "Umsatzanzeige-utf8.csv");
  beforeAll(() => {
    fs.writeFileSync(ledger, LEDGER);
    fs.writeFileSync(latin1, EXPORT, "latin1");
    fs.writeFileSync(utf8, EXPORT);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("matches each booking by its booking date and amount, balances from the Saldo column", async () => {
    const r = await bo("reconcile", ledger, latin1, "--left-opening", "1000", "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.summary).toMatchObject({ confirmed: 4, unmatchedLeft: 1, unmatchedRight: 0 });
    expect(out.data.matches.map((m) => [m.leftRows, m.rightRows, m.currency])).toEqual([
      [[2], [19], "EUR"],
      [[3], [18], "EUR"],
      [[4], [17], "EUR"],
      [[5], [16], "EUR"],
    ]);
    expect(out.data.setup.currency).toBe("EUR");
    expect(out.data.setup.right.balances).toMatchObject({
      source: "column",
      opening: 1000,
      closing: 2130,
    });
    expect(out.data.statements).toEqual([
      expect.objectContaining({ currency: "EUR", bookBalance: 2050, statementBalance: 2130 }),
    ]);
    expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(out.issues.find((i) => i.code === "header_duplicate")).toMatchObject({
      severity: "warning",
      row: 15,
      address: "I15",
    });
  });

  it("reads the UTF-8 export the same, saying the repeated header as a warning", async () => {
    const r = await bo("reconcile", ledger, utf8, "--left-opening", "1000");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("4 confirmed, 0 suggested, 1 open in ledger, 0 open in Umsatzanzeige_utf8");
    expect(r.stdout).toContain("Check: holds");
    expect(r.stderr).toContain(
      `warning 'Umsatzanzeige-utf8'!Umsatzanzeige_utf8[Währung] row 15: The header "Währung" also names column 7; rename one of them.`,
    );
    expect(r.stderr).not.toMatch(/^error/m);
  });
});
