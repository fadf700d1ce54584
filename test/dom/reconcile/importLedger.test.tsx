/**
 * Importing a ledger export (DATEV) in the Reconcile panel, as a user meets it in jsdom: with only the
 * bank's table in the workbook, the file becomes the book table with its dates' year, is proposed as the
 * book side with the bank account's lines, and the import can be undone.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import JSZip from "jszip";
import { dayFromIso, dayToSerial } from "../../../src/core/dates";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { giveFilesArrayBuffer } from "../../support/fileArrayBuffer";
import { renderPanel } from "./harness";

beforeAll(giveFilesArrayBuffer);

const BATCH = [
  '"EXTF";700;21;"Buchungsstapel";13;20260402101500123;;"RE";"";"";29098;55003;20260101;4;20260301;20260331;"Maerz";"";1;0;0;"EUR"',
  '"Umsatz (ohne Soll/Haben-Kz)";"Soll/Haben-Kennzeichen";"Konto";"Gegenkonto (ohne BU-Schlüssel)";"Belegdatum";"Belegfeld 1";"Buchungstext"',
  '4250,00;"S";1200;10041;0303;"INV1041";"Harbour Foods"',
  '990,00;"S";10042;8400;1003;"RE-1042";"Rechnung"',
  '15,00;"S";4970;1200;3103;;"Kontoführung"',
  "",
].join("\r\n");

/** April's batch of the same books: its period in the first line, Northwind's payment. */
const APRIL = (() => {
  const [first, columns] = BATCH.split("\r\n") as [string, string];
  return [
    first.replace("20260301;20260331", "20260401;20260430").replace("Maerz", "April"),
    columns,
    '1243,00;"S";1200;10043;0204;"INV-1043";"Northwind"',
    "",
  ].join("\r\n");
})();

function bankOnly(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const serial = (iso: string) => dayToSerial(dayFromIso(iso) as number, 1900);
  const rows = [
    ["Buchungstag", "Verwendungszweck", "Betrag"],
    [serial("2026-03-03"), "GUTSCHRIFT INV1041 HARBOUR FOODS", 4250],
    [serial("2026-03-31"), "ENTGELT", -15],
  ];
  wb.putRows("Bank", 1, 0, rows);
  wb.addTable(wb.mustSheet("Bank"), { row: 1, col: 0, rows: rows.length, cols: 3 }, "Bank");
  return wb;
}

async function choose(...files: File[]): Promise<void> {
  const input = screen.getByTestId("ledger-file") as HTMLInputElement;
  expect(input.getAttribute("accept")).toBe(".csv,.txt,.zip");
  expect(input.multiple).toBe(true);
  await act(async () => fireEvent.change(input, { target: { files } }));
}

describe("Reconcile panel: Import a ledger file", () => {
  it("imports a DATEV batch beside the bank's table, proposes it as the book side with the bank account, and undoes it", async () => {
    const wb = bankOnly();
    renderPanel(createMemoryWorkbook(wb));
    await screen.findByText("Two tables are needed");
    await choose(new File([new Uint8Array(Buffer.from(BATCH, "latin1"))], "EXTF_Buchungsstapel.csv"));

    const result = await screen.findByTestId("ledger-import-result", {}, { timeout: 5000 });
    expect(result.textContent).toContain(
      "DATEV booking batch: 3 booking lines, on sheet EXTF_Buchungsstapel (table EXTF_Buchungsstapel).",
    );
    const left = await screen.findByTestId("side-left", {}, { timeout: 5000 });
    expect(left.textContent).toContain("EXTF_Buchungsstapel");
    expect((screen.getByTestId("reconcile-left") as HTMLButtonElement).textContent).toBe(
      "EXTF_Buchungsstapel · 3 rows",
    );
    expect((screen.getByTestId("reconcile-right") as HTMLButtonElement).textContent).toBe("Bank · 2 rows");
    // The bank account 1200, on the bank's lines whichever side it was booked on, is the rows to use.
    await waitFor(() => expect(left.textContent).toContain("1200"));
    const sheet = wb.mustSheet("EXTF_Buchungsstapel");
    expect(sheet.get(5, 4)?.value).toBe(dayToSerial(dayFromIso("2026-03-10") as number, 1900));

    const undo = screen.getAllByRole("button", { name: "Undo import" });
    expect(undo).toHaveLength(1);
    await act(async () => fireEvent.click(undo[0] as HTMLElement));
    await screen.findByText("Two tables are needed", {}, { timeout: 5000 });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Bank"]);
  });

  it("takes the booking batch out of the ZIP a bookkeeping program delivers, and says so", async () => {
    const wb = bankOnly();
    renderPanel(createMemoryWorkbook(wb));
    await screen.findByText("Two tables are needed");
    const zip = new JSZip();
    zip.file("EXTF_Buchungsstapel.csv", new Uint8Array(Buffer.from(BATCH, "latin1")));
    zip.file("Belege/RE-1042.pdf", "%PDF-1.4");
    await choose(
      new File([new Uint8Array(await zip.generateAsync({ type: "uint8array" }))], "DATEV_Export.zip"),
    );
    const result = await screen.findByTestId("ledger-import-result", {}, { timeout: 5000 });
    expect(result.textContent).toContain(
      "DATEV booking batch: 3 booking lines from EXTF_Buchungsstapel.csv (1 other file in the archive not read), on sheet DATEV_Export (table DATEV_Export).",
    );
    const left = await screen.findByTestId("reconcile-left", {}, { timeout: 5000 });
    await waitFor(() => expect(left.textContent).toBe("DATEV_Export · 3 rows"));
  });

  it("joins a delivery's booking batches, a month each, and names them in period order", async () => {
    const wb = bankOnly();
    renderPanel(createMemoryWorkbook(wb));
    await screen.findByText("Two tables are needed");
    const zip = new JSZip();
    zip.file("EXTF_April.csv", new Uint8Array(Buffer.from(APRIL, "latin1")));
    zip.file("EXTF_Maerz.csv", new Uint8Array(Buffer.from(BATCH, "latin1")));
    await choose(new File([new Uint8Array(await zip.generateAsync({ type: "uint8array" }))], "DATEV_Q1.zip"));
    const result = await screen.findByTestId("ledger-import-result", {}, { timeout: 5000 });
    expect(result.textContent).toContain(
      "DATEV booking batch: 4 booking lines from 2 booking batches joined, in period order (EXTF_Maerz.csv, EXTF_April.csv), on sheet DATEV_Q1 (table DATEV_Q1).",
    );
  });

  it("joins booking batches chosen together, a month each, and undoes them as one import", async () => {
    const wb = bankOnly();
    renderPanel(createMemoryWorkbook(wb));
    await screen.findByText("Two tables are needed");
    const file = (text: string, name: string) =>
      new File([new Uint8Array(Buffer.from(text, "latin1"))], name);
    await choose(file(APRIL, "EXTF_2026_04.csv"), file(BATCH, "EXTF_2026_03.csv"));
    const result = await screen.findByTestId("ledger-import-result", {}, { timeout: 5000 });
    expect(result.textContent).toContain(
      "DATEV booking batch: 4 booking lines from 2 booking batches joined, in period order (EXTF_2026_03.csv, EXTF_2026_04.csv), on sheet EXTF_2026_03 +1 (table EXTF_2026_03_1).",
    );
    const undo = screen.getAllByRole("button", { name: "Undo import" });
    await act(async () => fireEvent.click(undo[0] as HTMLElement));
    await screen.findByText("Two tables are needed", {}, { timeout: 5000 });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Bank"]);
  });

  it("says why a file that is no ledger export cannot be imported, and writes nothing", async () => {
    const wb = bankOnly();
    renderPanel(createMemoryWorkbook(wb));
    await screen.findByText("Two tables are needed");
    await choose(new File(["Date;Amount\n2026-03-01;5\n"], "notes.csv"));
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        '"notes.csv" is neither a DATEV export (its first line starting EXTF or DTVF) nor a French FEC file; nothing was imported.',
      ),
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(["Bank"]);
    expect(screen.queryByTestId("ledger-import-result")).toBeNull();
  });
});
