/**
 * What a loaded .xlsx file gives its cells and sheets beyond values and number formats — fonts, hyperlinks,
 * data validations, panes — as plain data the memory workbook carries for a saved copy (see xlsxKept.ts).
 */
/** A colour as the file gives it: an ARGB value, a theme colour (with its tint) or an indexed one. */
export interface MemColor {
  readonly argb?: string;
  readonly theme?: number;
  readonly tint?: number;
  readonly indexed?: number;
}

export interface MemFont {
  readonly name?: string;
  readonly size?: number;
  readonly family?: number;
  readonly color?: MemColor;
  readonly italic?: boolean;
  readonly underline?: boolean | "single" | "double" | "singleAccounting" | "doubleAccounting";
  readonly strike?: boolean;
  readonly vertAlign?: "superscript" | "subscript";
}

/** Where a hyperlink leads (a web or mail address, or a file), and the tip Excel shows over it. */
export interface MemLink {
  readonly target: string;
  readonly tooltip?: string;
}

/**
 * A data validation rule of a cell (a dropdown list, a number or date range, a formula) as the file gives it;
 * a date rule's bounds as ISO date-times.
 */
export interface MemValidation {
  readonly type: string;
  readonly formulae?: readonly (string | number)[];
  readonly allowBlank?: boolean;
  readonly operator?: string;
  readonly showInputMessage?: boolean;
  readonly showErrorMessage?: boolean;
  readonly promptTitle?: string;
  readonly prompt?: string;
  readonly errorStyle?: string;
  readonly errorTitle?: string;
  readonly error?: string;
}

/** How a sheet opens: frozen (or split) panes at `topLeftCell`, grid lines, zoom and direction. */
export interface MemSheetView {
  readonly state: "normal" | "frozen" | "split";
  /** Columns (frozen) or a width in twentieths of a point (split) left of the pane. */
  readonly xSplit?: number;
  /** Rows (frozen) or a height in twentieths of a point (split) above the pane. */
  readonly ySplit?: number;
  readonly topLeftCell?: string;
  readonly showGridLines?: boolean;
  readonly zoomScale?: number;
  readonly rightToLeft?: boolean;
}
