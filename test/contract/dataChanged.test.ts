/**
 * Hazard 13: the user edits, inserts rows, renames or deletes things between the read and the write, or
 * between the syncs of a write. The change is detected ("data changed") and never written over.
 */
import { isWorkbookError } from "../../src/workbook/errors";
import { BACKENDS, officeBackend } from "./backends";
import { LEDGER } from "./scenarios";

const plan = (rows: number[]) => ({
  key: "recon",
  table: { table: "Entries" } as const,
  rows,
  columns: [{ header: "BO Status", values: rows.map((r) => `status of row ${r}`) }],
});

describe.each(BACKENDS)("$name: changes between read and write", ({ make }) => {
  it("refuses result columns after rows were inserted into the table", async () => {
    const b = make(LEDGER);
    const t = await b.port.readTable({ table: "Entries" });
    b.user.insertRows("Ledger", 3, 2);
    const after = b.dump();
    const e = await b.port.writeResultColumns(plan([...t.rows])).catch((x: unknown) => x);
    expect(e).toMatchObject({
      code: "data_changed",
      details: { outcome: "nothing_written", table: "Entries" },
    });
    expect((e as Error).message).toMatch(/Rows were inserted, deleted or moved/);
    expect(b.dump()).toEqual(after);
  });

  it("tells a range whose sheet was renamed after the read from one that never existed", async () => {
    const b = make(LEDGER);
    await b.port.readTable({ sheet: "Other", address: "A1:B2" });
    b.user.renameSheet("Other", "Renamed");
    const ref = { sheet: "Other", address: "A1:B2" };
    await expect(
      b.port.writeResultColumns({
        key: "r",
        table: ref,
        rows: [2],
        columns: [{ header: "BO", values: [1] }],
      }),
    ).rejects.toMatchObject({
      code: "data_changed",
    });
    const never = { sheet: "Nowhere", address: "A1:B2" };
    await expect(
      b.port.writeResultColumns({
        key: "r",
        table: never,
        rows: [2],
        columns: [{ header: "BO", values: [1] }],
      }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("refuses a revert that would overwrite the user's edits to the output", async () => {
    const b = make(LEDGER);
    await b.port.writeSheet({
      key: "k",
      sheetName: "Out",
      tables: [{ name: "T", headers: ["a"], rows: [["x"]] }],
    });
    b.user.setCell("Out", "A2", "edited by the user");
    const edited = b.dump();
    await expect(b.port.revertLast()).rejects.toMatchObject({
      code: "data_changed",
      details: { outcome: "nothing_written" },
    });
    expect(b.dump()).toEqual(edited);
  });
});

describe("office: changes between the syncs of a write", () => {
  it("never misplaces result columns when rows are inserted at any point of the write", async () => {
    const clean = officeBackend(LEDGER);
    const t = await clean.port.readTable({ table: "Entries" });
    clean.sim!.resetStats();
    await clean.port.writeResultColumns(plan([...t.rows]));
    const syncs = clean.sim!.stats.syncs;
    let refused = 0;
    for (let i = 0; i < syncs; i++) {
      const b = officeBackend(LEDGER);
      await b.port.readTable({ table: "Entries" });
      b.sim!.resetStats();
      b.sim!.faults.beforeSync(i, ({ model }) => model.insertRows("Ledger", 3, 1));
      const e = await b.port.writeResultColumns(plan([...t.rows])).then(
        () => undefined,
        (x: unknown) => x,
      );
      const after = await b.port.readTable({ table: "Entries" });
      expect(after.rows.length).toBe(5);
      if (e === undefined) {
        // Written: every status sits beside the record it describes (the inserted row has none).
        const accounts = after.columns[1] as unknown[];
        const status = after.columns[4] as unknown[];
        const original = new Map([
          ["1000", 2],
          ["2000", 3],
          ["3000", 4],
          ["4000", 5],
        ]);
        accounts.forEach((acc, k) => {
          const was = original.get(String(acc));
          expect(status[k]).toBe(was === undefined ? null : `status of row ${was}`);
        });
      } else {
        refused++;
        expect(isWorkbookError(e) && e.code).toMatch(/data_changed|host_error/);
        expect(isWorkbookError(e) && ["nothing_written", "restored"].includes(e.details.outcome)).toBe(true);
        expect(after.headers).toEqual(["Date", "Account", "Amount", "Memo"]);
      }
    }
    // Every insertion during the write was caught: before the write, by the rows check; after it, by verification.
    expect(refused).toBe(syncs);
  });

  it("reports the sheet when the output sheet is renamed in the middle of a replace", async () => {
    const out = (tag: string) => ({
      key: "k",
      sheetName: "Out",
      tables: [{ name: "T", headers: ["a"], rows: [[tag], [tag]] }],
    });
    const clean = officeBackend(LEDGER);
    await clean.port.writeSheet(out("old"));
    clean.sim!.resetStats();
    await clean.port.writeSheet(out("new"));
    const syncs = clean.sim!.stats.syncs;
    for (let i = 0; i < syncs; i++) {
      const b = officeBackend(LEDGER);
      await b.port.writeSheet(out("old"));
      b.sim!.resetStats();
      b.sim!.faults.beforeSync(i, ({ model }) => model.renameSheet(model.mustSheet("Out"), "Mine"));
      const e = await b.port.writeSheet(out("new")).then(
        () => undefined,
        (x: unknown) => x,
      );
      const d = b.dump();
      const names = d.sheets.map((s) => s.name);
      expect(names).toContain("Mine");
      if (e === undefined) {
        // Renamed before the add-in looked: the renamed sheet is the user's now; a new output is written.
        expect(JSON.parse(d.sheets.find((s) => s.name === "Mine")?.cells.A2 ?? "{}").v).toBe("old");
        expect(JSON.parse(d.sheets.find((s) => s.name === "Out")?.cells.A2 ?? "{}").v).toBe("new");
      } else {
        expect(names).not.toContain("Out");
        expect(isWorkbookError(e)).toBe(true);
        expect((e as Error).message).toMatch(/'Out'|Out/);
        expect(
          isWorkbookError(e) &&
            ["nothing_written", "restored", "restore_incomplete"].includes(e.details.outcome),
        ).toBe(true);
      }
    }
  });
});
