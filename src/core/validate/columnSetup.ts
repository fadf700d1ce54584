/**
 * Per-column parse settings: decimals of amounts (the rule's, the rule's currency's, each record's
 * currency, or the table's currency) and quantities, and the order of text dates (declared by the column,
 * the call or the table, else inferred from the column's text dates).
 */
import { inferDateOrder, type DateOrder } from "../dates";
import { currencyDecimals } from "../money";
import type { TableData } from "../table";
import { textCellsOf, decimalsByCurrency, type ColumnParseSetup } from "./parseColumn";
import type { ColumnValues, ResolvedColumn, RunSettings } from "./types";

/** Quantities default to thousandths, enough for kilograms and litres while staying exact. */
export const QUANTITY_DECIMALS = 3;

function dateOrderOf(
  table: TableData,
  col: ResolvedColumn,
  declared: DateOrder | undefined,
): { order: DateOrder | undefined; how: ColumnParseSetup["dateOrderHow"] } {
  const own = col.rule.dateOrder ?? declared;
  if (own !== undefined) return { order: own, how: "declared" };
  const texts = textCellsOf(table.columns[col.index] ?? []);
  if (texts.length === 0) return { order: undefined, how: "none" };
  const inferred = inferDateOrder(texts);
  return inferred === undefined ? { order: undefined, how: "none" } : { order: inferred, how: "inferred" };
}

export function columnSetup(
  table: TableData,
  col: ResolvedColumn,
  settings: RunSettings,
  declaredOrder: DateOrder | undefined,
  currency: ColumnValues | undefined,
): ColumnParseSetup {
  const base = {
    dateSystem: settings.dateSystem,
    dateOrder: undefined,
    decimals: 2,
    currency: col.rule.currency?.toUpperCase() ?? settings.currency,
    separator: col.rule.separator,
  };
  switch (col.type) {
    case "amount": {
      const fixed =
        col.rule.decimals ??
        (col.rule.currency === undefined ? undefined : currencyDecimals(col.rule.currency));
      const fallback = settings.currency === undefined ? 2 : currencyDecimals(settings.currency);
      if (fixed !== undefined || currency === undefined)
        return { settings: { ...base, decimals: fixed ?? fallback }, dateOrderHow: "none" };
      return {
        settings: { ...base, decimals: fallback },
        rowDecimals: decimalsByCurrency(currency, fallback),
        dateOrderHow: "none",
      };
    }
    case "quantity":
      return {
        settings: { ...base, decimals: col.rule.decimals ?? QUANTITY_DECIMALS },
        dateOrderHow: "none",
      };
    case "date":
    case "datetime": {
      const { order, how } = dateOrderOf(table, col, declaredOrder);
      return { settings: { ...base, dateOrder: order }, dateOrderHow: how };
    }
    default:
      return { settings: base, dateOrderHow: "none" };
  }
}
