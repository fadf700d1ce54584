/**
 * =BO.MATCH and =BO.RECONCILE over ranges as users hand them over: a currency named on one side only,
 * columns the function cannot read, whole-column ranges, header-only ranges, cells it cannot read.
 */
import { rejectionOf } from "../../test/support/functionError";
import "./runtime";
import { match, reconcileSummary } from "./reconcile";

const at = (left: string, right: string) =>
  ({ parameterAddresses: [left, right, ""] }) as unknown as CustomFunctions.Invocation;
const nowhere = undefined as unknown as CustomFunctions.Invocation;
const rows = (out: unknown[][]) => out.slice(1).map((r) => r.slice(1, 6));

const BOOK = [
  ["Date", "Amount", "Reference"],
  [46083, 100, "A1"],
  [46084, -40, "A2"],
];
const BANK = [
  ["Date", "Amount", "Reference"],
  [46083, 100, "A1"],
  [46085, 7, "B9"],
];

async function errorOf(left: unknown[][], right: unknown[][], rules = "", where = nowhere) {
  const e = await rejectionOf(() => match(left as never, right as never, rules, where));
  expect(e.code).toBe("#VALUE!");
  return e.message;
}

describe("rows without a currency take the one currency the tables name", () => {
  const withCurrency = (amount: number | string, currency: string) => [
    ["Date", "Amount", "Currency", "Reference"],
    [46083, amount, currency, "A1"],
  ];
  const without = (amount: number | string) => [
    ["Date", "Amount", "Reference"],
    [46083, amount, "A1"],
  ];

  it.each([
    [5000, "JPY"],
    [1.234, "BHD"],
    [4250.5, "USD"],
  ])("%s %s against the same amount with no currency is an exact match", async (amount, code) => {
    const out = await match(withCurrency(amount, code), without(amount), "", at("A1:D2", "F1:H2"));
    expect(rows(out)).toEqual([[2, 2, "confirmed", "exact", 0]]);
    const flipped = await match(without(amount), withCurrency(amount, code), "", at("A1:C2", "F1:I2"));
    expect(rows(flipped)).toEqual([[2, 2, "confirmed", "exact", 0]]);
  });

  it("RECONCILE totals both sides in that currency", async () => {
    const out = await reconcileSummary(withCurrency(5000, "JPY"), without(5000), "", at("A1:D2", "F1:H2"));
    expect(out[1]).toEqual(["Confirmed", 1, 1, 5000, 1, 5000]);
    expect(out[6]).toEqual(["Unexplained difference", 0, "", "", "", "JPY"]);
  });

  it("RECONCILE shows each total in its rows' currency, and says when they mix currencies", async () => {
    const left = [
      ["Date", "Amount", "Currency", "Reference"],
      [46083, 5000, "JPY", "A1"],
      [46084, 12.5, "USD", "A2"],
    ];
    const right = [
      ["Date", "Amount", "Currency", "Reference"],
      [46090, 1.234, "BHD", "B1"],
    ];
    const out = await reconcileSummary(left, right, "", at("A1:D3", "F1:I2"));
    expect(out[3]).toEqual(["Unmatched", "", 2, "mixed currencies", 1, 1.234]);
    const yen = await reconcileSummary(left.slice(0, 2), right, "", at("A1:D2", "F1:I2"));
    expect(yen[3]).toEqual(["Unmatched", "", 1, 5000, 1, 1.234]);
    expect(yen[6]).toEqual(["Unexplained difference", "mixed currencies", "", "", "", "BHD, JPY"]);
  });
});

describe("columns the function cannot read answer #VALUE! saying what core found", () => {
  it("two columns with one header", async () => {
    const left = [
      ["Date", "Debit", "Debit", "Credit"],
      [46083, 100, "", ""],
    ];
    const message = await errorOf(left, BANK);
    expect(message).toBe('leftTable: The header "Debit" also names column 2; rename one of them.');
  });

  it("two Amount columns: the duplicate, not a missing Amount", async () => {
    const right = [
      ["Date", "Amount", "Amount"],
      [46083, 100, 100],
    ];
    const message = await errorOf(BOOK, right);
    expect(message).toBe('rightTable: The header "Amount" also names column 2; rename one of them.');
  });

  it("two columns that could equally be the date: choose one in rulesJson", async () => {
    const left = [
      ["Booking Date", "Posting Date", "Amount"],
      [46083, 46084, 100],
    ];
    expect(await errorOf(left, BANK)).toBe(
      'leftTable: Several columns could be Date ("Booking Date", "Posting Date"); choose one in rulesJson: {"left": {"columns": {"date": "…"}}}.',
    );
  });

  it("a mapping to a header the range does not have names it and the headers there are", async () => {
    const left = [
      ["Date", "Amount", "Code"],
      [46083, 100, "A1"],
    ];
    const rules = JSON.stringify({ left: { columns: { reference: "Cod" } } });
    expect(await errorOf(left, BANK, rules)).toBe(
      'leftTable: rulesJson names "Cod" for reference, but no column is named "Cod"; the headers are "Date", "Amount", "Code".',
    );
  });

  it("a mapping of the date to a header that does not exist says so, not that there is no date", async () => {
    const rules = JSON.stringify({ right: { columns: { date: "Nope" } } });
    expect(await errorOf(BOOK, BANK, rules)).toBe(
      'rightTable: rulesJson names "Nope" for date, but no column is named "Nope"; the headers are "Date", "Amount", "Reference".',
    );
  });

  it("a mapping of two fields to one column is refused, naming both, not as a missing column", async () => {
    const rules = JSON.stringify({ right: { columns: { amount: "Amount", reference: "amount" } } });
    expect(await errorOf(BOOK, BANK, rules)).toBe(
      'rulesJson: right.columns: amount and reference both name "amount"; a column is read as one field only',
    );
  });

  it("a misspelt field in columns is refused, naming the fields", async () => {
    const rules = JSON.stringify({ left: { columns: { refrence: "Reference" } } });
    const message = await errorOf(BOOK, BANK, rules);
    expect(message).toMatch(/^rulesJson: left\.columns: Unrecognized key: "refrence"; .*\breference\b/);
  });

  it.each([
    [
      "left",
      [
        ["Date", "Memo"],
        [46083, "x"],
      ],
      BANK,
      "leftTable",
    ],
    [
      "right",
      BOOK,
      [
        ["Date", "Memo"],
        [46083, "x"],
      ],
      "rightTable",
    ],
  ])(
    "no amount column (%s): add one or name it in rulesJson, without a location",
    async (side, l, r, name) => {
      expect(await errorOf(l, r)).toBe(
        `${name}: No column for Amount; add a column named "Amount", "Debit" or "Credit" or name it in rulesJson: {"${side}": {"columns": {"amount": "…"}}}.`,
      );
      expect(await errorOf(l, r, "", at("Ledger!A1:B2", "Bank!A1:C3"))).not.toMatch(/row \d/);
    },
  );

  it("no date column is an error too, not rows that cannot be read", async () => {
    const left = [
      ["Posted", "Amount"],
      [46083, 100],
    ];
    expect(await errorOf(left, BANK)).toMatch(/^leftTable: No column for Date; .*"date": "…"/);
  });

  it("a header written twice over columns no field is read from is listed as a warning, not refused", async () => {
    const left = [
      ["Date", "Amount", "Reference", "Notes", "Notes"],
      [46083, 100, "A1", "x", "y"],
    ];
    const out = await match(left, BANK, "", at("Ledger!A1:E2", "Bank!A1:C3"));
    expect(out.filter((r) => r[3] === "confirmed")).toHaveLength(1);
    expect(out[out.length - 1]?.slice(1)).toEqual([
      1,
      "",
      "warning",
      "",
      "",
      'Notes: The header "Notes" also names column 4; rename one of them.',
    ]);
  });

  it("a column with values but no header is listed as a warning after the rows", async () => {
    const left = [
      ["Date", "Amount", "Reference", ""],
      [46083, 100, "A1", "note"],
    ];
    const out = await match(left, BANK, "", at("Ledger!A1:D2", "Bank!A1:C3"));
    expect(out[out.length - 1]?.slice(1)).toEqual([
      1,
      "",
      "warning",
      "",
      "",
      "Column 4 has no header; give it a name or delete the column.",
    ]);
  });
});

describe("amounts read rounded to their currency", () => {
  it("are listed as a warning at the first of them, naming the column", async () => {
    const left = [
      ["Date", "Amount", "Currency", "Reference"],
      [46083, 5000, "JPY", "A1"],
    ];
    const right = [
      ["Date", "Paid In", "Reference"],
      [46083, "5000.4", "A1"],
      [46084, "12.5", "B2"],
    ];
    const out = await match(left, right, "", at("A1:D2", "F1:H3"));
    expect(out[1]?.slice(1, 6)).toEqual([2, 2, "confirmed", "exact", 0]);
    const warning = out[out.length - 1];
    expect(warning?.slice(1, 4)).toEqual(["", 2, "warning"]);
    expect(warning?.[6]).toMatch(/^Paid In: "5000\.4" has more decimal places than JPY has \(0\)/);
  });
});

describe("whole-column ranges", () => {
  // Excel hands Ledger!A:C over as every row of the sheet, nearly all of them blank.
  const column = (table: unknown[][]) => {
    const blank = table[0]!.map(() => "");
    const out = [...table, blank, [46090, 5, "C3"]];
    while (out.length < 1_048_576) out.push(blank);
    return out;
  };

  it.each(["Ledger!A:C", "Ledger!$A:$C", "'Sheet name'!A:C"])(
    "read up to their last row with worksheet rows (%s)",
    async (address) => {
      const out = await match(column(BOOK), BANK, "", at(address, "Bank!A1:C3"));
      expect(out[0]?.[1]).toBe("Left row");
      expect(rows(out)).toEqual([
        [2, 2, "confirmed", "exact", 0],
        [3, "", "unmatched", "", ""],
        [5, "", "unmatched", "", ""],
        ["", 3, "unmatched", "", ""],
      ]);
    },
  );
});

describe("a range with its header row and no data", () => {
  it("is a side with no rows, as a header and a blank row is", async () => {
    const empty = [["Date", "Amount", "Reference"]];
    const blankRow = [...empty, ["", "", ""]];
    const out = await match(empty, BANK, "", at("A1:C1", "F1:H3"));
    expect(rows(out)).toEqual([
      ["", 2, "unmatched", "", ""],
      ["", 3, "unmatched", "", ""],
    ]);
    expect(await match(blankRow, BANK, "", at("A1:C2", "F1:H3"))).toEqual(out);
    const summary = await reconcileSummary(BANK, empty, "", at("F1:H3", "A1:C1"));
    expect(summary[3]).toEqual(["Unmatched", "", 2, 107, 0, 0]);
  });
});

describe("rows that cannot be read", () => {
  it("say which column", async () => {
    const left = [
      ["Date", "Debit", "Credit", "Reference"],
      [46083, "abc", "", "A1"],
    ];
    const out = await match(left, BANK, "", at("A1:D2", "F1:H3"));
    const bad = out.find((r) => r[3] === "unreadable");
    expect(String(bad?.[6])).toMatch(/^Debit: Not an amount: unexpected "a" in "abc"/);
  });

  it("a row the bank lists as pending is listed as pending, with the bank's word, not as unreadable", async () => {
    const right = [
      ["Date", "Amount", "Reference", "Status"],
      [46083, 100, "A1", "Booked"],
      [46084, 7, "B9", "Pending"],
    ];
    const out = await match(BOOK, right, "", at("A1:C3", "F1:I3"));
    expect(out.some((r) => r[3] === "unreadable")).toBe(false);
    const pending = out.filter((r) => r[3] === "pending");
    expect(pending.map((r) => [r[1], r[2]])).toEqual([["", 3]]);
    expect(String(pending[0]?.[6])).toContain("The row is pending (Pending), not booked yet");
  });

  it("a line stating the opening balance is listed as balance, not as unreadable", async () => {
    const right = [
      ["Date", "Description", "Amount", "Balance"],
      [46082, "Opening balance", null, 1000],
      [46083, "A1", 100, 1100],
    ];
    const out = await match(BOOK, right, "", at("A1:C3", "F1:I3"));
    expect(out.some((r) => r[3] === "unreadable")).toBe(false);
    const balance = out.filter((r) => r[3] === "balance");
    expect(balance.map((r) => [r[1], r[2]])).toEqual([["", 2]]);
    expect(String(balance[0]?.[6])).toContain("The row states the opening balance");
  });

  it("a date that reads both ways names the date order to set in rulesJson", async () => {
    const right = [
      ["Date", "Amount", "Reference"],
      ["04.03.2026", 100, "A1"],
      ["05.03.2026", 7, "B9"],
    ];
    const out = await match(BOOK, right, "", at("A1:C3", "F1:H3"));
    const bad = out.filter((r) => r[3] === "unreadable");
    expect(bad.map((r) => r[2])).toEqual([2, 3]);
    expect(String(bad[0]?.[6])).toMatch(/^Date: The date "04\.03\.2026" can be read as /);
    expect(String(bad[0]?.[6])).toMatch(/rulesJson: \{"right": \{"dateOrder": "DMY"\}\}/);
    const rules = JSON.stringify({ right: { dateOrder: "DMY" } });
    const read = await match(BOOK, right, rules, at("A1:C3", "F1:H3"));
    expect(read.some((r) => r[3] === "unreadable")).toBe(false);
  });
});
