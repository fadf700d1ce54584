/**
 * `bo` over a German tax adviser's ledger export (a DATEV booking batch, Windows-1252, day-and-month
 * dates, one line per entry from account to contra account) against the bank's CSV, as a user runs it.
 */
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { bo, tempDir, writeXlsx } from "../support/cliRun";

const FIRST_LINE =
  '"EXTF";700;21;"Buchungsstapel";13;20260402101500123;;"RE";"";"";29098;55003;20260101;4;20260301;20260331;"März 2026";"";1;0;0;"EUR"';
const COLUMNS = [
  ...["Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz", "Kurs", "Basis-Umsatz"],
  ...["WKZ Basis-Umsatz", "Konto", "Gegenkonto (ohne BU-Schlüssel)", "BU-Schlüssel", "Belegdatum"],
  ...["Belegfeld 1", "Belegfeld 2", "Skonto", "Buchungstext"],
]
  .map((h) => `"${h}"`)
  .join(";");
const BOOKINGS = [
  // The customer's payment, booked to the bank account 1200 against the customer 10041.
  '4250,00;"S";"EUR";;;;1200;10041;;0303;"INV1041";;;"Harbour Foods"',
  // A supplier paid: the supplier 70552 debited against the bank (money out of 1200).
  '1875,40;"S";"EUR";;;;70552;1200;;0503;"BILL-552";;;"Greenline"',
  // A customer's payment booked from the customer's side: 10043 credited against the bank.
  '1243,00;"H";"EUR";;;;10043;1200;;803;"INV-1043";;;"Northwind"',
  // An invoice, not a bank line: neither account is the bank's.
  '500,00;"S";"EUR";;;;10050;8400;3;1503;"RE-1050";;;"Rechnung Fabrikant"',
  // The bank's fee, debited to the expense account against the bank.
  '15,00;"S";"EUR";;;;4970;1200;;3103;;;;"Kontoführung"',
];

const BANK = [
  "Buchungstag;Verwendungszweck;Betrag",
  "03.03.2026;GUTSCHRIFT INV1041 HARBOUR FOODS;4.250,00",
  "05.03.2026;LASTSCHRIFT BILL-552 GREENLINE;-1.875,40",
  "09.03.2026;GUTSCHRIFT INV-1043 NORTHWIND;1.243,00",
  "31.03.2026;ENTGELT KONTOFÜHRUNG;-15,00",
  "",
].join("\r\n");

describe("bo over a DATEV booking batch", () => {
  const dir = tempDir();
  const batch = path.join(dir, "EXTF_Buchungsstapel_202603.csv");
  const bank = path.join(dir, "umsaetze-maerz.csv");

  beforeAll(() => {
    const text = [FIRST_LINE, COLUMNS, ...BOOKINGS, ""].join("\r\n");
    fs.writeFileSync(batch, Buffer.from(text, "latin1"));
    fs.writeFileSync(bank, BANK);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads the batch under its own header line, each date with the year of the batch's period", async () => {
    const r = await bo("read", batch, "--encoding", "windows-1252", "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.sources[0]).toMatchObject({ address: "A2:N7", rows: 5 });
    const records = j.data.records as { row: number; cells: string[] }[];
    expect(records.map((x) => [x.row, x.cells[9]])).toEqual([
      [3, "2026-03-03"],
      [4, "2026-03-05"],
      [5, "2026-03-08"],
      [6, "2026-03-15"],
      [7, "2026-03-31"],
    ]);
    expect(records[4]?.cells[13]).toBe("Kontoführung");
  });

  it("reconciles the bank account's bookings on either side of the entry against the bank's file", async () => {
    const r = await bo("reconcile", batch, bank, "--encoding", "windows-1252", "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    // The bank account is proposed: it is on more lines than any other, counted over both columns.
    expect(j.data.setup.left.selection).toEqual({ field: "account", values: ["1200"] });
    const pairs = (j.data.matches as { leftRows: number[]; rightRows: number[]; status: string }[])
      .map((m) => [m.leftRows, m.rightRows, m.status])
      .sort((a, b) => (a[0] as number[])[0]! - (b[0] as number[])[0]!);
    expect(pairs).toEqual([
      [[3], [2], "confirmed"],
      [[4], [3], "confirmed"],
      [[5], [4], "confirmed"],
      [[7], [5], "confirmed"],
    ]);
    expect(j.data.unmatched.left).toEqual([]);
    expect(j.data.unmatched.right).toEqual([]);
  });

  it("reads the batch as Windows-1252 without being told, since DATEV writes so, and warns of no guess", async () => {
    const r = await bo("read", batch, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.issues).toEqual([]);
    expect((j.data.records as { cells: string[] }[])[4]?.cells[13]).toBe("Kontoführung");
  });

  it("reconciles the booking batch of a bookkeeping program's ZIP delivery, as the pane imports it", async () => {
    const zip = new JSZip();
    zip.file("EXTF_Buchungsstapel_202603.csv", fs.readFileSync(batch));
    zip.file("Belege/RE-1050.pdf", "%PDF-1.4");
    const delivery = path.join(dir, "DATEV_Export_2026-03.zip");
    fs.writeFileSync(delivery, await zip.generateAsync({ type: "uint8array" }));
    const r = await bo("reconcile", delivery, bank, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.data.setup.left.selection).toEqual({ field: "account", values: ["1200"] });
    expect((j.data.matches as { status: string }[]).map((m) => m.status)).toEqual(Array(4).fill("confirmed"));

    // April's batch beside March's: joined into one book, April's booking open (not on March's statement).
    const april = FIRST_LINE.replace("20260301;20260331", "20260401;20260430");
    const aprilBooking = '99,00;"S";"EUR";;;;1200;10044;;0204;"INV-1044";;;"Nobody"';
    zip.file(
      "EXTF_Buchungsstapel_202604.csv",
      Buffer.from([april, COLUMNS, aprilBooking, ""].join("\r\n"), "latin1"),
    );
    fs.writeFileSync(delivery, await zip.generateAsync({ type: "uint8array" }));
    const two = await bo("reconcile", delivery, bank, "--json");
    expect(two.stderr).toBe("");
    expect(two.code).toBe(0);
    const joined = JSON.parse(two.stdout);
    expect((joined.data.matches as { status: string }[]).map((m) => m.status)).toEqual(
      Array(4).fill("confirmed"),
    );
    // Under both batches' first lines (rows 1 and 2) and the headers (row 3): March's rows 4 to 8, April's 9.
    expect(joined.data.unmatched.left).toMatchObject([
      {
        row: 9,
        date: "2026-04-02",
        amount: 99,
        reference: "INV-1044",
        line: expect.stringMatching(/^Entries in .* dated after/),
      },
    ]);

    // The delivery unpacked into a folder reads as the ZIP does.
    const folder = path.join(dir, "DATEV_Export_Q1");
    fs.mkdirSync(path.join(folder, "Belege"), { recursive: true });
    fs.copyFileSync(batch, path.join(folder, "EXTF_Buchungsstapel_202603.csv"));
    fs.writeFileSync(
      path.join(folder, "EXTF_Buchungsstapel_202604.csv"),
      Buffer.from([april, COLUMNS, aprilBooking, ""].join("\r\n"), "latin1"),
    );
    fs.writeFileSync(path.join(folder, "Belege", "RE-1050.pdf"), "%PDF-1.4");
    const unpacked = await bo("reconcile", folder, bank, "--json");
    expect(unpacked.stderr).toBe("");
    const pairs = (m: { leftRows: number[]; rightRows: number[]; status: string }) => [
      m.leftRows,
      m.rightRows,
      m.status,
    ];
    expect(JSON.parse(unpacked.stdout).data.matches.map(pairs)).toEqual(joined.data.matches.map(pairs));

    // The same batch twice is no book: refused, naming both files.
    zip.file(
      "EXTF_Buchungsstapel_202604 (1).csv",
      Buffer.from([april, COLUMNS, aprilBooking, ""].join("\r\n"), "latin1"),
    );
    fs.writeFileSync(delivery, await zip.generateAsync({ type: "uint8array" }));
    const twice = await bo("reconcile", delivery, bank, "--json");
    expect(twice.code).not.toBe(0);
    expect(twice.stderr).toContain(
      '"EXTF_Buchungsstapel_202604 (1).csv" and "EXTF_Buchungsstapel_202604.csv" hold the same bookings',
    );
  });

  it("names the cell of a date outside the batch's period", async () => {
    const broken = path.join(dir, "EXTF_broken.csv");
    const text = [FIRST_LINE, COLUMNS, BOOKINGS[0], BOOKINGS[4]?.replace(";3103;", ";3104;"), ""].join(
      "\r\n",
    );
    fs.writeFileSync(broken, Buffer.from(text, "latin1"));
    const r = await bo("reconcile", broken, bank, "--encoding", "windows-1252", "--json");
    const j = JSON.parse(r.stdout);
    const issue = (j.issues as { code: string; address?: string; row?: number; message: string }[]).find(
      (i) => i.code === "datev_date_outside_period",
    );
    expect(issue).toMatchObject({ row: 4, address: "J4" });
    expect(issue?.message).toContain(
      '"3104" is no day and month within the batch\'s period 2026-03-01 to 2026-03-31',
    );
  });

  it("reconciles the batch as Excel opened and saved it, the dates given their year from its first line", async () => {
    // What Excel makes of the file: numbers where DATEV wrote digits, "0303" the number 303; the user's
    // table is made of the column headers in row 2 down, the batch's first line above it.
    const cells = (line: string) =>
      line.split(";").map((v) => {
        const t = v.replace(/^"|"$/g, "");
        if (t === "") return null;
        const n = Number(t.replace(",", "."));
        return /^[\d,]+$/.test(t) && Number.isFinite(n) ? n : t;
      });
    const rows = [FIRST_LINE, COLUMNS, ...BOOKINGS].map(cells);
    const saved = await writeXlsx(dir, "EXTF_Buchungsstapel_202603.xlsx", (wb) => {
      wb.putRows("EXTF_Buchungsstapel_202603", 1, 0, rows);
      const sheet = wb.mustSheet("EXTF_Buchungsstapel_202603");
      wb.addTable(sheet, { row: 2, col: 0, rows: rows.length - 1, cols: 14 }, "Buchungen");
    });
    const r = await bo("reconcile", `${saved}#Buchungen`, bank, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect((j.data.matches as { status: string }[]).map((m) => m.status)).toEqual(Array(4).fill("confirmed"));
    expect(j.issues).toMatchObject([
      { code: "datev_dates_from_first_line", severity: "info", column: "Belegdatum" },
    ]);
    expect(j.issues[0].message).toContain("which its first line names in row 1, above the table");
  });
});

describe("bo over a French FEC ledger export", () => {
  const dir = tempDir();
  const fec = path.join(dir, "123456789FEC20260331.txt.csv");
  const bank = path.join(dir, "releve-mars.csv");
  const LINES = [
    "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise",
    "VE|Ventes|1|20260301|411000|Clients|C041|Durand SARL|F1041|20260301|Facture F1041|4250,00|0,00||||||",
    "VE|Ventes|1|20260301|706000|Prestations|||F1041|20260301|Facture F1041|0,00|4250,00||||||",
    "VE|Ventes|5|20260320|411000|Clients|C042|Martin SA|F1042|20260320|Facture F1042|990,00|0,00||||||",
    "VE|Ventes|5|20260320|706000|Prestations|||F1042|20260320|Facture F1042|0,00|990,00||||||",
    "BQ|Banque|2|20260303|512000|Banque|||VIR-1041|20260303|Virement Durand F1041|4250,00|0,00||||||",
    "BQ|Banque|2|20260303|411000|Clients|C041|Durand SARL|VIR-1041|20260303|Virement Durand F1041|0,00|4250,00||||||",
    "BQ|Banque|3|20260305|401000|Fournisseurs|F552|Greenline|P552|20260305|Prélèvement Greenline|1875,40|0,00||||||",
    "BQ|Banque|3|20260305|512000|Banque|||P552|20260305|Prélèvement Greenline|0,00|1875,40||||||",
    "BQ|Banque|4|20260331|627000|Frais bancaires|||REL-03|20260331|Frais tenue de compte|15,00|0,00||||||",
    "BQ|Banque|4|20260331|512000|Banque|||REL-03|20260331|Frais tenue de compte|0,00|15,00||||||",
    "",
  ];
  const BANK = [
    "Date;Libellé;Montant",
    "03/03/2026;VIR DURAND SARL F1041;4250,00",
    "05/03/2026;PRLV GREENLINE;-1875,40",
    "31/03/2026;FRAIS TENUE DE COMPTE;-15,00",
    "",
  ];

  beforeAll(() => {
    fs.writeFileSync(fec, LINES.join("\r\n"));
    fs.writeFileSync(bank, BANK.join("\r\n"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("proposes the bank account 512000, not the customers' account on as many lines, and matches its lines", async () => {
    const r = await bo("reconcile", fec, bank, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.data.setup.left.selection).toEqual({ field: "account", values: ["512000"] });
    const pairs = (j.data.matches as { leftRows: number[]; rightRows: number[]; status: string }[]).map(
      (m) => [m.leftRows, m.rightRows, m.status],
    );
    expect(pairs).toEqual([
      [[6], [2], "confirmed"],
      [[9], [3], "confirmed"],
      [[11], [4], "confirmed"],
    ]);
    expect(j.issues).toEqual([]);
  });
});
