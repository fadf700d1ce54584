/**
 * The memory workbook's public face for the browser and the command line: the port, the model, loaders
 * and savers that take bytes or text (no file system), and the read-only sheet view. Node file helpers
 * live in ./node and must not be imported by the task pane.
 */
export { createMemoryWorkbook, type MemoryWorkbookPort } from "./memoryWorkbook";
export { MemoryWorkbook, MemSheet, type MemCell, type MemTable, type MemRange } from "./model";
export {
  loadCsv,
  parseCsv,
  saveCsv,
  toCsv,
  detectDelimiter,
  type Delimiter,
  type LoadCsvOptions,
} from "./csv";
export { loadXlsx, saveXlsx, SETTINGS_SHEET } from "./xlsx";
export {
  listSheets,
  viewSheet,
  selectedCell,
  type SheetCellView,
  type SheetGridView,
  type SheetListing,
} from "./sheetView";
