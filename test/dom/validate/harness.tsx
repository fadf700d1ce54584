/** Renders the Validate panel over an in-memory workbook, as the task pane does, with the status area. */
import { configure } from "@testing-library/react";
import { ValidatePanel } from "../../../src/taskpane/panels/validate/ValidatePanel";
// The memory workbook's index also loads the .xlsx reader (exceljs), which jsdom cannot load.
import { createMemoryWorkbook, type MemoryWorkbookPort } from "../../../src/workbook/memory/memoryWorkbook";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import type { Cell } from "../../../src/core/cell";
import type { WorkbookPort } from "../../../src/workbook/port";
import type { Services } from "../../../src/services/services";
import { renderWorkflow } from "../support/renderWorkflow";

// The panel's work (service calls, sliced validation) takes real time on a shared machine.
configure({ asyncUtilTimeout: 10_000 });

export function renderPanel(port: WorkbookPort): Services {
  return renderWorkflow(<ValidatePanel />, port);
}

/** A journal (B3:G8) with four defects, a chart of accounts, as the service integration tests use. */
export function books(extra: (wb: MemoryWorkbook) => void = () => undefined): MemoryWorkbookPort {
  const wb = new MemoryWorkbook();
  const journal: Cell[][] = [
    ["Date", "Entry", "Account", "Description", "Debit", "Credit"],
    ["2026-03-02", "JE-1", "1000", "Cash sale", 100, null],
    ["2026-03-02", "JE-1", "4000", "Cash sale", null, 100],
    ["2026-03-03", "JE-2", "1000", "Both sides", 50, 50],
    ["03/04/2026", "JE-3", "9999", "Unknown account", 10, null],
    ["2026-03-05", "JE-3", "4000", "Short credit", null, 9],
  ];
  wb.putRows("Ledger", 3, 1, journal);
  wb.addTable(wb.mustSheet("Ledger"), { row: 3, col: 1, rows: 6, cols: 6 }, "Journal");
  wb.putRows("Accounts", 1, 0, [
    ["Account", "Name", "Type"],
    ["1000", "Cash", "asset"],
    ["4000", "Sales", "income"],
  ]);
  wb.addTable(wb.mustSheet("Accounts"), { row: 1, col: 0, rows: 3, cols: 3 }, "Chart");
  extra(wb);
  return createMemoryWorkbook(wb);
}
