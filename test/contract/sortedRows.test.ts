/**
 * Hazard 13, rows that moved: a table sorted (or its key cells edited) between the read and the write keeps
 * its row numbers, so only the values read can tell. Result columns are then refused, nothing written.
 */
import { BACKENDS } from "./backends";
import { LEDGER } from "./scenarios";

describe.each(BACKENDS)("$name: result columns after the rows moved", ({ make }) => {
  it("writes when the checked columns still hold what was read (error cells and blanks included)", async () => {
    const b = make(LEDGER);
    const t = await b.port.readTable({ table: "Entries" });
    const receipt = await b.port.writeResultColumns({
      key: "recon",
      table: { table: "Entries" },
      rows: [...t.rows],
      columns: [{ header: "BO Status", values: t.rows.map(() => "matched") }],
      unchanged: [0, 1, 2, 3].map((column) => ({ column, values: t.columns[column] ?? [] })),
    });
    expect(receipt.cellsWritten).toBe(t.rows.length);
  });

  it("refuses, naming the first cell that changed, when the table was sorted since the read", async () => {
    const b = make(LEDGER);
    const t = await b.port.readTable({ table: "Entries" });
    // The user sorts by account descending: rows 2 and 5 trade places (dates and accounts alike).
    b.user.setCell("Ledger", "A2", 46026);
    b.user.setCell("Ledger", "B2", "4000");
    b.user.setCell("Ledger", "A5", 46023);
    b.user.setCell("Ledger", "B5", "1000");
    const sorted = b.dump();
    const e = await b.port
      .writeResultColumns({
        key: "recon",
        table: { table: "Entries" },
        rows: [...t.rows],
        columns: [{ header: "BO Status", values: t.rows.map(() => "matched") }],
        unchanged: [{ column: 1, values: t.columns[1] ?? [] }],
      })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({
      code: "data_changed",
      details: { outcome: "nothing_written", table: "Entries" },
    });
    expect((e as Error).message).toContain("cell B2 no longer holds what was read");
    expect(b.dump()).toEqual(sorted);
  });

  it("checks a plain range the same way", async () => {
    const b = make(LEDGER);
    const ref = { sheet: "Other", address: "A1:B2" };
    const t = await b.port.readTable(ref);
    b.user.setCell("Other", "A2", "b");
    await expect(
      b.port.writeResultColumns({
        key: "r",
        table: ref,
        rows: [...t.rows],
        columns: [{ header: "BO", values: [1] }],
        unchanged: [{ column: 0, values: t.columns[0] ?? [] }],
      }),
    ).rejects.toMatchObject({ code: "data_changed" });
  });
});
