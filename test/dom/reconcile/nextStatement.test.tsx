/**
 * The pane over a ledger an earlier Apply reconciled against March's statement, now reconciled against
 * April's: it says which rows March cleared and what became of them, and applies beside the ledger's
 * result columns instead of refusing them as someone else's.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { createReconciliationService } from "../../../src/services/reconciliation";
import { memoryBackend } from "../../contract/memoryBackend";
import { bankSetup, NEXT_MONTH } from "../../integration/reconciliation/fixtures";
import { renderPanel, typeOpeningAndRun } from "./harness";

it("tells which rows an earlier statement cleared, and applies April beside March's result columns", async () => {
  const b = memoryBackend(NEXT_MONTH);
  const svc = createReconciliationService(b.port);
  await svc.apply(await svc.run(await bankSetup(svc)));

  // Beside March's statement, reconciled already, the pane proposes April's.
  renderPanel(b.port);
  const right = await screen.findByTestId("reconcile-right", {}, { timeout: 5000 });
  expect(right.textContent).toBe("April · 2 rows");
  // Before any run, the book's card counts the rows March cleared apart from those that take part.
  expect((await screen.findByTestId("side-left-rows", {}, { timeout: 5000 })).textContent).toBe(
    "2 of 8 rows take part; 2 cleared earlier against another table",
  );
  await typeOpeningAndRun();
  expect(screen.getByTestId("reconcile-cleared").textContent).toBe(
    "Cleared earlier" +
      "2 rows of Ledger were cleared earlier against another table (confirmed in BO Status beside them): " +
      "they take no part in this reconciliation, their 2,374.60 USD is brought forward into its opening " +
      "balance, and Apply keeps their result cells.",
  );
  await act(async () => fireEvent.click(screen.getByTestId("reconcile-apply")));
  expect((await screen.findByTestId("reconcile-applied", {}, { timeout: 5000 })).textContent).toContain(
    "beside Ledger and April",
  );
  const ledger = await b.port.readTable({ table: "Ledger" });
  expect(ledger.headers.slice(-4)).toEqual(["BO Match ID", "BO Status", "BO Rule", "BO Note"]);
  expect(ledger.columns[12]?.[0]).toMatch(/^Cleared earlier with Bank: amount equal/);
  expect(ledger.notes?.resultColumnsKey).toBe("reconcile:Ledger|April:left");
});
