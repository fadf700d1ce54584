/**
 * `bo reconcile` on bank exports whose headers say how to read the amounts: a "D/C" column beside an
 * unsigned amount says which way each goes, and a lowercase word in brackets after "Amount" names no
 * currency ("Amount (all)" is not in Albanian lek), while an upper-case code there does ("Amount (TRY)").
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

interface Out {
  readonly summary: { confirmed: number; unmatchedLeft: number; unmatchedRight: number; errors: number };
  readonly data: { readonly setup: { readonly currency: string } };
}

async function reconcile(left: string, right: string): Promise<Out> {
  const r = await bo("reconcile", left, right, "--json");
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as Out;
}

describe("bo reconcile: what the amount's headers say", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const book = path.join(dir, "book.csv");
  fs.writeFileSync(
    book,
    ["Date,Description,Amount", "2026-03-02,Rent,-1200.00", "2026-03-05,Sale,500.50", ""].join("\n"),
  );

  it.each([["D/C"], ["DC"], ["C/D"]])(
    'a "%s" column: a DR is money out and a CR money in',
    async (header) => {
      const bank = path.join(dir, "dc.csv");
      fs.writeFileSync(
        bank,
        [
          `Date,Narrative,Ref,Amount,${header}`,
          '2026-03-02,SUPPLIER XYZ,000123,"1,200.00",DR',
          "2026-03-05,CUSTOMER ABC,000456,500.50,CR",
          "",
        ].join("\n"),
      );
      const out = await reconcile(book, bank);
      expect(out.summary).toMatchObject({ confirmed: 2, unmatchedLeft: 0, unmatchedRight: 0, errors: 0 });
    },
  );

  it.each([
    ["Amount (all)", ""],
    ["Amount (try)", ""],
    ["Amount (TRY)", "TRY"],
  ])('"%s" names the currency "%s"', async (header, currency) => {
    const bank = path.join(dir, "named.csv");
    fs.writeFileSync(
      bank,
      [`Date,Description,${header}`, "2026-03-02,RENT,-1200.00", "2026-03-05,SALE,500.50", ""].join("\n"),
    );
    const out = await reconcile(book, bank);
    expect(out.data.setup.currency).toBe(currency);
  });
});
