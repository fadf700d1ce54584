/**
 * `bo reconcile ledger.csv BANKFILE` over exports that state their balances in lines of their own above the
 * headers or below the records (comdirect's "Alter Kontostand" / "Neuer Kontostand", UBS's "Opening
 * balance:"): the statement opens and closes at the figures they state where nothing is typed and no Balance
 * column gives them, and says so where the balance taken differs. A balance typed alone keeps the other one
 * the Balance column gives, and a Balance column a rules file names gives the balances as a detected one does.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");
const LEDGER = path.join(DIR, "ledger.csv");

interface Out {
  summary: { confirmed: number; unexplained: number; errors: number };
  issues: { code: string; severity: string; message: string; row?: number }[];
  data: {
    setup: { right: { balances: { source: string; opening?: number; closing?: number; detail: string } } };
  };
}

async function reconcile(left: string, right: string, ...flags: string[]): Promise<Out> {
  const r = await bo("reconcile", left, right, "--json", ...flags);
  return JSON.parse(r.stdout) as Out;
}

const codes = (out: Out) => out.issues.map((i) => i.code);
const UNEXPLAINED = ["recon_opening_missing", "recon_unexplained_difference", "recon_unexplained_closing"];

describe("bo reconcile: balances stated in the bank file's own lines", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** ubs.csv with its lines changed by `edit` (each split at ";"), written to the temporary folder. */
  function ubsWith(name: string, edit: (cells: string[], i: number) => string[]): string {
    const text = fs.readFileSync(path.join(DIR, "ubs.csv"), "utf8");
    const file = path.join(dir, name);
    const lines = text.split("\r\n").map((l, i) => (l === "" ? l : edit(l.split(";"), i).join(";")));
    fs.writeFileSync(file, lines.join("\r\n"));
    return file;
  }

  it('comdirect: opens at its "Alter Kontostand" and closes at its "Neuer Kontostand"', async () => {
    const out = await reconcile(LEDGER, path.join(DIR, "comdirect-offen.csv"));
    expect(out.summary).toMatchObject({ confirmed: 10, unexplained: 10000, errors: 0 });
    expect(out.data.setup.right.balances).toEqual({
      source: "stated",
      opening: 10000,
      closing: 20792.57,
      detail: `from the file's "Alter Kontostand" line (row 18) and the file's "Neuer Kontostand" line (row 3)`,
    });
    // The ledger gives no opening balance: what stays unexplained is exactly the bank's, and said so.
    expect(out.issues.filter((i) => i.code === "recon_opening_missing")).toEqual([
      expect.objectContaining({ severity: "warning" }),
    ]);
  });

  it("comdirect with the ledger's opening typed: nothing unexplained", async () => {
    const out = await reconcile(LEDGER, path.join(DIR, "comdirect-offen.csv"), "--left-opening", "10000");
    expect(out.summary).toMatchObject({ confirmed: 10, unexplained: 0, errors: 0 });
    expect(codes(out).filter((c) => UNEXPLAINED.includes(c))).toEqual([]);
  });

  it("UBS: its Balance column gives the balances its preamble states, so nothing more is said", async () => {
    const out = await reconcile(LEDGER, path.join(DIR, "ubs.csv"));
    expect(out.data.setup.right.balances).toMatchObject({
      source: "column",
      opening: 10000,
      closing: 20792.57,
    });
    expect(out.summary.unexplained).toBe(10000);
    expect(codes(out)).toContain("recon_opening_missing");
    expect(codes(out)).not.toContain("recon_file_balance_differs");
    const typed = await reconcile(LEDGER, path.join(DIR, "ubs.csv"), "--left-opening", "10000");
    expect(typed.summary).toMatchObject({ unexplained: 0, errors: 0 });
  });

  it('UBS without its Balance column: the preamble\'s "Opening balance:" and "Closing balance:"', async () => {
    const file = ubsWith("ubs-no-balance.csv", (cells, i) =>
      i >= 9 ? cells.filter((_, k) => k !== 8) : cells,
    );
    const out = await reconcile(LEDGER, file);
    expect(out.data.setup.right.balances).toEqual({
      source: "stated",
      opening: 10000,
      closing: 20792.57,
      detail: `from the file's "Opening balance:" line (row 5) and the file's "Closing balance:" line (row 6)`,
    });
    expect(out.summary).toMatchObject({ confirmed: 10, unexplained: 10000 });
    expect(codes(out)).toContain("recon_opening_missing");
    const typed = await reconcile(LEDGER, file, "--left-opening", "10000");
    expect(typed.summary).toMatchObject({ unexplained: 0, errors: 0 });
  });

  it("UBS whose preamble states another closing balance than its Balance column: a warning at that line", async () => {
    const file = ubsWith("ubs-other.csv", (cells) =>
      cells[0] === "Closing balance:" ? [cells[0], "20800.00", ""] : cells,
    );
    const out = await reconcile(LEDGER, file);
    expect(out.data.setup.right.balances).toMatchObject({ source: "column", closing: 20792.57 });
    expect(out.issues.filter((i) => i.code === "recon_file_balance_differs")).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: 6,
        message:
          `'ubs-other'!ubs_other row 6: The file's "Closing balance:" line states the closing balance as 20,800.00 CHF, ` +
          `but the running balances in Balance make it 20,792.57 CHF: the statement takes 20,792.57 CHF. ` +
          `Check which is right; a row may be missing or mistyped.`,
      }),
    ]);
  });

  it.each([
    [
      "volksbank-classic.csv",
      10000,
      20792.57,
      `from the file's "Anfangssaldo" line (row 23) and the file's "Endsaldo" line (row 24)`,
    ],
    ["deutschebank.csv", undefined, 20792.57, `from the file's "Neuer Kontostand" line (row 2)`],
    ["postbank-2023.csv", undefined, 20792.57, `from the file's "Letzter Kontostand" line (row 6)`],
  ])("%s: the balances its own lines state", async (file, opening, closing, detail) => {
    const out = await reconcile(LEDGER, path.join(DIR, file));
    expect(out.data.setup.right.balances).toEqual({
      source: "stated",
      ...(opening === undefined ? {} : { opening }),
      closing,
      detail,
    });
    expect(out.summary).toMatchObject({ confirmed: 10, errors: 0 });
  });

  it("a closing balance typed alone keeps the opening the Balance column gives", async () => {
    const out = await reconcile(LEDGER, path.join(DIR, "starling.csv"), "--right-closing", "20800");
    expect(out.data.setup.right.balances).toEqual({
      source: "typed",
      opening: 10000,
      closing: 20800,
      detail: "opening from the Balance (GBP) column, rows 3–12; closing as typed",
    });
    // Opening and closing both known: the typed closing its rows do not reach is said.
    expect(out.issues.filter((i) => i.code === "recon_closing_disagrees")).toEqual([
      expect.objectContaining({ severity: "warning" }),
    ]);
  });

  it("a closing balance typed alone keeps the opening the file's line states, and says the line differs", async () => {
    const out = await reconcile(LEDGER, path.join(DIR, "comdirect-offen.csv"), "--right-closing", "20800");
    expect(out.data.setup.right.balances).toEqual({
      source: "typed",
      opening: 10000,
      closing: 20800,
      detail: `opening from the file's "Alter Kontostand" line (row 18); closing as typed`,
    });
    expect(out.issues.filter((i) => i.code === "recon_file_balance_differs")).toEqual([
      expect.objectContaining({
        row: 3,
        message:
          `'comdirect-offen'!comdirect_offen row 3: The file's "Neuer Kontostand" line states the closing balance as ` +
          `20,792.57 EUR, but 20,800.00 EUR was typed: the statement takes the typed 20,800.00 EUR. Check which is right.`,
      }),
    ]);
    expect(codes(out)).toContain("recon_closing_disagrees");
  });

  it("a Balance column named only in the rules file gives the balances", async () => {
    const bank = path.join(dir, "stand.csv");
    fs.writeFileSync(
      bank,
      [
        "Date,Description,Amount,Stand",
        "2026-03-02,Zahlung Rechnung INV-1041,4250.00,14250.00",
        "2026-03-03,Miete RENT-03,-1850.00,12400.00",
        "2026-03-05,Rechnung BILL-552,-1234.56,11165.44",
        "",
      ].join("\r\n"),
    );
    const rules = path.join(dir, "rules.json");
    fs.writeFileSync(rules, JSON.stringify({ right: { columns: { balance: "Stand" } } }));
    const out = await reconcile(LEDGER, bank, "--rules", rules);
    expect(out.data.setup.right.balances).toEqual({
      source: "column",
      opening: 10000,
      closing: 11165.44,
      detail: "from the Stand column, rows 2–4",
    });
  });
});
