/**
 * `bo reconcile` names the rows a Balance column's balances come from top to bottom, whichever way the
 * file runs: Chase lists its newest line first, so its opening balance stands on its last row.
 */
import * as path from "path";
import { bo } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");

interface Out {
  data: {
    setup: { right: { balances: { source: string; opening?: number; closing?: number; detail: string } } };
  };
}

describe("bo reconcile: the rows of a running balance", () => {
  it("a newest-first export: rows 2–11, not 11–2", async () => {
    const r = await bo("reconcile", path.join(DIR, "ledger.csv"), path.join(DIR, "chase.csv"), "--json");
    const out = JSON.parse(r.stdout) as Out;
    expect(out.data.setup.right.balances).toEqual({
      source: "column",
      opening: 10000,
      closing: 20792.57,
      detail: "from the Balance column, rows 2–11",
    });
  });
});
