/** Importing a ledger export (DATEV, FEC) as the book table, through the write gateway. */
import JSZip from "jszip";
import { dayFromIso, dayToSerial } from "../../core/dates";
import { createMemoryWorkbook } from "../../workbook/memory";
import { MemoryWorkbook } from "../../workbook/memory/model";
import { StatementImportError } from "./importStatement";
import { createReconciliationService } from "./service";

const serial = (iso: string): number => dayToSerial(dayFromIso(iso) as number, 1900);

const DATEV_FIRST =
  '"EXTF";700;21;"Buchungsstapel";13;20260402101500123;;"RE";"";"";29098;55003;20260101;4;20260301;20260331;"März 2026";"";1;0;0;"EUR"';
const DATEV_COLUMNS = [
  ...["Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz", "Kurs", "Konto"],
  ...["Gegenkonto (ohne BU-Schlüssel)", "BU-Schlüssel", "Belegdatum", "Belegfeld 1", "Buchungstext"],
]
  .map((h) => `"${h}"`)
  .join(";");
const DATEV_LINES = [
  '4250,00;"S";"EUR";;1200;10041;;0303;"INV1041";"Harbour Foods"',
  '1875,40;"S";"EUR";;70552;1200;;503;"BILL-552";"Greenline"',
  '500,00;"S";"EUR";;10050;8400;3;1503;"RE-1050";"Rechnung"',
  '15,00;"S";"EUR";;4970;1200;;3103;;"Kontoführung"',
];
const datev = (lines = DATEV_LINES, first = DATEV_FIRST): Uint8Array =>
  new Uint8Array(Buffer.from([first, DATEV_COLUMNS, ...lines, ""].join("\r\n"), "latin1"));
/** April's batch of the same books: Northwind's payment, and a date that is no day of April. */
const APRIL_FIRST = DATEV_FIRST.replace("20260301;20260331", "20260401;20260430");
const APRIL_LINES = [
  '1243,00;"S";"EUR";;1200;10043;;0204;"INV-1043";"Northwind"',
  '99,00;"S";"EUR";;1200;10044;;3104;"INV-1044";"Nobody"',
];

/** DATEV master data (category 16, customers and suppliers): an export, but no bookings. */
const DATEV_PARTIES = [
  '"EXTF";700;16;"Debitoren/Kreditoren";5;20260402101500123;;"RE";"";"";29098;55003;20260101;4',
  '"Konto";"Name (Adressattyp Unternehmen)"',
  '10041;"Harbour Foods"',
  "",
].join("\r\n");

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array" });
}

function bankBook(more: (string | number)[][] = []): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const rows = [
    ["Buchungstag", "Verwendungszweck", "Betrag"],
    [serial("2026-03-03"), "GUTSCHRIFT INV1041 HARBOUR FOODS", 4250],
    [serial("2026-03-05"), "LASTSCHRIFT BILL-552 GREENLINE", -1875.4],
    [serial("2026-03-31"), "ENTGELT", -15],
    ...more,
  ];
  wb.putRows("Bank", 1, 0, rows);
  wb.addTable(wb.mustSheet("Bank"), { row: 1, col: 0, rows: rows.length, cols: 3 }, "Bank");
  return wb;
}

describe("importLedger", () => {
  it("writes a DATEV batch under its own first line, dates with the period's year, and it reconciles", async () => {
    const wb = bankBook();
    const port = createMemoryWorkbook(wb);
    const svc = createReconciliationService(port);
    const imp = await svc.importLedger("EXTF_Buchungsstapel.csv", datev());
    expect(imp).toMatchObject({
      format: "DATEV booking batch",
      sheet: "EXTF_Buchungsstapel",
      table: "EXTF_Buchungsstapel",
      lines: 4,
      encoding: "windows-1252",
      // DATEV writes Windows-1252: no guess to warn of.
      encodingGuessed: false,
      issues: [],
    });
    const sheet = wb.mustSheet("EXTF_Buchungsstapel");
    expect(sheet.get(1, 0)?.value).toBe("EXTF");
    const table = (await port.listTables()).find((t) => t.name === imp.table);
    // The empty Kurs column is left out: nine columns, the header under the file's first line.
    expect(table).toMatchObject({ address: "A3:I7", isExcelTable: true });
    expect(table?.headers).not.toContain("Kurs");
    const row = (r: number) => Array.from({ length: 9 }, (_, c) => sheet.get(r, c)?.value ?? null);
    expect(row(5)).toEqual([
      1875.4,
      "S",
      "EUR",
      "70552",
      "1200",
      null,
      serial("2026-03-05"),
      "BILL-552",
      "Greenline",
    ]);
    expect(sheet.get(4, 0)?.format).toBe("#,##0.00");
    expect(sheet.get(4, 6)?.format).toBe("yyyy-mm-dd");
    expect(row(7)[8]).toBe("Kontoführung");

    const proposal = await svc.proposeSetup({ table: imp.table }, { table: "Bank" }, "bank-ledger");
    expect(proposal.setup.left.selection).toEqual({ field: "account", values: ["1200"] });
    const outcome = await svc.run(proposal.setup);
    expect(outcome.result.summary.confirmed.matches).toBe(3);
    expect(outcome.result.unmatched.left).toHaveLength(0);
    expect(outcome.result.unmatched.right).toHaveLength(0);

    // Undone, the sheet is gone.
    await svc.undoImport(imp);
    expect(wb.sheet("EXTF_Buchungsstapel")).toBeNull();
  });

  it("names the cell of a booking date outside the batch's period, as written on the sheet", async () => {
    const wb = bankBook();
    const svc = createReconciliationService(createMemoryWorkbook(wb));
    const lines = [...DATEV_LINES.slice(0, 3), DATEV_LINES[3]?.replace(";3103;", ";3104;") as string];
    const imp = await svc.importLedger("batch.csv", datev(lines));
    expect(imp.issues.map((i) => [i.code, i.sheet, i.row, i.address])).toEqual([
      ["datev_date_outside_period", "batch", 7, "G7"],
    ]);
    expect(wb.mustSheet("batch").get(7, 6)?.value).toBe("3104");
  });

  it("writes a French FEC file with its dates and amounts", async () => {
    const wb = bankBook();
    const svc = createReconciliationService(createMemoryWorkbook(wb));
    const fec = [
      "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise",
      "BQ|Banque|2|20260303|512000|Banque|||VIR-1041|20260303|Virement Durand|4250,00|0,00||||||",
      "",
    ].join("\r\n");
    const imp = await svc.importLedger("FEC.txt", new Uint8Array(Buffer.from(fec, "utf8")));
    expect(imp).toMatchObject({ format: "FEC", lines: 1, issues: [] });
    const sheet = wb.mustSheet("FEC");
    // The empty columns (CompAuxNum, CompAuxLib, lettering, currency) are left out.
    const table = (await createMemoryWorkbook(wb).listTables()).find((t) => t.name === imp.table);
    expect(table?.headers).toEqual([
      ...["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "PieceRef"],
      ...["PieceDate", "EcritureLib", "Debit", "Credit"],
    ]);
    const row = Array.from({ length: 11 }, (_, c) => sheet.get(2, c)?.value ?? null);
    expect(row).toEqual([
      ...["BQ", "Banque", "2", serial("2026-03-03"), "512000", "Banque", "VIR-1041", serial("2026-03-03")],
      ...["Virement Durand", 4250, 0],
    ]);
  });

  it("reads a year's batch in steps with rising progress, and a cancelled import writes nothing", async () => {
    const wb = bankBook();
    const port = createMemoryWorkbook(wb);
    const svc = createReconciliationService(port);
    const lines = Array.from(
      { length: 30_000 },
      (_, i) => `${(i % 97) + 1},00;"S";"EUR";;1200;${10_000 + (i % 300)};;0303;"RE-${i}";"Zahlung ${i}"`,
    );
    const seen: number[] = [];
    const imp = await svc.importLedger("year.csv", datev(lines), {
      onProgress: (p) => p.phase === "Reading the ledger file" && seen.push(p.done / p.total),
    });
    expect(imp.lines).toBe(30_000);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((x, k) => k === 0 || x > (seen[k - 1] as number))).toBe(true);

    const ctrl = new AbortController();
    await expect(
      svc.importLedger("again.csv", datev(lines), { signal: ctrl.signal, onProgress: () => ctrl.abort() }),
    ).rejects.toMatchObject({ name: "AbortError", message: "The import of again.csv was cancelled." });
    expect((await port.listTables()).map((t) => t.name)).toEqual(["Bank", "year"]);
  });

  it("takes the booking batch out of a bookkeeping program's ZIP, passing over master data and receipts", async () => {
    const wb = bankBook();
    const port = createMemoryWorkbook(wb);
    const svc = createReconciliationService(port);
    const delivery = await zipOf({
      "EXTF_Debitoren_Kreditoren.csv": new Uint8Array(Buffer.from(DATEV_PARTIES, "latin1")),
      "EXTF_Buchungsstapel_202603.csv": datev(),
      "Belege/RE-1050.pdf": "%PDF-1.4 receipt",
      "document.xml": "<archive/>",
    });
    const imp = await svc.importLedger("DATEV_Export_2026-03.zip", delivery);
    expect(imp).toMatchObject({
      format: "DATEV booking batch",
      sheet: "DATEV_Export_2026-03",
      lines: 4,
      encoding: "windows-1252",
      issues: [],
      archive: { taken: ["EXTF_Buchungsstapel_202603.csv"], others: 3 },
    });
    // The same rows as the batch imported on its own, "Kontoführung" read in Windows-1252.
    const alone = createMemoryWorkbook(bankBook());
    const single = await createReconciliationService(alone).importLedger("batch.csv", datev());
    const read = async (p: typeof port, table: string) => (await p.readTable({ table })).columns;
    expect(await read(port, imp.table)).toEqual(await read(alone, single.table));
    // A DATEV export of master data alone is an export like any: it is taken when it is all there is.
    const parties = await svc.importLedger(
      "Stammdaten.zip",
      await zipOf({ "EXTF_Debitoren.csv": DATEV_PARTIES, "readme.txt": "Export" }),
    );
    expect(parties).toMatchObject({ format: "DATEV export", lines: 1 });
  });

  it("joins a delivery's booking batches (a month each) into one book, in period order, and it reconciles", async () => {
    const wb = bankBook([[serial("2026-04-02"), "GUTSCHRIFT INV-1043 NORTHWIND", 1243]]);
    const port = createMemoryWorkbook(wb);
    const svc = createReconciliationService(port);
    const delivery = await zipOf({
      "EXTF_Buchungsstapel_A.csv": datev(APRIL_LINES, APRIL_FIRST),
      "EXTF_Buchungsstapel_B.csv": datev(),
      "Belege/RE-1050.pdf": "%PDF-1.4 receipt",
    });
    const imp = await svc.importLedger("DATEV_Export_Q1.zip", delivery);
    expect(imp).toMatchObject({
      format: "DATEV booking batch",
      lines: 6,
      archive: { taken: ["EXTF_Buchungsstapel_B.csv", "EXTF_Buchungsstapel_A.csv"], others: 1 },
    });
    // Each batch's own first line above the table, March's first; April's 31st is no day of April.
    const sheet = wb.mustSheet(imp.sheet);
    expect([sheet.value(1, 14), sheet.value(1, 15), sheet.value(2, 14), sheet.value(2, 15)]).toEqual([
      ...["20260301", "20260331", "20260401", "20260430"],
    ]);
    // A blank row, then the table. Belegdatum is its seventh column (Kurs, empty in every line, is left out).
    expect(sheet.value(3, 0)).toBeNull();
    expect(sheet.value(4, 6)).toBe("Belegdatum");
    expect([5, 6, 7, 8, 9, 10].map((r) => sheet.value(r, 6))).toEqual([
      ...["2026-03-03", "2026-03-05", "2026-03-15", "2026-03-31", "2026-04-02"].map(serial),
      "3104",
    ]);
    expect(imp.issues.map((i) => [i.code, i.address])).toEqual([["datev_date_outside_period", "G10"]]);
    // March's and April's bank lines each find their booking, whichever batch it came in.
    const proposal = await svc.proposeSetup({ table: imp.table }, { table: "Bank" }, "bank-ledger");
    const outcome = await svc.run(proposal.setup);
    expect(outcome.result.summary.confirmed.matches).toBe(4);
    expect(outcome.result.unmatched.right).toHaveLength(0);
  });

  it("joins booking batches chosen together as it joins a ZIP's, and refuses a ZIP among them", async () => {
    const wb = bankBook();
    const port = createMemoryWorkbook(wb);
    const svc = createReconciliationService(port);
    await expect(svc.importLedgerFiles([])).rejects.toThrow("No file was chosen; nothing was imported.");
    const zip = await zipOf({ "EXTF_03.csv": datev() });
    await expect(
      svc.importLedgerFiles([
        { name: "EXTF_04.csv", bytes: datev(APRIL_LINES, APRIL_FIRST) },
        { name: "delivery.zip", bytes: zip },
      ]),
    ).rejects.toThrow(
      '"delivery.zip" is a ZIP archive: choose it alone, or the export files themselves; nothing was imported.',
    );
    expect(wb.sheets.map((sh) => sh.name)).toEqual(["Bank"]);
    const imp = await svc.importLedgerFiles([
      { name: "EXTF_04.csv", bytes: datev(APRIL_LINES, APRIL_FIRST) },
      { name: "EXTF_03.csv", bytes: datev() },
    ]);
    expect(imp).toMatchObject({
      file: "EXTF_03.csv, EXTF_04.csv",
      sheet: "EXTF_03 +1",
      lines: 6,
      joined: ["EXTF_03.csv", "EXTF_04.csv"],
    });
    expect(imp.archive).toBeUndefined();
    // The same table as the two batches delivered in one ZIP.
    const zipped = createMemoryWorkbook(bankBook());
    const delivered = await createReconciliationService(zipped).importLedger(
      "q.zip",
      await zipOf({ "EXTF_03.csv": datev(), "EXTF_04.csv": datev(APRIL_LINES, APRIL_FIRST) }),
    );
    const read = async (p: typeof port, table: string) => (await p.readTable({ table })).columns;
    expect(await read(port, imp.table)).toEqual(await read(zipped, delivered.table));
    // One file chosen is imported as importLedger imports it.
    const one = await svc.importLedgerFiles([{ name: "EXTF_single.csv", bytes: datev() }]);
    expect(one).toMatchObject({ file: "EXTF_single.csv", sheet: "EXTF_single", lines: 4 });
    expect(one.joined).toBeUndefined();
  });

  it("refuses an archive with no ledger export, or booking files that are no one book, naming them, writing nothing", async () => {
    const wb = bankBook();
    const svc = createReconciliationService(createMemoryWorkbook(wb));
    await expect(
      svc.importLedger("receipts.zip", await zipOf({ "a.pdf": "%PDF-1.4", "b.csv": "Date;Amount\n" })),
    ).rejects.toThrow(
      new StatementImportError(
        '"receipts.zip" holds no DATEV export or French FEC file; nothing was imported.',
      ),
    );
    const twice = await zipOf({ "EXTF_03.csv": datev(), "EXTF_03 (1).csv": datev() });
    await expect(svc.importLedger("year.zip", twice)).rejects.toThrow(
      new StatementImportError(
        '"EXTF_03 (1).csv" and "EXTF_03.csv" hold the same bookings; nothing was imported.',
      ),
    );
    const otherClient = DATEV_FIRST.replace(";55003;", ";55004;");
    const clients = await zipOf({ "EXTF_03.csv": datev(), "EXTF_04.csv": datev(APRIL_LINES, otherClient) });
    await expect(svc.importLedger("two.zip", clients)).rejects.toThrow(
      '"EXTF_03.csv" and "EXTF_04.csv" are batches of different books: their client number (Mandantennummer) is 55003 and 55004; nothing was imported.',
    );
    const fec = "JournalCode|EcritureDate|CompteNum|Debit|Credit\nBQ|20260303|512000|4250,00|0,00\n";
    await expect(
      svc.importLedger("mixed.zip", await zipOf({ "EXTF_03.csv": datev(), "FEC.txt": fec })),
    ).rejects.toThrow(
      '"mixed.zip" holds 2 booking files (EXTF_03.csv, FEC.txt); which is the book is yours to say: take it out of the archive; nothing was imported.',
    );
    const masterData = await zipOf({
      "EXTF_Debitoren.csv": DATEV_PARTIES,
      "EXTF_Kreditoren.csv": DATEV_PARTIES,
    });
    await expect(svc.importLedger("stamm.zip", masterData)).rejects.toThrow(
      "holds no booking batch, only DATEV master data (EXTF_Debitoren.csv, EXTF_Kreditoren.csv)",
    );
    expect(wb.sheets.map((sh) => sh.name)).toEqual(["Bank"]);
  });

  it("refuses a file that is no ledger export, and one without booking lines, writing nothing", async () => {
    const wb = bankBook();
    const svc = createReconciliationService(createMemoryWorkbook(wb));
    await expect(
      svc.importLedger("bank.csv", new Uint8Array(Buffer.from("Date;Amount\n2026-03-01;5\n"))),
    ).rejects.toThrow(
      new StatementImportError(
        '"bank.csv" is neither a DATEV export (its first line starting EXTF or DTVF) nor a French FEC file; nothing was imported.',
      ),
    );
    await expect(svc.importLedger("empty.csv", datev([]))).rejects.toThrow("holds no booking lines");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Bank"]);
  });
});
