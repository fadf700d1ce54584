/**
 * The Excel simulator (test code): the subset of the Excel JavaScript API the office adapter uses, with
 * Excel's semantics, so the adapter can be tested without Excel. See context.ts for load/sync.
 */
export { ExcelSimulator, SimContext, type SimStats, type SimulatorOptions } from "./context";
export { SimWorkbook, SimSheet, SimTable, type SimNote } from "./model";
export { SimError, SimMisuse, ErrorCodes } from "./errors";
export { FaultPlan } from "./faults";
export { SimSettings } from "./settings";
export { WEB_LIMITS, jsonBytes, type Limits } from "./limits";
export { parseRect, rectA1, type Rect } from "./address";
export { readValue, readValueType, type SimCell, type SimValue } from "./values";
