/**
 * `bo reconcile ledger.csv revolut-failed-booked.csv`: Revolut marks the Amazon card payment FAILED, but its
 * running balance moved by it (23,501.21 to 23,455.22) and the next row goes on from there, so it is read
 * as a booking and matches the ledger's AMZ-7781, with a warning saying so. The reverted payment with no
 * balance and the failed rent transfer the balance did not move stay void, and the statement adds up to
 * the bank's closing balance.
 */
import * as path from "path";
import { bo } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");

interface Out {
  ok: boolean;
  summary: { confirmed: number; suggested: number; unmatchedLeft: number; unmatchedRight: number };
  issues: { code: string; severity: string; message: string; row?: number; column?: string }[];
  data: { matches: { status: string; leftRows: number[]; rightRows: number[] }[] };
}

describe("bo reconcile: a Revolut row marked FAILED that its running balance shows booked", () => {
  it("is read as a booking and matched, with a warning; the rows the balance did not move stay void", async () => {
    const r = await bo(
      "reconcile",
      path.join(DIR, "ledger.csv"),
      path.join(DIR, "revolut-failed-booked.csv"),
      "--json",
    );
    const out = JSON.parse(r.stdout) as Out;
    expect(out.summary).toMatchObject({ confirmed: 10, suggested: 0, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.data.matches).toContainEqual(
      expect.objectContaining({ status: "confirmed", leftRows: [7], rightRows: [7] }),
    );
    expect(out.issues.filter((i) => i.code === "recon_void_booked")).toEqual([
      expect.objectContaining({ severity: "warning", row: 7, column: "State" }),
    ]);
    expect(out.issues.find((i) => i.code === "recon_void_booked")?.message).toContain(
      "The row is marked FAILED, but its running balance shows it was booked (23,455.22 EUR after 23,501.21 EUR): it is read as a booking.",
    );
    expect(out.issues.filter((i) => i.code === "recon_row_void")).toEqual([
      expect.objectContaining({ severity: "info", row: 8 }),
      expect.objectContaining({ severity: "info", row: 11 }),
    ]);
    // With the booked row counted, the rows lead from the opening balance to the bank's closing one.
    expect(out.issues.map((i) => i.code)).not.toContain("recon_closing_disagrees");
    expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(out.ok).toBe(true);
    expect(r.code).toBe(0);
  });
});
