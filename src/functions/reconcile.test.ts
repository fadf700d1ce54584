/** =BO.MATCH and =BO.RECONCILE as Excel calls them: ranges of values with header rows, optional JSON. */
import { rejectionOf } from "../../test/support/functionError";
import "./runtime";
import { useDateSystemSource } from "./dateSystem";
import { match, reconcileSummary } from "./reconcile";
import { sharedRuns } from "./reconcileRun";

const LEDGER = [
  ["Date", "Account", "Description", "Debit", "Credit", "Reference"],
  [46083, "1000", "Receipt INV-1041", 4250, "", "INV-1041"],
  [46084, "1000", "Payment BILL-552", "", 1875.4, "BILL-552"],
  [46087, "1000", "Receipt INV-1043", 1234, "", "INV-1043"],
  [46090, "1000", "Office supplies", "", 186.9, "CHQ-000318"],
  ["", "", "", "", "", ""],
];
const BANK = [
  ["Date", "Description", "Reference", "Paid Out", "Paid In"],
  [46084, "CREDIT TRANSFER HARBOUR INV1041", "INV1041", "", 4250],
  [46086, "DIRECT DEBIT GREENLINE BILL-552", "BILL-552", 1875.4, ""],
  [46089, "CREDIT TRANSFER NORTHWIND INV-1043", "INV-1043", "", 1243],
  [46092, "ACCOUNT FEE", "", 15, ""],
];

const at = (left: string, right: string) =>
  ({ parameterAddresses: [left, right, ""] }) as unknown as CustomFunctions.Invocation;

describe("=BO.MATCH", () => {
  it("spills matches with worksheet rows, then the open rows", async () => {
    const out = await match(LEDGER, BANK, "", at("Books!B10:G15", "'Bank March'!$A$1:$E$5"));
    expect(out[0]).toEqual(["Match ID", "Left row", "Right row", "Status", "Rule", "Difference", "Note"]);
    expect(out.slice(1).map((r) => r.slice(1, 6))).toEqual([
      [11, 2, "confirmed", "reference", 0],
      [12, 3, "confirmed", "reference", 0],
      [13, 4, "suggested", "tolerance", 9],
      [14, "", "unmatched", "", ""],
      ["", 5, "unmatched", "", ""],
    ]);
    expect(out[1]?.[0]).toMatch(/^M-[0-9a-f]{12}$/);
    expect(String(out[3]?.[6])).toContain("amount differs by 9.00");
  });

  it("numbers rows within the ranges, and says so, when Excel gives no addresses", async () => {
    const out = await match(
      LEDGER,
      BANK,
      null as unknown as string,
      undefined as unknown as CustomFunctions.Invocation,
    );
    expect(out[0]?.slice(1, 3)).toEqual(["Left row (in range)", "Right row (in range)"]);
    expect(out[1]?.slice(1, 3)).toEqual([1, 1]);
  });

  it("reads a register's Withdrawal and Deposit as money out and in, as the bank's Paid Out and Paid In", async () => {
    const register = [
      ["Date", "Reference", "Payee", "Withdrawal", "Deposit"],
      [46083, "INV-1041", "Harbour", "", 4250],
      [46084, "BILL-552", "Greenline", 1875.4, ""],
    ];
    const out = await match(register, BANK, "", at("A1:E3", "H1:L5"));
    expect(out.slice(1, 3).map((r) => r.slice(1, 4))).toEqual([
      [2, 2, "confirmed"],
      [3, 3, "confirmed"],
    ]);
    // A convention the rules give is kept: Withdrawal is then money in, and nothing matches.
    const kept = await match(
      register,
      BANK,
      JSON.stringify({ left: { debitCredit: "debit-positive" } }),
      at("A1:E3", "H1:L5"),
    );
    expect(kept.slice(1).filter((r) => r[3] === "confirmed")).toEqual([]);
  });

  it("applies rules and side settings from rulesJson", async () => {
    const rules = JSON.stringify({
      rules: [{ id: "amount-only", amount: "exact", date: { before: 0, after: 3 } }],
      right: { sign: "flip" },
    });
    const out = await match(LEDGER, BANK, rules, at("A1:F6", "H1:L5"));
    expect(out.slice(1).every((r) => r[3] === "unmatched")).toBe(true);
  });

  it("lists rows it cannot read with the reason", async () => {
    const dirty = LEDGER.map((r, i) => (i === 2 ? [r[0], r[1], r[2], r[3], "1,87,5.40", r[5]] : r));
    const out = await match(dirty, BANK, "", at("A1:F6", "H1:L5"));
    const bad = out.find((r) => r[3] === "unreadable");
    expect(bad?.slice(1, 3)).toEqual([3, ""]);
    expect(String(bad?.[6])).toMatch(/^Credit: Not an amount/);
  });

  it.each([
    [[], BANK, "", "leftTable: give a range"],
    [
      [
        ["Memo", "Qty"],
        ["a", 1],
      ],
      BANK,
      "",
      "leftTable: ",
    ],
    [LEDGER, BANK, "{not json", "rulesJson: not JSON"],
    [LEDGER, BANK, '[{"id":"x","date":{"before":-1,"after":1}}]', "rules[0].date.before"],
  ])("answers #VALUE! with the reason for bad arguments (%#)", async (left, right, json, text) => {
    const e = await rejectionOf(() => match(left as unknown[][], right, json, at("A1:F6", "H1:L5")));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(text);
  });
});

describe("a DATEV export opened in Excel as it is", () => {
  it("answers #VALUE! saying so, not with a missing column", async () => {
    const opened = [
      ["EXTF", 700, 21, "Buchungsstapel"],
      ["Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "Konto", "Belegdatum"],
      ["4250,00", "S", 1200, 303],
    ];
    const e = await rejectionOf(() => match(opened, BANK, "", at("A1:D3", "H1:L5")));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      "leftTable: A DATEV export opened in Excel as it is: its own first line (EXTF) stands where the headers belong, and its dates have lost their year; bring it in with Import a ledger file… (or read it with bo).",
    );
  });
});

describe("date serials in a 1904 workbook", () => {
  afterEach(() => useDateSystemSource(null));
  // The ledger's dates are serials of the 1904 system (1,462 below the 1900 ones); the bank's are text.
  const ledger1904 = LEDGER.map((r, i) =>
    i > 0 && typeof r[0] === "number" ? [r[0] - 1462, ...r.slice(1)] : r,
  );
  const bankText = BANK.map((r, i) =>
    i === 0 ? r : [["2026-03-03", "2026-03-05", "2026-03-08", "2026-03-11"][i - 1], ...r.slice(1)],
  );
  const statuses = (out: unknown[][]) => out.slice(1).map((r) => r[3]);

  it("reads serials in the workbook's system, so they meet text dates on the same days", async () => {
    useDateSystemSource(async () => 1904);
    const out = await match(ledger1904, bankText, "", at("A1:F6", "H1:L5"));
    expect(statuses(out)).toEqual(["confirmed", "confirmed", "suggested", "unmatched", "unmatched"]);
  });

  it("would miss every match reading them as 1900 serials, four years early", async () => {
    const out = await match(ledger1904, bankText, "", at("A1:F6", "H1:L5"));
    expect(statuses(out).filter((s) => s !== "unmatched")).toEqual([]);
  });

  it("fails with #N/A when Excel cannot say which system the workbook uses", async () => {
    useDateSystemSource(async () => {
      throw new Error("busy");
    });
    expect(
      (await rejectionOf(() => reconcileSummary(ledger1904, bankText, "", at("A1:F6", "H1:L5")))).code,
    ).toBe("#N/A");
  });
});

describe("=BO.RECONCILE", () => {
  it("spills counts and totals per status and side, and the unexplained difference", async () => {
    expect(await reconcileSummary(LEDGER, BANK, "", at("A1:F6", "H1:L5"))).toEqual([
      ["", "Matches", "Left rows", "Left total", "Right rows", "Right total"],
      ["Confirmed", 2, 2, 2374.6, 2, 2374.6],
      ["Suggested", 1, 1, 1234, 1, 1243],
      ["Unmatched", "", 1, -186.9, 1, -15],
      ["Cleared earlier", "", 0, 0, 0, 0],
      ["Unreadable", "", 0, "", 0, ""],
      ["Unexplained difference", 0, "", "", "", ""],
    ]);
  });
});

describe("month after month: ranges carrying an earlier Apply's result columns", () => {
  const RESULT = ["BO Match ID", "BO Status", "BO Rule", "BO Note"];
  /** A range with the result columns an Apply of `listing` writes beside it (column 1 left, 2 right). */
  function applied(range: unknown[][], listing: unknown[][], column: 1 | 2, firstRow: number): unknown[][] {
    return range.map((r, i) => {
      if (i === 0) return [...r, ...RESULT];
      const m = listing.find((x) => x[column] === firstRow + i);
      return [...r, m?.[0] ?? "", m?.[3] ?? "", m?.[4] ?? "", m?.[6] ?? ""];
    });
  }
  // The next statement: the cheque booked on the 10th is cashed; INV-1043 (only suggested on the last
  // statement, whose 1,243 the bank returned) is paid again.
  const APRIL = [
    ["Date", "Description", "Reference", "Paid Out", "Paid In"],
    [46093, "CHEQUE 318", "CHQ-000318", 186.9, ""],
    [46091, "CREDIT TRANSFER NORTHWIND INV-1043", "INV-1043", "", 1234],
  ];
  let ledgerAfterMarch: unknown[][];
  let bankAfterMarch: unknown[][];
  beforeAll(async () => {
    const march = await match(LEDGER, BANK, "", at("A1:F6", "H1:L5"));
    ledgerAfterMarch = applied(LEDGER, march, 1, 1);
    bankAfterMarch = applied(BANK, march, 2, 1);
  });
  const statuses = (out: unknown[][]) => out.slice(1).map((r) => [r[1], r[2], r[3]]);

  it("leave out of next month's run the rows confirmed against another range, and say so", async () => {
    const out = await match(ledgerAfterMarch as never, APRIL, "", at("A1:J6", "M1:Q3"));
    expect(statuses(out)).toEqual([
      [4, 3, "confirmed"],
      [5, 2, "confirmed"],
      [2, "", "cleared earlier"],
      [3, "", "cleared earlier"],
    ]);
    expect(out[3]?.[6]).toBe(`Cleared earlier: BO Match ID ${ledgerAfterMarch[1]?.[6]}; takes no part`);
    const summary = await reconcileSummary(ledgerAfterMarch as never, APRIL, "", at("A1:J6", "M1:Q3"));
    expect(summary[4]).toEqual(["Cleared earlier", "", 2, 2374.6, 0, 0]);
    expect(summary[1]?.slice(0, 3)).toEqual(["Confirmed", 2, 2]);
  });

  it("reconcile last month again as it was: the rows both ranges share a match id with take part", async () => {
    const again = await match(ledgerAfterMarch as never, bankAfterMarch as never, "", at("A1:J6", "H1:P5"));
    const fresh = await match(LEDGER, BANK, "", at("A1:F6", "H1:L5"));
    expect(again).toEqual(fresh);
  });

  it("after next month's Apply, keep what it cleared out of last month's run and what it carried in", async () => {
    // April's Apply: its own matches, and March's rows carried with a note naming the table.
    const april = await match(ledgerAfterMarch as never, APRIL, "", at("A1:J6", "M1:Q3"));
    const ledgerAfterApril = ledgerAfterMarch.map((r, i) => {
      if (i === 0) return r;
      const m = april.find((x) => x[1] === 1 + i && x[3] === "confirmed");
      if (m) return [...r.slice(0, 6), m[0], m[3], m[4], m[6]];
      const confirmed = r[7] === "confirmed";
      return confirmed ? [...r.slice(0, 9), `Cleared earlier with Bank: ${String(r[9])}`] : r;
    });
    const march = await match(ledgerAfterApril as never, bankAfterMarch as never, "", at("A1:J6", "H1:P5"));
    // The cheque and INV-1043 were open as of March: they take part, as they did then.
    expect(march).toEqual(await match(LEDGER, BANK, "", at("A1:F6", "H1:L5")));
    const aprilAfterApril = applied(APRIL, april, 2, 1);
    const aprilAgain = await match(
      ledgerAfterApril as never,
      aprilAfterApril as never,
      "",
      at("A1:J6", "M1:Q3"),
    );
    expect(statuses(aprilAgain).filter((r) => r[2] === "cleared earlier")).toEqual([
      [2, "", "cleared earlier"],
      [3, "", "cleared earlier"],
    ]);
    expect(String(aprilAgain.find((r) => r[1] === 2)?.[6])).toMatch(/^Cleared earlier with Bank: BO Match/);
  });
});

describe("=BO.MATCH and =BO.RECONCILE in one recalculation", () => {
  beforeEach(() => {
    sharedRuns.forget();
    sharedRuns.computed = 0;
    sharedRuns.reused = 0;
  });
  afterAll(() => sharedRuns.forget());

  it("share one run over the same ranges, so the summary agrees with the listing", async () => {
    const where = at("Books!B10:G15", "'Bank March'!$A$1:$E$5");
    const [listing, summary] = await Promise.all([
      match(LEDGER, BANK, "", where),
      // Excel hands each call its own copies of the values.
      reconcileSummary(structuredClone(LEDGER), structuredClone(BANK), null as unknown as string, where),
    ]);
    expect(sharedRuns).toMatchObject({ computed: 1, reused: 1 });
    const confirmed = listing.filter((r) => r[3] === "confirmed").length;
    expect(summary[1]?.slice(0, 2)).toEqual(["Confirmed", confirmed]);
  });

  it("run again when one cell, the rules or the ranges' place differ", async () => {
    const where = at("A1:F6", "H1:L5");
    const first = await match(LEDGER, BANK, "", where);
    const edited = BANK.map((r, i) => (i === 3 ? [...r.slice(0, 4), 1234] : r));
    const second = await match(LEDGER, edited, "", where);
    expect(second[3]?.slice(3, 6)).toEqual(["confirmed", "reference", 0]);
    expect(first[3]?.slice(3, 6)).toEqual(["suggested", "tolerance", 9]);
    await match(LEDGER, edited, JSON.stringify({ rules: [{ id: "exact-only" }] }), where);
    await match(LEDGER, edited, "", at("A2:F7", "H1:L5"));
    expect(sharedRuns).toMatchObject({ computed: 4, reused: 0 });
  });

  it("keep no run that failed: the same bad input fails again", async () => {
    const bad = [["Memo"], ["x"]];
    await rejectionOf(() => match(bad, BANK, "", at("A1:A2", "H1:L5")));
    await rejectionOf(() => match(bad, BANK, "", at("A1:A2", "H1:L5")));
    expect(sharedRuns).toMatchObject({ computed: 0, reused: 0 });
  });
});
