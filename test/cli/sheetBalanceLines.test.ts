/**
 * `bo reconcile` over a workbook whose bank export was opened in Excel and its transactions made a table:
 * the bank's own lines stay on the sheet above it ("Alter Kontostand", "Neuer Kontostand") and state the
 * statement's balances, read from the cells as Excel holds them (numbers, or text as the bank wrote it).
 */
import * as fs from "fs";
import * as path from "path";
import type { Cell } from "../../src/core/cell";
import { bo, tempDir, writeXlsx } from "../support/cliRun";

const LEDGER = path.join(__dirname, "..", "fixtures", "bankExports", "ledger.csv");

interface Out {
  summary: { confirmed: number; unexplained: number };
  issues: { code: string; severity: string; message: string; row?: number }[];
  data: {
    setup: { right: { balances: { source: string; opening?: number; closing?: number; detail: string } } };
  };
}

const BOOKINGS: Cell[][] = [
  ["2026-03-02", "MÜLLER GMBH INV-1041", 4250],
  ["2026-03-03", "HAUSVERWALTUNG SCHÄFER RENT-03", -1850],
  ["2026-03-05", "BÜROBEDARF KÖHLER KG BILL-552", -1234.56],
  ["2026-03-10", "NORDWIND HANDELS AG INV-1043", 12345.67],
  ["2026-03-13", "KONTOFÜHRUNGSENTGELT FEE-03", -9.9],
  ["2026-03-16", "AMAZON EU S.A.R.L. AMZ-7781", -45.99],
  ["2026-03-17", "CAFÉ BLAUFLOSSE INV-1044", 615.75],
  ["2026-03-20", "JÜRGEN WEISS PAY-0320", -3200],
  ["2026-03-26", "TELEKOM DEUTSCHLAND TK-REF-9", 20],
  ["2026-03-31", "STADTWERKE MÜNCHEN UT-7781", -98.4],
];

/** A workbook with the bank's lines at the top of the sheet and its bookings as a table below them. */
async function workbook(dir: string, name: string, above: Cell[][], below: Cell[][] = []): Promise<string> {
  return writeXlsx(dir, name, (wb) => {
    wb.addSheet("Umsaetze");
    wb.putRows("Umsaetze", 1, 0, above);
    const header = above.length + 1;
    wb.putRows("Umsaetze", header, 0, [["Buchungstag", "Verwendungszweck", "Betrag"], ...BOOKINGS]);
    wb.addTable(
      wb.mustSheet("Umsaetze"),
      { row: header, col: 0, rows: BOOKINGS.length + 1, cols: 3 },
      "Bank",
    );
    wb.putRows("Umsaetze", header + BOOKINGS.length + 2, 0, below);
  });
}

async function reconcile(file: string, ...flags: string[]): Promise<Out> {
  const r = await bo("reconcile", LEDGER, `${file}#Bank`, "--json", ...flags);
  return JSON.parse(r.stdout) as Out;
}

describe("bo reconcile: balance lines on the sheet beside an Excel table", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("figures Excel holds as numbers: the statement opens and closes at them", async () => {
    const file = await workbook(dir, "numbers.xlsx", [
      ["Umsätze Girokonto", "Zeitraum: 01.03.2026 - 31.03.2026"],
      ["Neuer Kontostand", 20792.57],
      ["Alter Kontostand", 10000],
      [],
    ]);
    const out = await reconcile(file, "--left-opening", "10,000.00");
    expect(out.data.setup.right.balances).toEqual({
      source: "stated",
      opening: 10000,
      closing: 20792.57,
      detail: `from the sheet's "Alter Kontostand" line (row 3) and the sheet's "Neuer Kontostand" line (row 2)`,
    });
    expect(out.summary).toMatchObject({ confirmed: 10, unexplained: 0 });
    expect(out.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("figures kept as the bank's text, with a closing line below the table", async () => {
    const file = await workbook(
      dir,
      "text.xlsx",
      [["Alter Kontostand", "10.000,00 EUR"], []],
      [["Neuer Kontostand", "20.792,57 EUR"]],
    );
    const out = await reconcile(file, "--left-opening", "10,000.00");
    expect(out.data.setup.right.balances).toMatchObject({
      source: "stated",
      opening: 10000,
      closing: 20792.57,
    });
    expect(out.summary.unexplained).toBe(0);
  });

  it("a closing the bookings do not reach is said at the sheet's line", async () => {
    const file = await workbook(dir, "short.xlsx", [
      ["Neuer Kontostand", 20800],
      ["Alter Kontostand", 10000],
    ]);
    const out = await reconcile(file, "--left-opening", "10,000.00", "--right-closing", "20,792.57");
    const differs = out.issues.filter((i) => i.code === "recon_file_balance_differs");
    expect(differs).toEqual([expect.objectContaining({ severity: "warning", row: 1 })]);
    expect(differs[0]?.message).toContain(
      `The sheet's "Neuer Kontostand" line states the closing balance as 20,800.00, but 20,792.57 was typed`,
    );
  });

  it("a title above the table that names no balance figure states none", async () => {
    const file = await workbook(dir, "title.xlsx", [["Kontostand und Umsätze", "März 2026"], []]);
    const out = await reconcile(file);
    expect(out.data.setup.right.balances.source).toBe("none");
  });
});
