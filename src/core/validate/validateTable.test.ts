import { found, run, sheet } from "../../../test/support/validateKit";
import { cellError } from "../cell";
import { tableFromRows } from "../table";
import { validateTable, validateTableSteps, type TableRules } from ".";

describe("column rules", () => {
  const t = sheet`Code | Qty | Price | Due | Email | Note
    A-1 | 5 | 10.50 | 2026-01-10 | ana@example.com | ok
    b-2 | -1 | 1,234.5 | 2026-13-01 | nobody | way too long a note
    "" | 2.5 | abc | 2025-12-31 | "N/A" |
    A-1 | 7 | 0.001 | "31/12/2026" | ben@example.com | -`;
  const rules: TableRules = {
    missingValues: ["N/A", "-"],
    columns: {
      Code: { type: "text", required: true, unique: true, pattern: "[A-Z]-\\d" },
      Qty: { type: "integer", min: 0, max: 6 },
      Price: { type: "amount", max: 1000 },
      Due: { type: "date", min: "2026-01-01", dateOrder: "DMY" },
      Email: { type: "email", required: true },
      Note: { type: "text", maxLength: 10 },
    },
  };
  const r = run(t, rules);

  it("reports every failing cell at its exact row and column, in sheet order", () => {
    expect(found(r)).toEqual([
      ["pattern", 3, "Code"],
      ["minimum", 3, "Qty"],
      ["maximum", 3, "Price"],
      ["date_invalid", 3, "Due"],
      ["type", 3, "Email"],
      ["max_length", 3, "Note"],
      ["required", 4, "Code"],
      ["type", 4, "Qty"],
      ["amount_invalid", 4, "Price"],
      ["minimum", 4, "Due"],
      ["required", 4, "Email"],
      ["unique", 5, "Code"],
      ["maximum", 5, "Qty"],
    ]);
  });

  it("words issues with location, value and what to do", () => {
    const byKey = new Map(r.issues.map((i) => [`${i.code}@${i.row}`, i]));
    expect(byKey.get("unique@5")).toMatchObject({
      sheet: "Stock",
      table: "Items",
      column: "Code",
      row: 5,
      address: "A5",
      severity: "error",
      value: '"A-1"',
      message:
        "Stock!Items[Code] row 5: Repeats the value of row 2; each row needs its own value here, so correct or remove one of them.",
    });
    expect(byKey.get("required@4")?.value).toBe('"N/A"');
    expect(byKey.get("minimum@3")?.message).toBe(
      "Stock!Items[Qty] row 3: Is below the minimum of 0; correct the value or the rule.",
    );
    expect(byKey.get("type@4")?.message).toBe(
      "Stock!Items[Qty] row 4: Not a whole number; enter a value such as 42.",
    );
    expect(byKey.get("max_length@3")?.message).toContain("Has 19 characters, more than the 10 allowed");
  });

  it("reads amounts exactly and in the column's unit (0.001 rounds to 0.00, 1,234.5 is over 1000)", () => {
    expect(r.issues.filter((i) => i.column === "Price").map((i) => i.row)).toEqual([3, 4]);
  });

  it("counts checked and failed cells per rule, Great Expectations style", () => {
    const stat = (rule: string) => r.stats.find((s) => s.rule === rule);
    expect(stat("Code:required")).toMatchObject({ checked: 4, failed: 1, percentFailed: 25, passed: false });
    expect(stat("Qty:type")).toMatchObject({ checked: 4, failed: 1, percentFailed: 25 });
    expect(stat("Qty:min")).toMatchObject({ checked: 3, failed: 1, percentFailed: 33.33 });
    expect(stat("Note:maxLength")).toMatchObject({ checked: 2, failed: 1 });
    expect(stat("Due:type")).toMatchObject({ checked: 4, failed: 1 });
    expect(r.valid).toBe(false);
    expect(r.counts.error).toBe(13);
  });

  it("says which date order it used and where it came from", () => {
    expect(r.columns.find((c) => c.header === "Due")).toEqual({
      header: "Due",
      index: 3,
      type: "date",
      dateOrder: "DMY",
      dateOrderHow: "declared",
    });
  });
});

describe("date order", () => {
  it("infers the order from the column and reports ambiguity when it cannot", () => {
    const inferred = run(
      sheet`Date
      31/03/2026
      03/04/2026`,
      { columns: { Date: { type: "date" } } },
    );
    expect(inferred.issues).toEqual([]);
    expect(inferred.columns[0]).toMatchObject({ dateOrder: "DMY", dateOrderHow: "inferred" });

    const ambiguous = run(
      sheet`Date
      03/04/2026
      2026-04-05`,
      { columns: { Date: { type: "date" } } },
    );
    expect(found(ambiguous)).toEqual([["date_ambiguous", 2, "Date"]]);
    expect(ambiguous.columns[0]).toMatchObject({ dateOrderHow: "none" });
  });

  it("lets the call's order win over the table's and the column's over both", () => {
    const t = sheet`A | B
      03/04/2026 | 03/04/2026`;
    const r = validateTable(t, {
      kind: "none",
      dateOrder: "MDY",
      rules: { dateOrder: "DMY", columns: { A: { type: "date" }, B: { type: "date", dateOrder: "YMD" } } },
    });
    expect(r.columns.map((c) => c.dateOrder)).toEqual(["MDY", "YMD"]);
    expect(r.issues.map((i) => [i.row, i.column])).toEqual([[2, "B"]]);
    expect(r.issues[0]?.code).toMatch(/^date_/);
  });
});

describe("allowed values", () => {
  const t = sheet`Status | Level
    Open | 1
    open | 2
    Closed | 3
    Pending | 1.0`;
  it("ignores case by default and compares numbers by value", () => {
    const r = run(t, {
      columns: { Status: { allowed: ["Open", "Closed"] }, Level: { type: "integer", allowed: [1, 2] } },
    });
    expect(found(r)).toEqual([
      ["not_allowed", 4, "Level"],
      ["not_allowed", 5, "Status"],
    ]);
  });
  it("compares exactly when the rule is case-sensitive", () => {
    const r = run(t, { columns: { Status: { allowed: ["Open", "Closed"], caseSensitive: true } } });
    expect(found(r)).toEqual([
      ["not_allowed", 3, "Status"],
      ["not_allowed", 5, "Status"],
    ]);
  });
});

describe("mostly, severity and switching rules off", () => {
  const rows = Array.from({ length: 100 }, (_, k) => [k === 3 || k === 50 ? "x" : String(k)]);
  const t = tableFromRows({ name: "T", sheet: "S", headers: ["N"], records: rows });
  it("passes a rule within its 'mostly' share and keeps the exceptions as warnings", () => {
    const r = run(t, { columns: { N: { type: "integer", mostly: 0.98 } } });
    expect(r.stats.find((s) => s.rule === "N:type")).toMatchObject({
      failed: 2,
      percentFailed: 2,
      mostly: 0.98,
      passed: true,
    });
    expect(r.issues.map((i) => [i.row, i.severity])).toEqual([
      [5, "warning"],
      [52, "warning"],
    ]);
    expect(r.valid).toBe(true);
  });
  it("fails the rule when more fail than 'mostly' allows", () => {
    const r = run(t, { columns: { N: { type: "integer", mostly: 0.99 } } });
    expect(r.stats.find((s) => s.rule === "N:type")?.passed).toBe(false);
    expect(r.counts.error).toBe(2);
  });
  it("applies a user's severity and removes switched-off rules", () => {
    expect(run(t, { columns: { N: { type: "integer", severity: "warning" } } }).counts).toEqual({
      error: 0,
      warning: 2,
      info: 0,
    });
    const off = run(t, { columns: { N: { type: "integer" } }, off: ["N:type"] });
    expect(off.issues).toEqual([]);
    expect(off.stats.some((s) => s.rule === "N:type")).toBe(false);
  });
});

describe("whole-table findings", () => {
  it("reports blank rows once and does not flag their required cells", () => {
    const t = sheet`A | B
      1 | x
        |
      2 | y`;
    const r = run(t, { columns: { A: { required: true } } });
    expect(found(r)).toEqual([["row_blank", 3, undefined]]);
  });
  it("reports error cells in every column, ruled or not", () => {
    const t = tableFromRows({
      name: "T",
      sheet: "S",
      headers: ["A", "B"],
      records: [
        [cellError("#N/A"), "#N/A"],
        [1, cellError("#REF!")],
      ],
    });
    const r = run(t, { columns: { A: { type: "integer" } } });
    expect(r.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ["error_cell", 2, "A", "#N/A"],
      ["error_cell", 3, "B", "#REF!"],
    ]);
  });
  it("warns about an empty table", () => {
    expect(found(run(sheet`A | B`, {}))).toEqual([["table_empty", undefined, undefined]]);
  });
});

describe("bad rules never crash a run", () => {
  const t = sheet`A | B
    1 | x`;
  it("reports unreadable rule JSON and still checks the table", () => {
    const r = validateTable(t, { rules: "{ nope", kind: "none" });
    expect(r.issues.map((i) => i.code)).toEqual(["rules_invalid"]);
    expect(r.issues[0]?.message).toMatch(/^Stock!Items: The rule set is not valid: not valid JSON \(/);
  });
  it("reports rules for columns that do not exist, and properties that do not fit the type", () => {
    const r = run(t, {
      columns: { Z: { required: true }, A: { type: "integer", pattern: "\\d", maxLength: 3 }, B: { min: 3 } },
    });
    expect(r.issues.map((i) => i.message)).toEqual([
      'Stock!Items: The rule columns["Z"] cannot be applied: the table has no column "Z". Correct the rule set.',
      'Stock!Items[A]: The rule columns["A"].maxLength cannot be applied: maxLength applies to text columns, and this column holds a whole number. Correct the rule set.',
      'Stock!Items[A]: The rule columns["A"].pattern cannot be applied: pattern applies to text columns, and this column holds a whole number. Correct the rule set.',
      'Stock!Items[B]: The rule columns["B"].min cannot be applied: min applies to numbers, amounts and dates; give the column one of those types. Correct the rule set.',
    ]);
  });
  it("reports an unknown kind and a bad lock date", () => {
    const r = validateTable(t, { kind: "spreadsheet", lockDate: "31/01/2026" });
    expect(r.issues.map((i) => i.code)).toEqual(["rule_invalid", "rule_invalid"]);
    expect(r.kind).toBeUndefined();
  });
});

describe("validateTableSteps", () => {
  const rows = Array.from({ length: 10 }, (_, k) => [k, k % 3 === 0 ? "bad" : k]);
  const t = tableFromRows({ name: "T", sheet: "S", headers: ["A", "B"], records: rows });
  const options = {
    kind: "none",
    rules: { columns: { A: { type: "integer" as const }, B: { type: "integer" as const } } },
    chunkRows: 3,
  };

  it("yields progress up to its total and returns the same result as validateTable", () => {
    const steps = validateTableSteps(t, options);
    const seen: number[] = [];
    let next = steps.next();
    let total = 0;
    while (next.done !== true) {
      seen.push(next.value.done);
      total = next.value.total;
      expect(next.value.phase).not.toBe("");
      next = steps.next();
    }
    expect(seen).toEqual(Array.from({ length: total }, (_, k) => k + 1));
    expect(next.value).toEqual(validateTable(t, options));
  });

  it("stops cleanly when the caller stops iterating (cancellation)", () => {
    const steps = validateTableSteps(t, options);
    steps.next();
    steps.next();
    expect(steps.return(undefined as never).done).toBe(true);
  });
});

describe("what the reader noted about the range", () => {
  it("says hidden rows were checked, a totals row was left out, and warns about merged cells", () => {
    const base = tableFromRows({ name: "T", sheet: "S", headers: ["A"], records: [[1], [2]] });
    const t = { ...base, notes: { hiddenRows: [3], totalsRow: 4, mergedAreas: ["A2:A3"] } };
    const r = validateTable(t, { kind: "none" });
    expect(r.issues.map((i) => [i.code, i.severity, i.row])).toEqual([
      ["merged_cells", "warning", undefined],
      ["row_hidden", "info", 3],
      ["totals_row_excluded", "info", 4],
    ]);
    expect(r.valid).toBe(true);
  });

  it("warns once that a text file's encoding was guessed, as a rule of its own", () => {
    const base = tableFromRows({ name: "T", sheet: "S", headers: ["A"], records: [["Müller"], ["Gebühr"]] });
    const r = validateTable({ ...base, notes: { guessedEncoding: "windows-1252" } }, { kind: "none" });
    expect(r.issues.map((i) => [i.code, i.severity, i.sheet, i.table, i.row])).toEqual([
      ["text_encoding_guessed", "warning", "S", "T", undefined],
    ]);
    expect(r.issues[0]?.message).toContain("read as Windows-1252");
    expect(r.stats.find((s) => s.code === "text_encoding_guessed")).toMatchObject({
      rule: "text encoding",
      checked: 1,
      failed: 1,
    });
    expect(r.valid).toBe(true);
  });
});
