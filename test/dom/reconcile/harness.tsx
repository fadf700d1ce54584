/** Renders the Reconcile panel over an in-memory workbook, as the task pane does, with the status area. */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { Cell } from "../../../src/core/cell";
import { createDemoWorkbook } from "../../../src/services/demo/demoWorkbook";
import { ReconcilePanel } from "../../../src/taskpane/panels/reconcile/ReconcilePanel";
import { createMemoryWorkbook, type MemoryWorkbookPort } from "../../../src/workbook/memory/memoryWorkbook";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import type { WorkbookPort } from "../../../src/workbook/port";
import type { Services } from "../../../src/services/services";
import { renderWorkflow } from "../support/renderWorkflow";

export function renderPanel(port: WorkbookPort): Services {
  return renderWorkflow(<ReconcilePanel />, port);
}

/** The demo's sample workbook: a ledger with both sides of each entry and the bank statement. */
export function demoBooks(): MemoryWorkbookPort {
  return createDemoWorkbook();
}

/** Waits for the proposal, types the ledger's opening balance (the demo's bank opening) and runs. */
export async function typeOpeningAndRun(opening = "18,420.35"): Promise<HTMLElement> {
  const input = await screen.findByTestId("opening-left", {}, { timeout: 5000 });
  await act(async () => fireEvent.change(input, { target: { value: opening } }));
  const run = screen.getByTestId("reconcile-run");
  await waitFor(() => expect(run.hasAttribute("disabled")).toBe(false));
  await act(async () => fireEvent.click(run));
  return screen.findByTestId("reconcile-results", {}, { timeout: 5000 });
}

/**
 * Renders the panel over a workbook of two tables, "Book" on sheet L and "Bank" on sheet B (each given
 * as its header row and then its rows), runs the proposed reconciliation and returns the results.
 */
export async function runBookAgainstBank(
  book: readonly (readonly Cell[])[],
  bank: readonly (readonly Cell[])[],
): Promise<HTMLElement> {
  const wb = new MemoryWorkbook();
  for (const [sheet, rows, name] of [
    ["L", book, "Book"],
    ["B", bank, "Bank"],
  ] as const) {
    wb.putRows(
      sheet,
      1,
      0,
      rows.map((r) => [...r]),
    );
    wb.addTable(wb.mustSheet(sheet), { row: 1, col: 0, rows: rows.length, cols: rows[0]?.length ?? 1 }, name);
  }
  renderPanel(createMemoryWorkbook(wb));
  await screen.findByTestId("side-left", {}, { timeout: 5000 });
  await act(async () => fireEvent.click(screen.getByTestId("reconcile-run")));
  return screen.findByTestId("reconcile-results", {}, { timeout: 5000 });
}

/** Two equal payments on one day in the book and on the bank's next day: twins, each pair ambiguous. */
export const STREAMING_TWINS = {
  book: [
    ["Date", "Amount", "Description"],
    ["2026-03-02", -9.99, "Streaming"],
    ["2026-03-02", -9.99, "Streaming"],
  ],
  bank: [
    ["Date", "Amount", "Description"],
    ["2026-03-03", -9.99, "STREAMING"],
    ["2026-03-03", -9.99, "STREAMING"],
  ],
} as const;
