/** =BO.VALIDATE and =BO.ISVALID as Excel calls them: ranges of values with a header row, optional arguments as null. */
import { rejectionOf } from "../../test/support/functionError";
import "./runtime";
import { useDateSystemSource } from "./dateSystem";
import { isValid, rangeOrigin, validate } from "./validate";

const JOURNAL = [
  ["Date", "Entry", "Account", "Description", "Debit", "Credit"],
  [46083, "JE-1", "1000", "Cash sale", 100, ""],
  [46083, "JE-1", "4000", "Cash sale", "", 100],
  [46084, "JE-2", "1000", "Both sides", 50, 50],
  ["03/04/2026", "JE-3", "1000", "Text date", 10, ""],
  [46086, "JE-3", "4000", "Short credit", "", 9],
  ["", "", "", "", "", ""],
  ["", "", "", "", "", ""],
];

const at = (address: string) =>
  ({ parameterAddresses: [address, "", ""] }) as unknown as CustomFunctions.Invocation;

describe("=BO.VALIDATE", () => {
  it("spills each issue with its worksheet row, column, code and message under a header row", async () => {
    const out = await validate(
      JOURNAL,
      null as unknown as string,
      null as unknown as string,
      at("Books!B10:G17"),
    );
    expect(out[0]).toEqual(["Row", "Column", "Code", "Message", "Severity"]);
    expect(out.slice(1).map((r) => r.slice(0, 3))).toEqual([
      [13, "Debit", "debit_and_credit"],
      [14, "Date", "date_ambiguous"],
      [14, "Debit", "unbalanced_entry"],
    ]);
    expect(out[1]![3]).toMatch(/^Has both Debit and Credit; keep one of them/);
    expect(out[1]![4]).toBe("error");
  });

  it("says there is nothing to report in a single row", async () => {
    const clean = JOURNAL.slice(0, 3);
    expect(await validate(clean, "ledger", "", at("Sheet1!A1:F3"))).toEqual([
      ["No issues (2 records checked)"],
    ]);
  });

  it("counts rows within the range, and says so, when Excel gives no address", async () => {
    const out = await validate(JOURNAL, "", "", undefined as unknown as CustomFunctions.Invocation);
    expect(out[0]![0]).toBe("Row (in range)");
    expect(out[1]![0]).toBe(4);
  });

  it("applies the rules given as JSON, one table's or a whole rule set with one table", async () => {
    const rules = '{"dateOrder":"DMY","columns":{"Description":{"maxLength":9}}}';
    const out = await validate(JOURNAL, "ledger", rules, at("Books!B10:G17"));
    // "Both sides" and "Short credit" are longer than 9; the DMY order makes 03/04/2026 a date.
    expect(out.slice(1).map((r) => [r[0], r[2]])).toEqual([
      [13, "max_length"],
      [13, "debit_and_credit"],
      [14, "unbalanced_entry"],
      [15, "max_length"],
    ]);
    const set = `{"version":1,"tables":{"Journal":${rules}}}`;
    expect(await validate(JOURNAL, "ledger", set, at("Books!B10:G17"))).toEqual(out);
  });

  it.each([
    [
      "a bad rule set",
      "ledger",
      '{"columns":{"Debit":{"requried":true}}}',
      /rulesJson: columns\.Debit: Unrecognized key: "requried"/,
    ],
    ["JSON that is not JSON", "ledger", "{nope", /rulesJson: not valid JSON/],
    ["an unknown kind", "ledgr", "", /kind: "ledgr" is not a kind of table/],
  ])("answers #VALUE! with the reason for %s", async (_, kind, rules, reason) => {
    const e = await rejectionOf(() => validate(JOURNAL, kind, rules, at("Books!B10:G17")));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(reason);
  });

  it("refuses something that is not a range with a header row", async () => {
    expect((await rejectionOf(() => validate(42 as unknown as unknown[][], "", "", at("A1")))).code).toBe(
      "#VALUE!",
    );
  });

  it("caps the spilled rows and says how many more there are", async () => {
    const rows = [["Amount"], ...Array.from({ length: 6000 }, () => ["x"])];
    const out = await validate(rows, "none", '{"columns":{"Amount":{"type":"number"}}}', at("S!A1:A6001"));
    expect(out.length).toBe(5002);
    expect(out[5001]).toEqual([
      "",
      "",
      "truncated",
      expect.stringMatching(/^1,000 more issues not shown/),
      "",
    ]);
  });
});

describe("=BO.ISVALID", () => {
  it.each([
    ["2026-03-31", "date", undefined, true],
    [46112, "date", undefined, true],
    ["31/31/2026", "date", undefined, false],
    ["1,234.50", "amount", undefined, true],
    ["ana@example", "email", undefined, false],
    ["INV-0042", "text", "INV-\\d{4}", true],
    ["INV-42", "text", "INV-\\d{4}", false],
    ["", "text", undefined, false],
  ])("ISVALID(%j, %j, %j) is %j", async (value, type, pattern, expected) => {
    expect(await isValid(value, type, pattern)).toBe(expected);
  });

  it("answers #VALUE! for an unknown type, a bad pattern or a range", async () => {
    expect((await rejectionOf(() => isValid("x", "colour"))).message).toMatch(/"colour" is not a type/);
    expect((await rejectionOf(() => isValid("x", "text", "("))).message).toMatch(
      /not a valid regular expression/,
    );
    expect((await rejectionOf(() => isValid("x", "text", "(a+)+"))).message).toMatch(
      /"\(a\+\)\+" repeats a group that itself repeats/,
    );
    expect((await rejectionOf(() => isValid([["x"]], "text"))).code).toBe("#VALUE!");
  });
});

describe("date serials in a 1904 workbook", () => {
  afterEach(() => useDateSystemSource(null));

  it("VALIDATE reads serials in the workbook's system: 0 is 1904-01-01 there, not day zero", async () => {
    const rows = [
      ["Date", "Memo"],
      [0, "first day"],
      [60, "March 1st"],
    ];
    const rules = '{"columns":{"Date":{"type":"date"}}}';
    const in1900 = await validate(rows, "none", rules, at("S!A1:B3"));
    expect(in1900.slice(1).map((r) => [r[0], r[2]])).toEqual([
      [2, "date_out_of_range"],
      [3, "date_invalid"],
    ]);
    useDateSystemSource(async () => 1904);
    expect(await validate(rows, "none", rules, at("S!A1:B3"))).toEqual([["No issues (2 records checked)"]]);
  });

  it("ISVALID does the same for one value", async () => {
    expect(await isValid(60, "date")).toBe(false);
    useDateSystemSource(async () => 1904);
    expect(await isValid(60, "date")).toBe(true);
  });
});

describe("range addresses", () => {
  it.each([
    ["Books!B10:G17", { sheet: "Books", row: 10, column: 1 }],
    ["'Bank March'!$A$1:$E$5", { sheet: "Bank March", row: 1, column: 0 }],
    ["'It''s'!AA3", { sheet: "It's", row: 3, column: 26 }],
    ["", null],
  ])("reads %j", (address, origin) => {
    expect(rangeOrigin(address)).toEqual(origin);
  });
});
