/**
 * The refusals the write plans give before anything is written are shared by every operation (Apply,
 * Validate's marks and report, imports): what they ask of the user reads right for each of them, so they
 * say "try again", never "run again" (an Apply is not run).
 */
import { createMemoryWorkbook } from "../memory/memoryWorkbook";
import { MemoryWorkbook } from "../memory/model";

/** A sheet "Bank" with a table "Bank" of two rows in A1:B3, and a sheet "Other". */
function books(change: (wb: MemoryWorkbook) => void = () => undefined) {
  const wb = new MemoryWorkbook();
  wb.putRows("Bank", 1, 0, [
    ["Date", "Amount"],
    ["2026-03-02", 10],
    ["2026-03-03", 20],
  ]);
  wb.addTable(wb.mustSheet("Bank"), { row: 1, col: 0, rows: 3, cols: 2 }, "Bank");
  wb.putRows("Other", 1, 0, [["x"]]);
  change(wb);
  return { wb, port: createMemoryWorkbook(wb) };
}

const columns = { key: "apply:Bank", rows: [2, 3], columns: [{ header: "BO Status", values: ["a", "b"] }] };

async function refusal(write: () => Promise<unknown>): Promise<string> {
  try {
    await write();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error("the write was not refused");
}

describe("write refusals ask the user to try again, whatever the operation", () => {
  it("on a protected sheet: result columns beside a table or a range, marks, a sheet written again", async () => {
    const { wb, port } = books();
    await port.writeSheet({ key: "report", sheetName: "Report", tables: [] });
    for (const name of ["Bank", "Report"]) wb.mustSheet(name).protected = true;
    const messages = [
      await refusal(() => port.writeResultColumns({ ...columns, table: { table: "Bank" } })),
      await refusal(() =>
        port.writeResultColumns({ ...columns, table: { sheet: "Bank", address: "A1:B3" } }),
      ),
      await refusal(() =>
        port.markCells({
          key: "marks",
          cells: [{ sheet: "Bank", address: "B2", note: "n", severity: "error" }],
        }),
      ),
      await refusal(() => port.writeSheet({ key: "report", sheetName: "Report", tables: [] })),
    ];
    expect(messages).toEqual([
      "Could not write result columns to table 'Bank' (sheet Bank, table 'Bank'): the sheet 'Bank' is protected; unprotect it and try again. Nothing was written.",
      "Could not write result columns beside range Bank!A1:B3 (sheet Bank): the sheet 'Bank' is protected; unprotect it and try again. Nothing was written.",
      "Could not mark 1 cell (sheet Bank): the sheet 'Bank' is protected; unprotect it and try again. Nothing was written.",
      "Could not write sheet 'Report' (sheet Report): the sheet is protected; unprotect it (Review > Unprotect Sheet) and try again. Nothing was written.",
    ]);
  });

  it("when marks are cleared on a sheet protected since", async () => {
    const { wb, port } = books();
    await port.markCells({
      key: "marks",
      cells: [{ sheet: "Bank", address: "B2", note: "n", severity: "error" }],
    });
    wb.mustSheet("Bank").protected = true;
    await expect(refusal(() => port.clearMarks("marks"))).resolves.toContain(
      "the sheet 'Bank' is protected; unprotect it and try again.",
    );
  });

  it("when the user's data is where result columns would go", async () => {
    const beside = books((wb) => wb.putRows("Bank", 2, 2, [["my note"]]));
    await expect(
      refusal(() => beside.port.writeResultColumns({ ...columns, table: { table: "Bank" } })),
    ).resolves.toContain(
      "cells C2 to the right of the table are not empty, so result columns cannot be added there. Move that data and try again.",
    );
    const range = books((wb) => wb.putRows("Other", 2, 1, [["my note"]]));
    await expect(
      refusal(() =>
        range.port.writeResultColumns({
          ...columns,
          rows: [2],
          columns: [{ header: "BO Status", values: ["a"] }],
          table: { sheet: "Other", address: "A1:A2" },
        }),
      ),
    ).resolves.toContain(
      "cells B2 to the right of the range are not empty. Move that data, or the range, and try again.",
    );
  });

  it("when the add-in's result columns are no longer the table's last", async () => {
    const { wb, port } = books();
    await port.writeResultColumns({ ...columns, table: { table: "Bank" } });
    // The user adds a column of their own after the result columns; the next write has one more.
    const table = wb.table("Bank");
    if (table === null) throw new Error("no table Bank");
    wb.addTableColumn(table, "Mine");
    await expect(
      refusal(() =>
        port.writeResultColumns({
          ...columns,
          columns: [
            { header: "BO Status", values: ["a", "b"] },
            { header: "BO Note", values: ["", ""] },
          ],
          table: { table: "Bank" },
        }),
      ),
    ).resolves.toContain(
      "the add-in's result columns (BO Status) are no longer the table's last columns; move them back to the end or delete them, then try again.",
    );
  });
});
