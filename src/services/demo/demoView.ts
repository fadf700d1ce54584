/**
 * The demo's window on its in-memory workbook: what the sheets hold now, and a signal after every change
 * (writes, marks, reverts, selection), so the browser demo can show what Excel would show.
 */
import type { MemoryWorkbookPort } from "../../workbook/memory";
import {
  listSheets,
  viewSheet,
  type SheetGridView,
  type SheetListing,
} from "../../workbook/memory/sheetView";
import type { WorkbookPort } from "../../workbook/port";

export interface DemoWorkbookView {
  listSheets(): SheetListing[];
  viewSheet(name: string): SheetGridView;
  /** The sheet of the selected cell, if any. */
  selectedSheet(): string | null;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Increases with every change (for useSyncExternalStore). */
  version(): number;
}

const CHANGING: readonly (keyof WorkbookPort)[] = [
  "writeSheet",
  "writeResultColumns",
  "markCells",
  "clearMarks",
  "revertLast",
  "selectCell",
];

/** Wraps the port so every change, successful or not, notifies the view's listeners. */
export function observeDemoWorkbook(port: MemoryWorkbookPort): {
  port: WorkbookPort;
  view: DemoWorkbookView;
} {
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version++;
    for (const l of listeners) l();
  };
  const observed: WorkbookPort = Object.create(port) as WorkbookPort;
  for (const name of CHANGING) {
    const original = port[name] as (...args: unknown[]) => Promise<unknown>;
    (observed as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      try {
        return await original.apply(port, args);
      } finally {
        changed();
      }
    };
  }
  const view: DemoWorkbookView = {
    listSheets: () => listSheets(port.workbook).filter((s) => !s.hidden),
    viewSheet: (name) => viewSheet(port.workbook, name, { maxRows: 400, maxCols: 30 }),
    selectedSheet: () => port.workbook.selection?.sheet ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
  return { port: observed, view };
}
