/**
 * `bo reconcile ledger.csv BANKFILE` without a rules file over real banks' and payment services' exports
 * of the same ten movements (the ledger's Debit is money in; each bank books them 0 to 2 days later):
 * every movement is confirmed and nothing is left open. The exports cover a Debit column written with
 * minus signs, whole euros written "1.850", an S/H mark under a blank header, a blank Betrag beside Soll
 * and Haben, several date columns, PayPal's Gross and Net, PostFinance's Lastschrift, optional columns
 * several headers could be, and bookings the bank lists as pending.
 */
import * as path from "path";
import { bo } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");
const LEDGER = path.join(DIR, "ledger.csv");

interface Out {
  ok: boolean;
  summary: { confirmed: number; suggested: number; unmatchedLeft: number; unmatchedRight: number };
  issues: { code: string; severity: string; message: string; row?: number }[];
  data: { matches: { status: string; leftRows: number[]; rightRows: number[] }[] };
}

async function reconcile(file: string): Promise<{ code: number; out: Out }> {
  const r = await bo("reconcile", LEDGER, path.join(DIR, file), "--json");
  return { code: r.code, out: JSON.parse(r.stdout) as Out };
}

describe("bo reconcile: bank exports read without a rules file", () => {
  it.each([
    "postfinance-en.csv",
    "ubs.csv",
    "deutschebank.csv",
    "n26.csv",
    "revolut.csv",
    "revolut-business.csv",
    "boursorama.csv",
    "abnamro.xlsx#Sheet0!A1:H11",
    "intesa.csv",
    "paypal-us.csv",
    "paypal-de.csv",
    "postfinance.csv",
    "postfinance-old.csv",
    "wise.csv",
    "postbank-2023.csv",
    "chase.csv",
    "rabobank.csv",
    "comdirect-offen.csv",
    "dkb-classic.csv",
    "sparkasse-vwz.csv",
    "starling.csv",
    "wellsfargo.csv",
  ])("%s: ten confirmed, nothing open, no error", async (file) => {
    const { code, out } = await reconcile(file);
    expect(out.summary).toMatchObject({ confirmed: 10, suggested: 0, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(out.ok).toBe(true);
    expect(code).toBe(0);
  });

  it("Volksbank's classic export: the S/H mark under a blank header signs every amount", async () => {
    // Its opening and closing balance lines below the records are read apart from them elsewhere.
    const { out } = await reconcile("volksbank-classic.csv");
    expect(out.summary).toMatchObject({ confirmed: 10, suggested: 0, unmatchedLeft: 0 });
    expect(out.issues.map((i) => i.code)).toContain("recon_indicator_found");
    expect(out.issues.map((i) => i.code)).not.toContain("recon_sign_flip");
  });

  it("DKB's whole euros: the four bookings of the export are confirmed at 1,850.00 and the like", async () => {
    const { code, out } = await reconcile("dkb-new-round.csv");
    expect(out.summary).toMatchObject({ confirmed: 4, suggested: 0, unmatchedLeft: 6, unmatchedRight: 0 });
    expect(out.issues.map((i) => [i.code, i.severity])).toContainEqual(["recon_thousands_point", "info"]);
    expect(code).toBe(0);
  });

  it("DKB's pending booking is left out, so the ledger's entry for it stays open", async () => {
    const { code, out } = await reconcile("dkb-new-pending.csv");
    expect(out.summary).toMatchObject({ confirmed: 9, suggested: 0, unmatchedLeft: 1, unmatchedRight: 0 });
    expect(out.issues.filter((i) => i.code === "recon_row_pending")).toEqual([
      expect.objectContaining({ severity: "info", row: 7 }),
    ]);
    expect(code).toBe(0);
  });

  it("Revolut's declined and reverted card payments are left out with a note, not matched or left open", async () => {
    const { code, out } = await reconcile("revolut-declined.csv");
    expect(out.summary).toMatchObject({ confirmed: 10, suggested: 0, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.issues.filter((i) => i.code === "recon_row_void")).toEqual([
      expect.objectContaining({ severity: "info", row: 8 }),
      expect.objectContaining({ severity: "info", row: 11 }),
    ]);
    expect(code).toBe(0);
  });

  it("comdirect's pending line is a note, and its other dates read day first", async () => {
    const { out } = await reconcile("comdirect-offen.csv");
    expect(out.issues.filter((i) => i.code === "recon_row_pending")).toEqual([
      expect.objectContaining({ severity: "info", row: 6 }),
    ]);
  });

  it("says an optional column several headers could be as a warning", async () => {
    const { out } = await reconcile("wise.csv");
    expect(out.issues.filter((i) => i.code === "recon_column_ambiguous")).toEqual([
      expect.objectContaining({ severity: "warning" }),
    ]);
  });
});
