/**
 * Rules named as a user reads them ("Date is a date", "Entries balance") instead of the engine's rule ids
 * ("Date:type", "unbalanced_entry"); ids still identify rules in reports and in `off` lists.
 */
import { FIELD_TYPE_INFO, type ColumnReport, type RuleStat } from "../../core/validate";
import { ROLE_INFO } from "./roles";

/** Column rules: what the column must do. */
const COLUMN_TITLES: Readonly<Record<string, string>> = {
  required: "is filled in",
  unique: "has no repeats",
  minimum: "is not below the minimum",
  maximum: "is not above the maximum",
  min_length: "is long enough",
  max_length: "is short enough",
  pattern: "has the expected form",
  not_allowed: "takes an allowed value",
  amount_precision: "has no more decimals than allowed",
};

/** Table and kind rules, and findings no rule counts. */
const TITLES: Readonly<Record<string, string>> = {
  debit_and_credit: "Debit or credit, not both",
  debit_or_credit_missing: "Debit or credit on every line",
  unbalanced_entry: "Entries balance",
  locked_period: "No postings in the locked period",
  date_in_future: "No dates in the future",
  account_cycle: "No loops among parent accounts",
  balance_break: "Running balance adds up",
  due_before_issue: "Due on or after the issue date",
  paid_exceeds_amount: "Paid no more than the amount",
  negative_stock: "Stock never goes below zero",
  movement_sign: "Receipts positive, issues negative",
  end_before_start: "Events end after they start",
  double_booking: "No double bookings",
  room_over_capacity: "Rooms hold their attendees",
  row_blank: "No blank rows",
  error_cell: "No error cells",
  row_hidden: "Hidden or filtered rows",
  totals_row_excluded: "Totals row left out",
  merged_cells: "No merged cells",
  extra_cell: "No line has more values than headers",
  missing_cell: "Every line has a value per column",
  text_encoding_guessed: "The file's encoding is known",
  csv_header_below: "Headers found below the file's own lines",
  csv_footer_below: "The file's own lines left out below the records",
  csv_no_header: "Headers named for a file without them",
  recon_balance_line_only: "Bookings in the file, not only a balance line",
  datev_dates_from_first_line: "Dates given the year of the batch's period",
  datev_period_missing: "The DATEV batch names its period",
  datev_date_outside_period: "Dates fall within the batch's period",
  statement_balance_break: "The statement's lines lead to its closing balance",
  statement_cut_off: "The statement is complete",
  formula_not_calculated: "Formulas have stored values",
  header_blank: "Every column has a header",
  header_duplicate: "Headers are distinct",
  header_missing: "Needed columns are present",
  header_ambiguous: "Columns map without ambiguity",
  header_unknown_mapping: "The mapping names real headers",
  header_mapped_twice: "The mapping reads each column once",
  rules_invalid: "The rule set can be read",
  rule_invalid: "Rules that cannot apply",
  rule_not_applied: "Rules that could not run",
  referenced_table_missing: "Related tables are present",
  kind_undetected: "Kind of table",
  table_empty: "The table has records",
};

const ROLE_RULE = /^(.+) in (chartOfAccounts|items|people|rooms)$/;
const FOREIGN_KEY = /^foreignKey\((.+) -> (.+)\)$/;
const KEY = /^(?:unique|primaryKey)\((.+)\)(:blank)?$/;

function keyColumns(rule: string): string | undefined {
  const m = KEY.exec(rule);
  return m?.[1]?.split(", ").join(" + ");
}

/** A user's title for a rule that ran. */
export function ruleTitle(
  stat: Pick<RuleStat, "rule" | "code" | "column">,
  columns: readonly ColumnReport[],
): string {
  const { rule, code, column } = stat;
  if (code === "type" && column !== undefined) {
    const col = columns.find((c) => c.header === column);
    return col === undefined || col.type === "any"
      ? `${column} holds no error values`
      : `${column} is ${FIELD_TYPE_INFO[col.type].expected}`;
  }
  const columnTitle = COLUMN_TITLES[code];
  if (columnTitle !== undefined && column !== undefined) return `${column} ${columnTitle}`;
  if (code === "foreign_key") {
    const role = ROLE_RULE.exec(rule);
    if (role) {
      const info = ROLE_INFO[role[2] as keyof typeof ROLE_INFO];
      return `${role[1] as string} found in the ${info.label.toLowerCase()}`;
    }
    const fk = FOREIGN_KEY.exec(rule);
    if (fk) return `${fk[1] as string} found in ${fk[2] as string}`;
  }
  if (code === "duplicate_key") return `No repeated ${keyColumns(rule) ?? "keys"}`;
  if (code === "key_blank") return `${keyColumns(rule) ?? "The key"} filled in`;
  if (code === "row_rule") return `Row rule ${rule}`;
  return TITLES[code] ?? rule;
}

/** A title for findings no rule counted, grouped by code. */
export function codeTitle(code: string): string {
  return TITLES[code] ?? code;
}
