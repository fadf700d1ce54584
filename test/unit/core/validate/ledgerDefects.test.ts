/**
 * Ledgers: clean generated journals give no findings; defects injected at random lines are reported at
 * exactly their cells, plus the entry-level consequence the defect implies (an entry that no longer
 * balances, at its first line).
 */
import fc from "fast-check";
import { cellError, type Cell } from "../../../../src/core/cell";
import { validateTable } from "../../../../src/core/validate";
import {
  DAY_2026_01_01,
  dateCell,
  findings,
  moneyCell,
  rowOf,
  sortFindings,
  tableOfRecords,
  type Finding,
} from "./gen";

const HEADERS = ["Date", "Entry", "Account", "Description", "Debit", "Credit", "Currency", "Customer"];
const ACCOUNTS = ["1000", "1200", "2100", "4000", "6000"];
const chart = tableOfRecords(
  "Accounts",
  ["Account", "Name", "Type"],
  ACCOUNTS.map((a) => [a, `Account ${a}`, "asset"]),
);

interface Line {
  entry: number;
  cells: Cell[];
}

interface EntrySpec {
  day: number;
  currency: string;
  amounts: number[];
  style: number;
}

const entryArb: fc.Arbitrary<EntrySpec> = fc.record({
  day: fc.integer({ min: 0, max: 300 }),
  currency: fc.constantFrom("USD", "EUR", "JPY"),
  amounts: fc.array(fc.integer({ min: 1, max: 500000 }), { minLength: 1, maxLength: 3 }),
  style: fc.nat(),
});

/** One entry: debit lines for each amount, one credit line for their total; balanced by construction. */
function linesOf(e: EntrySpec, id: number): Line[] {
  const scale = e.currency === "JPY" ? 100 : 1; // JPY has no minor unit: whole yen
  const amounts = e.amounts.map((a) => (e.currency === "JPY" ? Math.max(1, Math.round(a / 100)) * scale : a));
  const total = amounts.reduce((s, a) => s + a, 0);
  const line = (k: number, debit: number | null, credit: number | null): Line => ({
    entry: id,
    cells: [
      dateCell(DAY_2026_01_01 + e.day, e.style + k),
      `JE${id}`,
      ACCOUNTS[(id + k) % ACCOUNTS.length] as string,
      `Entry ${id} line ${k}`,
      debit === null ? null : moneyCell(debit, e.style + k),
      credit === null ? null : moneyCell(credit, e.style + k + 1),
      e.currency,
      k % 2 === 0 ? "ACME" : null,
    ],
  });
  return [...amounts.map((a, k) => line(k, a, null)), line(amounts.length, null, total)];
}

type Defect =
  | "date"
  | "blankAccount"
  | "unknownAccount"
  | "garbled"
  | "bothSides"
  | "offByACent"
  | "errorCell"
  | "currency";
const DEFECTS: Defect[] = [
  "date",
  "blankAccount",
  "unknownAccount",
  "garbled",
  "bothSides",
  "offByACent",
  "errorCell",
  "currency",
];

/** Applies a defect to a debit line (index `at` in the table) and returns what must be reported. */
function inject(lines: Line[], at: number, leader: number, defect: Defect): Finding[] {
  const c = (lines[at] as Line).cells;
  const row = rowOf(at);
  switch (defect) {
    case "date":
      c[0] = "2026-02-30";
      return [["date_invalid", row, "Date"]];
    case "blankAccount":
      c[2] = " ";
      return [["required", row, "Account"]];
    case "unknownAccount":
      c[2] = "9999";
      return [["foreign_key", row, "Account"]];
    case "garbled":
      c[4] = "12,3.4x";
      return [["amount_invalid", row, "Debit"]];
    case "bothSides":
      c[5] = c[4] ?? null;
      return [
        ["debit_and_credit", row, "Debit"],
        ["unbalanced_entry", rowOf(leader), "Debit"],
      ];
    case "offByACent": {
      const jpy = c[6] === "JPY";
      c[4] = typeof c[4] === "number" ? c[4] + (jpy ? 1 : 0.01) : `${Number(c[4]) + (jpy ? 1 : 0.01)}`;
      return [["unbalanced_entry", rowOf(leader), "Debit"]];
    }
    case "errorCell":
      c[3] = cellError("#N/A");
      return [["error_cell", row, "Description"]];
    case "currency":
      c[6] = "US$";
      return [["type", row, "Currency"]];
  }
}

describe("ledger properties", () => {
  it("clean generated journals give no findings, in any line order", () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: 1, maxLength: 15 }),
        fc.boolean(),
        (entries, interleave) => {
          let lines = entries.flatMap((e, id) => linesOf(e, id));
          if (interleave)
            lines = [...lines.filter((_, k) => k % 2 === 0), ...lines.filter((_, k) => k % 2 === 1)];
          const t = tableOfRecords(
            "Journal",
            HEADERS,
            lines.map((l) => l.cells),
          );
          const r = validateTable(t, { tables: [chart], lookups: { chartOfAccounts: "Accounts" } });
          expect(r.kind).toBe("ledger");
          expect(findings(r.issues)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("reports each injected defect at its exact cell, and only those", () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: 1, maxLength: 15 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...DEFECTS)), { maxLength: 6 }),
        (entries, picks) => {
          const lines = entries.flatMap((e, id) => linesOf(e, id));
          const leaderOf = new Map<number, number>();
          lines.forEach((l, k) => {
            if (!leaderOf.has(l.entry)) leaderOf.set(l.entry, k);
          });
          const expected: Finding[] = [];
          const used = new Set<number>();
          for (const [pick, defect] of picks) {
            // One defect per entry, on its first (debit) line, so consequences stay independent.
            const entry = pick % entries.length;
            if (used.has(entry)) continue;
            used.add(entry);
            const at = leaderOf.get(entry) as number;
            expected.push(...inject(lines, at, at, defect));
          }
          const t = tableOfRecords(
            "Journal",
            HEADERS,
            lines.map((l) => l.cells),
          );
          const r = validateTable(t, { tables: [chart], lookups: { chartOfAccounts: "Accounts" } });
          expect(findings(r.issues)).toEqual(sortFindings(expected));
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("the chart-of-accounts lookup as the rules name it", () => {
  const journal = tableOfRecords("Journal", HEADERS.slice(0, 6), [
    ["2026-01-05", "JE-1", "1000", "Cash sale", 100, null],
    ["2026-01-05", "JE-1", "9999", "Cash sale", null, 100],
  ]);
  const codes = (r: ReturnType<typeof validateTable>) => r.issues.map((i) => i.code);

  it("checks accounts in the table the rules name, skips them when the rules say null", () => {
    const named = validateTable(journal, {
      tables: [chart],
      rules: { lookups: { chartOfAccounts: "Accounts" } },
    });
    expect(codes(named)).toContain("foreign_key");
    const skipped = validateTable(journal, {
      tables: [chart],
      rules: { lookups: { chartOfAccounts: null } },
    });
    expect(codes(skipped)).not.toContain("foreign_key");
    expect(skipped.valid).toBe(true);
  });

  it("lets the run's own choice win over the rules' null", () => {
    const r = validateTable(journal, {
      tables: [chart],
      rules: { lookups: { chartOfAccounts: null } },
      lookups: { chartOfAccounts: "Accounts" },
    });
    expect(codes(r)).toContain("foreign_key");
  });
});
