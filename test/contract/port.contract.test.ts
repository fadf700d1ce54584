/** The WorkbookPort contract, run against memory/ and office/-over-simulator alike. */
import { cellError } from "../../src/core/cell";
import { isWorkbookError } from "../../src/workbook/errors";
import { BACKENDS, type Seed } from "./backends";

const ledger: Seed = {
  sheets: [
    {
      name: "Ledger",
      rows: [
        ["Date", "Account", "Amount", "Memo"],
        [46023, "1000", 100.5, "=not a formula"],
        [46024, "2000", cellError("#N/A"), "#N/A"],
        [46025, "3000", -25, null],
      ],
    },
  ],
  tables: [{ name: "Entries", sheet: "Ledger", address: "A1:D4" }],
};

describe.each(BACKENDS)("$name port", ({ make }) => {
  it("lists tables with their size and headers", async () => {
    const b = make(ledger);
    const tables = await b.port.listTables();
    expect(tables).toEqual([
      {
        name: "Entries",
        sheet: "Ledger",
        address: "A1:D4",
        rowCount: 3,
        columnCount: 4,
        headers: ["Date", "Account", "Amount", "Memo"],
        isExcelTable: true,
      },
    ]);
  });

  it("reads a table column-wise with Excel rows, telling error cells from typed text", async () => {
    const b = make(ledger);
    const t = await b.port.readTable({ table: "Entries" });
    expect(t.headers).toEqual(["Date", "Account", "Amount", "Memo"]);
    expect(t.rows).toEqual([2, 3, 4]);
    expect(t.headerRow).toBe(1);
    expect(t.firstColumn).toBe(0);
    expect(t.columns[2]).toEqual([100.5, cellError("#N/A"), -25]);
    expect(t.columns[2]?.[1]).toBe(cellError("#N/A"));
    expect(t.columns[3]).toEqual(["=not a formula", "#N/A", null]);
  });

  it("reads a plain range by address", async () => {
    const b = make(ledger);
    const t = await b.port.readTable({ sheet: "Ledger", address: "B1:C3" });
    expect(t.headers).toEqual(["Account", "Amount"]);
    expect(t.rows).toEqual([2, 3]);
    expect(t.firstColumn).toBe(1);
    expect(t.columns[0]).toEqual(["1000", "2000"]);
  });

  it("says which table is missing", async () => {
    const b = make(ledger);
    await expect(b.port.readTable({ table: "Nope" })).rejects.toMatchObject({
      code: "not_found",
      details: { table: "Nope", outcome: "not_a_write" },
    });
  });

  it("writes a sheet whose text reads back as text, never a formula", async () => {
    const b = make(ledger);
    const receipt = await b.port.writeSheet({
      key: "report:1",
      sheetName: "Report",
      title: "=Title",
      tables: [
        {
          name: "Out",
          headers: ["Text", "Number", "Date"],
          rows: [
            ["=1+1", 5, { kind: "number", value: 46023, format: "yyyy-mm-dd" }],
            ["+x", -1, null],
            ["00123", 0, null],
          ],
        },
      ],
    });
    expect(receipt).toMatchObject({ kind: "writeSheet", sheet: "Report", cellsWritten: 13 });
    const t = await b.port.readTable({ table: "Out" });
    expect(t.columns[0]).toEqual(["=1+1", "+x", "00123"]);
    expect(t.columns[1]).toEqual([5, -1, 0]);
    expect(t.columns[2]).toEqual([46023, null, null]);
    expect(t.headerRow).toBe(3);
  });

  it("replaces the output of the same key instead of adding a sheet", async () => {
    const b = make(ledger);
    const out = (n: number) => ({
      key: "k",
      sheetName: "Report",
      tables: [{ name: "Out", headers: ["N"], rows: Array.from({ length: n }, (_, i) => [i]) }],
    });
    await b.port.writeSheet(out(5));
    await b.port.writeSheet(out(2));
    const d = b.dump();
    expect(d.sheets.map((s) => s.name)).toEqual(["Ledger", "Report"]);
    expect(d.tables.map((t) => `${t.name}@${t.sheet}!${t.address}`)).toEqual([
      "Entries@Ledger!A1:D4",
      "Out@Report!A1:A3",
    ]);
    expect(Object.keys(d.sheets[1]?.cells ?? {}).sort()).toEqual(["A1", "A2", "A3"]);
  });

  it("chooses a unique sheet and table name when the preferred ones are taken", async () => {
    const b = make(ledger);
    const r = await b.port.writeSheet({
      key: "x",
      sheetName: "Ledger",
      tables: [{ name: "Entries", headers: ["A"], rows: [[1]] }],
    });
    expect(r.sheet).toBe("Ledger (2)");
    expect(b.dump().tables.map((t) => t.name)).toEqual(["Entries", "Entries_2"]);
  });

  it("adds result columns to a table, replaces them on re-run, and never touches user columns", async () => {
    const b = make(ledger);
    await b.port.readTable({ table: "Entries" });
    const plan = (status: string[]) => ({
      key: "recon",
      table: { table: "Entries" },
      rows: [2, 3, 4],
      columns: [{ header: "BO Status", values: status }],
    });
    await b.port.writeResultColumns(plan(["ok", "=bad", "ok"]));
    await b.port.writeResultColumns(plan(["late", "ok", "ok"]));
    const t = await b.port.readTable({ table: "Entries" });
    expect(t.headers).toEqual(["Date", "Account", "Amount", "Memo", "BO Status"]);
    expect(t.columns[4]).toEqual(["late", "ok", "ok"]);
    expect(t.columns[3]).toEqual(["=not a formula", "#N/A", null]);
  });

  it("lets a key of the same family take over result columns another key wrote, and tells a read which key", async () => {
    const b = make(ledger);
    const plan = (key: string, status: string[], takesOver?: string) => ({
      key,
      table: { table: "Entries" },
      rows: [2, 3, 4],
      columns: [{ header: "BO Status", values: status }],
      ...(takesOver !== undefined ? { takesOver } : {}),
    });
    expect((await b.port.readTable({ table: "Entries" })).notes?.resultColumnsKey).toBeUndefined();
    await b.port.writeResultColumns(plan("recon:March", ["march", "march", "march"]));
    expect((await b.port.readTable({ table: "Entries" })).notes?.resultColumnsKey).toBe("recon:March");
    const afterMarch = b.dump();
    // Without the family, another key's columns are not its own to replace.
    await expect(b.port.writeResultColumns(plan("recon:April", ["a", "a", "a"]))).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      b.port.writeResultColumns(plan("recon:April", ["a", "a", "a"], "other:")),
    ).rejects.toMatchObject({ code: "conflict" });
    await b.port.writeResultColumns(plan("recon:April", ["march", "april", "april"], "recon:"));
    let t = await b.port.readTable({ table: "Entries" });
    expect(t.headers).toEqual(["Date", "Account", "Amount", "Memo", "BO Status"]);
    expect(t.columns[4]).toEqual(["march", "april", "april"]);
    expect(t.notes?.resultColumnsKey).toBe("recon:April");
    // The March key no longer owns them: going back to it takes them over again, in place.
    await b.port.writeResultColumns(plan("recon:March", ["march", "march", "again"], "recon:"));
    t = await b.port.readTable({ table: "Entries" });
    expect(t.columns[4]).toEqual(["march", "march", "again"]);
    expect(t.notes?.resultColumnsKey).toBe("recon:March");
    // Reverting both takes the cells and the record of who wrote them back to March's first write.
    await b.port.revertLast();
    await b.port.revertLast();
    expect(b.dump()).toEqual(afterMarch);
    expect((await b.port.readTable({ table: "Entries" })).notes?.resultColumnsKey).toBe("recon:March");
  });

  it("takes over result columns beside a plain range too", async () => {
    const b = make(ledger);
    const range = { sheet: "Ledger", address: "A1:D4" };
    const plan = (key: string, values: string[]) => ({
      key,
      table: range,
      rows: [2, 3, 4],
      columns: [{ header: "BO Status", values }],
      takesOver: "recon:",
    });
    await b.port.writeResultColumns(plan("recon:March", ["m", "m", "m"]));
    expect((await b.port.readTable(range)).notes?.resultColumnsKey).toBe("recon:March");
    await b.port.writeResultColumns(plan("recon:April", ["m", "a", "a"]));
    const t = await b.port.readTable({ sheet: "Ledger", address: "A1:E4" });
    expect(t.headers).toEqual(["Date", "Account", "Amount", "Memo", "BO Status"]);
    expect(t.columns[4]).toEqual(["m", "a", "a"]);
    expect(t.notes?.resultColumnsKey).toBe("recon:April");
  });

  it("refuses result columns when user data sits where they would go", async () => {
    const b = make({
      ...ledger,
      sheets: [
        {
          ...ledger.sheets[0]!,
          rows: [...(ledger.sheets[0]?.rows ?? []).map((r, i) => (i === 2 ? [...r, "user"] : r))],
        },
      ],
    });
    const before = b.dump();
    const e = await b.port
      .writeResultColumns({
        key: "r",
        table: { table: "Entries" },
        rows: [2, 3, 4],
        columns: [{ header: "BO", values: [1, 2, 3] }],
      })
      .catch((x: unknown) => x);
    expect(isWorkbookError(e) && e.code).toBe("conflict");
    expect(isWorkbookError(e) && e.details.outcome).toBe("nothing_written");
    expect(String((e as Error).message)).toContain("E3");
    expect(b.dump()).toEqual(before);
  });

  it("refuses result columns for rows that no longer match the table", async () => {
    const b = make(ledger);
    await expect(
      b.port.writeResultColumns({
        key: "r",
        table: { table: "Entries" },
        rows: [2, 3],
        columns: [{ header: "BO", values: [1, 2] }],
      }),
    ).rejects.toMatchObject({ code: "data_changed", details: { outcome: "nothing_written" } });
  });

  it("marks cells with a fill and a note, and clears exactly those marks", async () => {
    const b = make({
      ...ledger,
      sheets: [{ ...ledger.sheets[0]!, fills: { C3: "#00FF00" }, notes: { D4: "user note" } }],
    });
    const before = b.dump();
    const r = await b.port.markCells({
      key: "v",
      cells: [
        { sheet: "Ledger", address: "C3", note: "Not an amount", severity: "error" },
        { sheet: "Ledger", address: "C4", note: "Negative", severity: "warning" },
        { sheet: "Ledger", address: "D4", note: "Blank", severity: "info" },
      ],
    });
    expect(r.summary).toContain("Marked 3 cells");
    expect(r.summary).toContain("already had a note");
    const marked = b.dump().sheets[0]!;
    expect(JSON.parse(marked.cells.C3 ?? "{}").fill).toBe("#FFC7CE");
    expect(marked.notes).toEqual({ C3: "Not an amount", C4: "Negative", D4: "user note" });
    await b.port.clearMarks("v");
    expect(b.dump()).toEqual(before);
  });

  it("reverts the last operation exactly", async () => {
    const b = make(ledger);
    const before = b.dump();
    await b.port.writeSheet({
      key: "k",
      sheetName: "R",
      tables: [{ name: "T", headers: ["a"], rows: [["x"]] }],
    });
    expect(b.port.lastOperation()?.kind).toBe("writeSheet");
    const r = await b.port.revertLast();
    expect(r.kind).toBe("revert");
    expect(b.dump()).toEqual(before);
    await expect(b.port.revertLast()).rejects.toMatchObject({ code: "nothing_to_revert" });
  });

  it("refuses a second write while one is running", async () => {
    const b = make(ledger);
    const first = b.port.writeSheet({ key: "a", sheetName: "A", tables: [] });
    await expect(b.port.writeSheet({ key: "b", sheetName: "B", tables: [] })).rejects.toMatchObject({
      code: "busy",
    });
    await first;
  });

  it("refuses to write on a protected sheet, naming it", async () => {
    const b = make({ ...ledger, sheets: [{ ...ledger.sheets[0]!, protected: true }] });
    const e = await b.port
      .markCells({ key: "v", cells: [{ sheet: "Ledger", address: "A2", note: "x", severity: "error" }] })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({
      code: "sheet_protected",
      details: { sheet: "Ledger", outcome: "nothing_written" },
    });
  });

  it("keeps settings and the date system", async () => {
    const b = make({ ...ledger, date1904: true });
    expect(await b.port.dateSystem()).toBe(1904);
    await b.port.setSetting("demo.option", { tolerance: 2 });
    expect(await b.port.getSetting("demo.option")).toEqual({ tolerance: 2 });
    await expect(b.port.setSetting("bo.workbook.outputs", {})).rejects.toMatchObject({ code: "conflict" });
  });
});

describe.each(BACKENDS)("$name addresses", ({ make }) => {
  it("accepts a range address that repeats its sheet", async () => {
    const b = make(ledger);
    const t = await b.port.readTable({ sheet: "Ledger", address: "Ledger!B1:C3" });
    expect(t.columns[0]).toEqual(["1000", "2000"]);
  });
});
