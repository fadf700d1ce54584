/**
 * Reconciliation straight from two tables: what `=BO.MATCH`, `=BO.RECONCILE` and `bo reconcile` need.
 * Each side is read by core/reconcileInput (column map, sign conventions, located cell issues; rows
 * that cannot be read are reported and kept out of matching), then the engine runs on the records.
 */
import type { DateSystem } from "../dates";
import { makeIssue, type Issue } from "../issues";
import { readInOneCurrency, readSide, type SideRecords } from "../reconcileInput";
import type { TableData } from "../table";
import { DEFAULT_RULES } from "./defaultRules";
import { reconcile, type ReconcileOptions } from "./reconcile";
import { parseReconcileConfig, type ReconcileConfig } from "./rules";
import type { ReconcileResult } from "./types";
import { unreadRowsOf } from "./unreadRows";

export interface ReconcileTablesOptions extends Omit<ReconcileOptions, "rules"> {
  /** Rules and how to read each side: a parsed config, or its JSON text (e.g. a `rulesJson` argument). */
  readonly config?: ReconcileConfig | string;
  readonly dateSystem?: DateSystem;
}

export type ReconcileTablesResult =
  | {
      readonly ok: true;
      readonly result: ReconcileResult;
      readonly left: SideRecords;
      readonly right: SideRecords;
      /** Reading issues of both sides, then the engine's. */
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Reads both tables and reconciles them. An invalid config is a `recon_rules_invalid` issue and no
 * result; anything wrong in the tables is a located issue and the rest still runs.
 */
export function reconcileTables(
  left: TableData,
  right: TableData,
  options: ReconcileTablesOptions = {},
): ReconcileTablesResult {
  let config: ReconcileConfig = { version: 1 };
  if (typeof options.config === "string") {
    const parsed = parseReconcileConfig(options.config);
    if (!parsed.ok)
      return {
        ok: false,
        issues: [makeIssue("recon_rules_invalid", {}, { errors: parsed.errors.join("; ") })],
      };
    config = parsed.config;
  } else if (options.config !== undefined) config = options.config;
  const dateSystem = options.dateSystem ?? 1900;
  const readAt = (side: "left" | "right", currency: string): SideRecords =>
    readSide(side === "left" ? left : right, {
      side,
      dateSystem,
      defaultCurrency: currency,
      ...(config[side] ? { reading: config[side] } : {}),
    });
  // A ledger whose amounts say "JPY" against a bank export with bare numbers: rows without a currency
  // take the one currency the tables name, at its scale, unless the caller set one.
  const read =
    options.currency === undefined
      ? readInOneCurrency(readAt)
      : {
          left: readAt("left", options.currency),
          right: readAt("right", options.currency),
          currency: options.currency,
        };
  const { left: l, right: r } = read;
  const { config: _config, dateSystem: _system, decisions, ...rest } = options;
  const unreadOf = (side: "left" | "right", records: SideRecords) =>
    unreadRowsOf(records, {
      dateSystem,
      defaultCurrency: read.currency,
      ...(config[side] ? { reading: config[side] } : {}),
    }) ?? undefined;
  const unread = options.unread ?? { left: unreadOf("left", l), right: unreadOf("right", r) };
  const result = reconcile(l.set, r.set, config.rules ?? DEFAULT_RULES, decisions, {
    ...rest,
    currency: read.currency,
    unread: {
      ...(unread.left === undefined ? {} : { left: unread.left }),
      ...(unread.right === undefined ? {} : { right: unread.right }),
    },
  });
  return { ok: true, result, left: l, right: r, issues: [...l.issues, ...r.issues, ...result.issues] };
}
