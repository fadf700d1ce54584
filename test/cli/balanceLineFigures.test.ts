/**
 * `bo reconcile` over bank files whose own lines state a balance: the figure is taken exactly as written
 * or not at all. A figure with more decimals than the currency has is never rounded into a balance; a
 * decimal comma with no thousands separator on a sheet beside an Excel table is read; a percentage in
 * such a line's cell is no balance.
 */
import * as fs from "fs";
import * as path from "path";
import type { Cell } from "../../src/core/cell";
import { bo, tempDir, writeXlsx } from "../support/cliRun";

interface Balances {
  source: string;
  opening?: number;
  closing?: number;
  detail: string;
}
interface Out {
  data: { setup: { right: { balances: Balances } } };
}

async function reconcile(left: string, right: string): Promise<Out> {
  const r = await bo("reconcile", left, right, "--json");
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as Out;
}

const BOOK = ["Date,Description,Amount", "2026-03-02,Rent,-1200.00", "2026-03-05,Sale,500.50", ""].join("\n");

const RECORDS = [
  "Date,Description,Amount",
  "03/31/2026,Stadtwerke,-1234.56",
  "03/15/2026,Mueller,12027.13",
  "03/02/2026,Rent,-950.00",
];

describe("bo reconcile: a balance line's figure, exactly or not at all", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const book = path.join(dir, "book.csv");
  fs.writeFileSync(book, BOOK);

  it.each([["1.234"], ["20.792"], ["19842.575"]])(
    'a CSV with decimal points: "Closing balance:" %s is not rounded into a balance',
    async (figure) => {
      const file = path.join(dir, "pl3.csv");
      fs.writeFileSync(file, [`Closing balance:,"${figure}",`, "", ...RECORDS, ""].join("\n"));
      const out = await reconcile(book, file);
      expect(out.data.setup.right.balances.closing).toBeUndefined();
      expect(out.data.setup.right.balances.source).toBe("none");
    },
  );

  it("a CSV with decimal commas: the point in its balance line separates thousands", async () => {
    const file = path.join(dir, "comma.csv");
    const records = [
      "Datum;Text;Betrag",
      "31.03.2026;Stadtwerke;-1234,56",
      "15.03.2026;Mueller;12027,13",
      "02.03.2026;Miete;-950,00",
    ];
    fs.writeFileSync(file, ["Neuer Kontostand:;1.234;", "", ...records, ""].join("\n"));
    const out = await reconcile(book, file);
    expect(out.data.setup.right.balances).toMatchObject({ source: "stated", closing: 1234 });
  });

  /** A workbook with `above` at the top of the sheet and a table of the bank's records below it. */
  async function workbook(name: string, above: Cell[][], format?: string): Promise<string> {
    const rows: Cell[][] = [
      ["Date", "Description", "Amount"],
      ["2026-03-31", "Stadtwerke", -1234.56],
      ["2026-03-15", "Mueller", 12027.13],
      ["2026-03-02", "Rent", -950],
    ];
    const file = await writeXlsx(dir, name, (wb) => {
      wb.addSheet("Bank");
      wb.putRows("Bank", 1, 0, above);
      wb.putRows("Bank", above.length + 1, 0, rows);
      wb.addTable(
        wb.mustSheet("Bank"),
        { row: above.length + 1, col: 0, rows: rows.length, cols: 3 },
        "Bank",
      );
      if (format !== undefined)
        wb.mustSheet("Bank").edit(1, 1, (c) => {
          c.format = format;
        });
    });
    return `${file}#Bank`;
  }

  it.each([
    ["19842,57", 19842.57],
    ["0,5", 0.5],
    ["19.842,57", 19842.57],
  ])('a sheet\'s "Closing balance" line with %s as text reads %d', async (text, closing) => {
    const file = await workbook(`text-${closing}.xlsx`, [["Closing balance", text], []]);
    const out = await reconcile(book, file);
    expect(out.data.setup.right.balances).toMatchObject({ source: "stated", closing });
  });

  it('a sheet\'s "Closing balance" line holding a percentage states no balance', async () => {
    const file = await workbook("percent.xlsx", [["Closing balance", 0.05], []], "0%");
    const out = await reconcile(book, file);
    expect(out.data.setup.right.balances.source).toBe("none");
    expect(out.data.setup.right.balances.closing).toBeUndefined();
  });

  it('a sheet\'s "Closing balance" line holding a number in a money format states it', async () => {
    const file = await workbook("number.xlsx", [["Closing balance", 9842.57], []], "#,##0.00");
    const out = await reconcile(book, file);
    expect(out.data.setup.right.balances).toMatchObject({ source: "stated", closing: 9842.57 });
  });
});
