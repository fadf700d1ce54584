/** The office driver fits column widths with autofitColumns, on what was written and nothing else. */
import { officeBackend } from "./backends";
import { LEDGER } from "./scenarios";

describe("office adapter: column widths", () => {
  it("fits a written sheet's lines and tables, not its title", async () => {
    const b = officeBackend(LEDGER);
    const spy = jest.spyOn(b.sim!.model, "autofitColumns");
    await b.port.writeSheet({
      key: "recon",
      sheetName: "Reconciliation",
      title: "Reconciliation of Ledger and BankStatement, a title far wider than column A",
      lines: [["Unexplained difference", { kind: "number", value: 18420.35, format: "#,##0.00" }]],
      tables: [{ name: "Open", headers: ["Side", "Amount"], rows: [["Ledger", -186.9]] }],
    });
    expect(spy.mock.calls.map(([s, rect]) => [s.name, rect])).toEqual([
      ["Reconciliation", { r: 1, c: 0, h: 4, w: 2 }],
    ]);
    const widths = b.sim!.model.mustSheet("Reconciliation").columnWidths;
    expect(widths.get(0)).toBe("Unexplained difference".length + 1);
    expect(widths.get(1)).toBe("18,420.35".length + 1);
  });

  it("fits only the result columns it adds beside a table", async () => {
    const b = officeBackend(LEDGER);
    const spy = jest.spyOn(b.sim!.model, "autofitColumns");
    await b.port.writeResultColumns({
      key: "recon:Entries",
      table: { table: "Entries" },
      rows: [2, 3, 4, 5],
      columns: [
        { header: "BO Match ID", values: ["M-58d85e6526c3", null, null, null] },
        { header: "BO Status", values: ["confirmed", "open", "open", "open"] },
      ],
    });
    expect(spy.mock.calls.map(([s, rect]) => [s.name, rect])).toEqual([
      ["Ledger", { r: 0, c: 4, h: 5, w: 2 }],
    ]);
    expect([...b.sim!.model.mustSheet("Ledger").columnWidths.keys()].sort()).toEqual([4, 5]);
  });
});
