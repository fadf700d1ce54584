/**
 * Apply after the user sorted a table: the rows keep their numbers, so only the values the match rests on
 * tell. Apply is refused as "data changed" and the workbook stays exactly as the user left it.
 */
import { createReconciliationService } from "../../../src/services/reconciliation";
import { BACKENDS } from "../../contract/backends";
import { bankSetup, BOOKS } from "./fixtures";

describe.each(BACKENDS)("reconciliation apply on $name after a sort", ({ make }) => {
  it("refuses to write result columns beside rows that moved", async () => {
    const b = make(BOOKS);
    const svc = createReconciliationService(b.port);
    const outcome = await svc.run(await bankSetup(svc));
    // The user sorts the bank lines by amount: the first two lines trade places.
    b.user.setCell("Bank", "A2", 46086);
    b.user.setCell("Bank", "B2", "DIRECT DEBIT GREENLINE BILL-552");
    b.user.setCell("Bank", "C2", "BILL-552");
    b.user.setCell("Bank", "D2", 1875.4);
    b.user.setCell("Bank", "E2", null);
    b.user.setCell("Bank", "A3", 46084);
    b.user.setCell("Bank", "B3", "CREDIT TRANSFER HARBOUR FOODS INV1041");
    b.user.setCell("Bank", "C3", "INV1041");
    b.user.setCell("Bank", "D3", null);
    b.user.setCell("Bank", "E3", 4250);
    const sorted = b.dump();
    await expect(svc.apply(outcome)).rejects.toMatchObject({ code: "data_changed" });
    expect(b.dump()).toEqual(sorted);
  });
});
