/**
 * A side's typed balances in the Reconcile panel: text that does not read as an amount stops Run and
 * Apply (never a silent earlier prefix), a blank field is "not given", and the fields line up.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { demoBooks, renderPanel } from "./harness";

/** Types `text` into the input one key at a time, as a user does. */
async function typeKeys(input: HTMLElement, text: string): Promise<void> {
  for (let n = 1; n <= text.length; n++)
    await act(async () => fireEvent.change(input, { target: { value: text.slice(0, n) } }));
}

const disabled = (id: string) => screen.getByTestId(id).hasAttribute("disabled");

describe("Reconcile panel: typed balances", () => {
  it("refuses Run while a balance does not read as an amount, says which, and runs once corrected", async () => {
    renderPanel(demoBooks());
    const opening = await screen.findByTestId("opening-left", {}, { timeout: 5000 });
    // "18" reads on the way; "18,42O.35" (a letter O) does not, and nothing runs with 18.00.
    await typeKeys(opening, "18,42O.35");
    expect(disabled("reconcile-run")).toBe(true);
    expect(screen.getByTestId("reconcile-run-blocked").textContent).toBe(
      "Correct the opening balance of Ledger to run.",
    );
    const closing = screen.getByTestId("closing-left");
    await act(async () => fireEvent.change(closing, { target: { value: "8,2S4.39" } }));
    expect(screen.getByTestId("reconcile-run-blocked").textContent).toBe(
      "Correct the opening and closing balances of Ledger to run.",
    );
    // Blank is valid: not given.
    await act(async () => fireEvent.change(closing, { target: { value: "" } }));
    await act(async () => fireEvent.change(opening, { target: { value: "18,420.35" } }));
    expect(screen.queryByTestId("reconcile-run-blocked")).toBeNull();
    expect(disabled("reconcile-run")).toBe(false);
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-run")));
    const results = await screen.findByTestId("reconcile-results", {}, { timeout: 5000 });
    expect(within(results).getByTestId("unexplained").textContent).toContain("Nothing is unexplained");
    expect(disabled("reconcile-apply")).toBe(false);
  });

  it("marks the results stale and refuses Apply after a later edit that does not read", async () => {
    renderPanel(demoBooks());
    const opening = await screen.findByTestId("opening-left", {}, { timeout: 5000 });
    await act(async () => fireEvent.change(opening, { target: { value: "18,420.35" } }));
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-run")));
    await screen.findByTestId("reconcile-results", {}, { timeout: 5000 });
    await waitFor(() => expect(disabled("reconcile-apply")).toBe(false));
    // One wrong key after a good run: the last amount that read is not kept for Apply.
    await act(async () => fireEvent.change(opening, { target: { value: "18,420.3X" } }));
    expect(screen.getByTestId("reconcile-stale")).toBeTruthy();
    expect(disabled("reconcile-apply")).toBe(true);
    expect(disabled("reconcile-run")).toBe(true);
    expect(screen.getByTestId("reconcile-run-blocked").textContent).toBe(
      "Correct the opening balance of Ledger to run.",
    );
    // Cleared, the field is not given: Run is offered again.
    await act(async () => fireEvent.change(opening, { target: { value: "" } }));
    expect(disabled("reconcile-run")).toBe(false);
    expect(screen.queryByTestId("reconcile-run-blocked")).toBeNull();
    expect(screen.getByTestId("balances-left").textContent).toContain(
      "Not given: Ledger starts from zero in the statement.",
    );
  });

  it("says a side without balances starts from zero without a possessive of its name", async () => {
    const wb = new MemoryWorkbook();
    for (const [sheet, name] of [
      ["L", "Invoices"],
      ["B", "Payments"],
    ] as const) {
      wb.putRows(sheet, 1, 0, [
        ["Date", "Amount", "Description"],
        ["2026-03-02", 10, "Order 1"],
      ]);
      wb.addTable(wb.mustSheet(sheet), { row: 1, col: 0, rows: 2, cols: 3 }, name);
    }
    renderPanel(createMemoryWorkbook(wb));
    await screen.findByTestId("balances-left", {}, { timeout: 5000 });
    const text = ["left", "right"].map((s) => screen.getByTestId(`balances-${s}`).textContent).join(" ");
    expect(text).toContain("Not given: Invoices starts from zero in the statement.");
    expect(text).toContain("Not given: Payments starts from zero in the statement.");
    expect(text).not.toContain("'s");
  });

  it("says the balances a side's own lines state, which a run takes where none is typed", async () => {
    const wb = new MemoryWorkbook();
    wb.putRows("L", 1, 0, [
      ["Date", "Amount", "Description"],
      ["2026-03-02", 10, "Order 1"],
    ]);
    wb.addTable(wb.mustSheet("L"), { row: 1, col: 0, rows: 2, cols: 3 }, "Invoices");
    // Starling's way: the balance lines have no amount, and the Balance column is filled on them only.
    wb.putRows("B", 1, 0, [
      ["Date", "Amount", "Description", "Balance"],
      ["2026-03-01", null, "Opening balance", 1000],
      ["2026-03-02", 10, "Order 1", null],
      ["2026-03-31", null, "Closing balance", 1010],
    ]);
    wb.addTable(wb.mustSheet("B"), { row: 1, col: 0, rows: 4, cols: 4 }, "Bank");
    renderPanel(createMemoryWorkbook(wb));
    await screen.findByTestId("balances-right", {}, { timeout: 5000 });
    expect(screen.getByTestId("balances-note-right").textContent).toBe(
      'Not typed: Bank opens at 1,000.00, as the "Opening balance" row (row 2) states, and closes at 1,010.00, as the "Closing balance" row (row 4) states. A balance typed here wins.',
    );
    expect(screen.getByTestId("balances-note-left").textContent).toBe(
      "Not given: Invoices starts from zero in the statement.",
    );
  });

  it("says the balances the bank's lines on the sheet above its table state", async () => {
    const wb = new MemoryWorkbook();
    wb.putRows("L", 1, 0, [
      ["Date", "Amount", "Description"],
      ["2026-03-02", 10, "Order 1"],
    ]);
    wb.addTable(wb.mustSheet("L"), { row: 1, col: 0, rows: 2, cols: 3 }, "Invoices");
    // A bank export opened in Excel: its own lines stay above the transactions made a table.
    wb.putRows("B", 1, 0, [
      ["Neuer Kontostand", 1010],
      ["Alter Kontostand", "1.000,00 EUR"],
      [],
      ["Buchungstag", "Betrag", "Verwendungszweck"],
      ["2026-03-02", 10, "Order 1"],
    ]);
    wb.addTable(wb.mustSheet("B"), { row: 4, col: 0, rows: 2, cols: 3 }, "Bank");
    renderPanel(createMemoryWorkbook(wb));
    await screen.findByTestId("balances-right", {}, { timeout: 5000 });
    expect(screen.getByTestId("balances-note-right").textContent).toBe(
      'Not typed: Bank opens at 1,000.00, as the sheet\'s "Alter Kontostand" line (row 2) states, and closes at 1,010.00, as the sheet\'s "Neuer Kontostand" line (row 1) states. A balance typed here wins.',
    );
  });

  it("keeps the opening and closing fields aligned at the top while one shows a message", async () => {
    renderPanel(demoBooks());
    const opening = await screen.findByTestId("opening-left", {}, { timeout: 5000 });
    await act(async () => fireEvent.change(opening, { target: { value: "18,42O.35" } }));
    const pair = screen.getByTestId("balances-left").firstElementChild as HTMLElement;
    expect(pair.contains(opening) && pair.contains(screen.getByTestId("closing-left"))).toBe(true);
    expect(getComputedStyle(pair).alignItems).toBe("start");
  });
});

describe("Reconcile panel: a running balance that counts the other way", () => {
  it("shows a side's balances turned into its sign where its money in runs against its Balance, and says so", async () => {
    renderPanel(demoBooks());
    await screen.findByTestId("balances-right", {}, { timeout: 5000 });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /Swap sides/ })));
    // The bank statement is now the book side, and still reads its Paid In as money in: its columns say so.
    await waitFor(() =>
      expect(screen.getByTestId("balances-left").textContent).toBe(
        "Opening 18,420.35 USD and closing 8,254.39 USD, from the running balance (rows 2–17).Type them instead",
      ),
    );
    // Choosing Paid Out as money in turns its Balance column against it.
    const header = await screen.findByTestId("section-columns-left");
    await act(async () => fireEvent.click(within(header).getByRole("button")));
    const columns = await screen.findByTestId("columns-left");
    await act(async () =>
      fireEvent.click(
        within(within(columns).getByTestId("money-in-left")).getByLabelText("Debit (Paid Out)"),
      ),
    );
    await waitFor(() =>
      expect(screen.getByTestId("balances-left").textContent).toBe(
        "Opening -18,420.35 USD and closing -8,254.39 USD, from the running balance (rows 2–17), its signs turned: BankStatement counts the other way here, so its money in is negative.Type them instead",
      ),
    );
  }, 60_000);
});
