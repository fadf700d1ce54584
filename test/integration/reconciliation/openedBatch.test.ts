/**
 * A DATEV booking batch opened in Excel as it is, its table made below the batch's first line, against
 * the bank's table on both workbook ports: Excel turned each Belegdatum into a number (303), and the
 * service gives it the year from the line above the table instead of refusing the dates.
 */
import type { Cell } from "../../../src/core/cell";
import { isoFromDay } from "../../../src/core/dates";
import { createReconciliationService } from "../../../src/services/reconciliation";
import { BACKENDS, type Seed } from "../../contract/backends";
import { BANK_ROWS } from "./fixtures";

/** Row 1 as Excel opens the file: numbers where DATEV wrote digits. */
const FIRST_LINE: Cell[] = [
  ...["EXTF", 700, 21, "Buchungsstapel", 13, 2.02604021015e16, null, "RE", null, null],
  ...[29098, 55003, 20260101, 4, 20260301, 20260331, "März 2026"],
];
const BATCH: Cell[][] = [
  FIRST_LINE,
  [
    "Umsatz (ohne Soll/Haben-Kz)",
    "Soll/Haben-Kennzeichen",
    "Konto",
    "Gegenkonto (ohne BU-Schlüssel)",
    "Belegdatum",
    "Belegfeld 1",
    "Buchungstext",
  ],
  [4250, "S", 1000, 10041, 303, "INV-1041", "Harbour Foods"],
  [1875.4, "H", 1000, 70552, 503, "BILL-552", "Greenline"],
  [1234, "S", 1000, 10043, 603, "INV-1043", "Northwind"],
  [186.9, "H", 1000, 6400, 903, "CHQ-000318", "Office supplies"],
];

const seed = (rows: Cell[][]): Seed => ({
  sheets: [
    { name: "EXTF_Buchungsstapel", rows },
    { name: "Bank", rows: BANK_ROWS },
  ],
  tables: [
    { name: "Buchungen", sheet: "EXTF_Buchungsstapel", address: `A2:G${rows.length}` },
    { name: "Bank", sheet: "Bank", address: "A1:F5" },
  ],
});

describe.each(BACKENDS)("a DATEV batch opened in Excel, on $name", ({ make }) => {
  it("reads its dates with the year its first line names, and reconciles", async () => {
    const svc = createReconciliationService(make(seed(BATCH)).port);
    const p = await svc.proposeSetup({ table: "Buchungen" }, { table: "Bank" }, "bank-ledger");
    expect(p.left.columns).toMatchObject({ date: "Belegdatum" });
    const o = await svc.run(p.setup);
    expect(o.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(o.issues.find((i) => i.code === "datev_dates_from_first_line")).toMatchObject({
      severity: "info",
      sheet: "EXTF_Buchungsstapel",
      column: "Belegdatum",
    });
    // The side's card says it before any run.
    expect(p.left.issues.map((i) => i.code)).toEqual(["datev_dates_from_first_line"]);
    const confirmed = o.result.matches.filter((m) => m.status === "confirmed");
    expect(confirmed.map((m) => m.left.map((i) => o.result.left.rows[i]))).toEqual(
      expect.arrayContaining([[3], [4]]),
    );
    expect(Array.from(o.result.left.day.slice(0, 4), isoFromDay)).toEqual([
      ...["2026-03-03", "2026-03-05", "2026-03-06", "2026-03-09"],
    ]);
  });

  it("refuses the numbers as dates, each at its cell, when no batch line is above the table", async () => {
    const rows = [["Kontoauszug März"], ...BATCH.slice(1)];
    const svc = createReconciliationService(make(seed(rows)).port);
    const p = await svc.proposeSetup({ table: "Buchungen" }, { table: "Bank" }, "bank-ledger");
    const o = await svc.run(p.setup);
    expect(o.issues.filter((i) => i.code === "recon_date_number").map((i) => i.address)).toEqual([
      "E3",
      "E4",
      "E5",
      "E6",
    ]);
  });
});
