/**
 * A small set of books for the service tests: a journal at B3 (not A1, so addresses are checked for real)
 * with one defect of each common sort, a chart of accounts, a user's own fill and note on cells that will
 * be marked, and an unrelated sheet.
 */
import type { Seed } from "../../contract/backends";

export const BOOKS: Seed = {
  sheets: [
    {
      name: "Ledger",
      at: "B3",
      rows: [
        ["Date", "Entry", "Account", "Description", "Debit", "Credit"],
        ["2026-03-02", "JE-1", "1000", "Cash sale", 100, null],
        ["2026-03-02", "JE-1", "4000", "Cash sale", null, 100],
        ["2026-03-03", "JE-2", "1000", "Both sides", 50, 50],
        ["03/04/2026", "JE-3", "9999", "Unknown account", 10, null],
        ["2026-03-05", "JE-3", "4000", "Short credit", null, 9],
      ],
      fills: { F6: "#00B050" },
      notes: { D7: "checked by Ana" },
    },
    {
      name: "Accounts",
      rows: [
        ["Account", "Name", "Type"],
        ["1000", "Cash", "asset"],
        ["4000", "Sales", "income"],
      ],
    },
    { name: "Notes", rows: [["Anything"], ["else"]] },
  ],
  tables: [
    { name: "Journal", sheet: "Ledger", address: "B3:G8" },
    { name: "Chart", sheet: "Accounts", address: "A1:C3" },
  ],
};

/** The defects of BOOKS as (code, cell). */
export const EXPECTED = [
  ["debit_and_credit", "F6"],
  ["date_ambiguous", "B7"],
  ["foreign_key", "D7"],
  ["unbalanced_entry", "F7"],
] as const;
