/**
 * =BO.MATCH and =BO.RECONCILE from the BUILT bundle, the way Excel meets them: dist/functions.js run with
 * a stub CustomFunctions runtime, called by id with ranges as value arrays and the invocation last.
 */
import { callerOf, loadFunctions } from "./support/loadFunctions";

const LEDGER = [
  ["Date", "Account", "Description", "Debit", "Credit", "Reference"],
  [46083, "1000", "Receipt INV-1041", 4250, "", "INV-1041"],
  [46084, "1000", "Payment BILL-552", "", 1875.4, "BILL-552"],
  [46087, "1000", "Receipt INV-1043", 1234, "", "INV-1043"],
  [46090, "1000", "Office supplies", "", 186.9, "CHQ-000318"],
];
const BANK = [
  ["Date", "Description", "Reference", "Paid Out", "Paid In"],
  [46084, "CREDIT TRANSFER HARBOUR INV1041", "INV1041", "", 4250],
  [46086, "DIRECT DEBIT GREENLINE BILL-552", "BILL-552", 1875.4, ""],
  [46089, "CREDIT TRANSFER NORTHWIND INV-1043", "INV-1043", "", 1243],
  [46092, "ACCOUNT FEE", "", 15, ""],
];

describe("built reconciliation functions", () => {
  const { registered, metadata } = loadFunctions();
  const { call, errorOf } = callerOf(registered);

  it("associates MATCH and RECONCILE from functions.json, both with parameter addresses", () => {
    expect(metadata.map((f) => f.id)).toEqual(expect.arrayContaining(["MATCH", "RECONCILE"]));
    expect(registered.has("MATCH") && registered.has("RECONCILE")).toBe(true);
    expect(metadata.find((f) => f.id === "MATCH")?.options?.requiresParameterAddresses).toBe(true);
    expect(metadata.find((f) => f.id === "RECONCILE")?.options?.requiresParameterAddresses).toBe(true);
  });

  it("MATCH and RECONCILE in one recalculation agree, and an edited cell is answered afresh", async () => {
    const invocation = { parameterAddresses: ["Ledger!A3:F7", "Bank!A1:E5", ""] };
    const [listing, summary] = (await Promise.all([
      call("MATCH", LEDGER, BANK, null, invocation),
      call("RECONCILE", structuredClone(LEDGER), structuredClone(BANK), null, invocation),
    ])) as unknown[][][];
    const count = (status: string) => listing!.filter((r) => r[3] === status).length;
    expect(summary![1]?.slice(0, 2)).toEqual(["Confirmed", count("confirmed")]);
    expect(summary![2]?.slice(0, 2)).toEqual(["Suggested", count("suggested")]);
    // The bank's 1,243 corrected to 1,234: the suggestion becomes a confirmed match at once.
    const edited = BANK.map((r, i) => (i === 3 ? [...r.slice(0, 4), 1234] : r));
    const after = (await call("RECONCILE", LEDGER, edited, null, invocation)) as unknown[][];
    expect(after[1]?.slice(0, 2)).toEqual(["Confirmed", 3]);
    expect(after[2]?.slice(0, 2)).toEqual(["Suggested", 0]);
  });

  it("MATCH spills matches with worksheet rows of both ranges", async () => {
    const invocation = { parameterAddresses: ["Ledger!A3:F7", "Bank!A1:E5", ""] };
    const out = (await call("MATCH", LEDGER, BANK, null, invocation)) as unknown[][];
    expect(out[0]).toEqual(["Match ID", "Left row", "Right row", "Status", "Rule", "Difference", "Note"]);
    expect(out.slice(1).map((r) => r.slice(1, 4))).toEqual([
      [4, 2, "confirmed"],
      [5, 3, "confirmed"],
      [6, 4, "suggested"],
      [7, "", "unmatched"],
      ["", 5, "unmatched"],
    ]);
  });

  it("RECONCILE spills the summary", async () => {
    const out = (await call("RECONCILE", LEDGER, BANK)) as unknown[][];
    expect(out.map((r) => r[0])).toEqual([
      "",
      "Confirmed",
      "Suggested",
      "Unmatched",
      "Cleared earlier",
      "Unreadable",
      "Unexplained difference",
    ]);
    expect(out[1]).toEqual(["Confirmed", 2, 2, 2374.6, 2, 2374.6]);
  });

  it("leave out rows an earlier Apply confirmed against another range, from the result columns", async () => {
    // The ledger as Apply left it after this statement: the statement's match ids beside the rows.
    const invocation = { parameterAddresses: ["Ledger!A3:F7", "Bank!A1:E5", ""] };
    const listing = (await call("MATCH", LEDGER, BANK, null, invocation)) as unknown[][];
    const applied = LEDGER.map((r, i) => {
      if (i === 0) return [...r, "BO Match ID", "BO Status", "BO Rule", "BO Note"];
      const m = listing.find((x) => x[1] === 3 + i);
      return [...r, m?.[0] ?? "", m?.[3] ?? "", m?.[4] ?? "", m?.[6] ?? ""];
    });
    const next = [
      ["Date", "Description", "Reference", "Paid Out", "Paid In"],
      [46093, "CHEQUE 318", "CHQ-000318", 186.9, ""],
    ];
    const nextAt = { parameterAddresses: ["Ledger!A3:J7", "April!A1:E2", ""] };
    const out = (await call("MATCH", applied, next, null, nextAt)) as unknown[][];
    expect(out.slice(1).map((r) => r.slice(1, 4))).toEqual([
      [7, 2, "confirmed"],
      [6, "", "unmatched"],
      [4, "", "cleared earlier"],
      [5, "", "cleared earlier"],
    ]);
    const summary = (await call("RECONCILE", applied, next, null, nextAt)) as unknown[][];
    expect(summary[4]).toEqual(["Cleared earlier", "", 2, 2374.6, 0, 0]);
  });

  it("reads rows without a currency in the one currency the other range names", async () => {
    const yen = [
      ["Date", "Amount", "Currency", "Reference"],
      [46083, 5000, "JPY", "A1"],
    ];
    const bare = [
      ["Date", "Amount", "Reference"],
      [46083, 5000, "A1"],
    ];
    const invocation = { parameterAddresses: ["Ledger!A1:D2", "Bank!A1:C2", ""] };
    const out = (await call("MATCH", yen, bare, null, invocation)) as unknown[][];
    expect(out.slice(1).map((r) => r.slice(1, 6))).toEqual([[2, 2, "confirmed", "exact", 0]]);
    const summary = (await call("RECONCILE", yen, bare, null, invocation)) as unknown[][];
    expect(summary[1]).toEqual(["Confirmed", 1, 1, 5000, 1, 5000]);
  });

  it("reads a whole-column range up to its last row, with worksheet rows", async () => {
    const blank = LEDGER[0]!.map(() => "");
    const column: unknown[][] = [...LEDGER];
    while (column.length < 1_048_576) column.push(blank);
    const invocation = { parameterAddresses: ["'Ledger March'!$A:$F", "Bank!A1:E5", ""] };
    const out = (await call("MATCH", column, BANK, null, invocation)) as unknown[][];
    expect(out.slice(1).map((r) => r.slice(1, 4))).toEqual([
      [2, 2, "confirmed"],
      [3, 3, "confirmed"],
      [4, 4, "suggested"],
      [5, "", "unmatched"],
      ["", 5, "unmatched"],
    ]);
  });

  it("answers #VALUE! with a message for bad rules", async () => {
    const error = await errorOf("RECONCILE", LEDGER, BANK, '{"rules": []}');
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("rulesJson: rules");
  });
});

describe("built reconciliation functions in a 1904 workbook", () => {
  // Excel answers the bundle's date-system probe as a 1904 workbook does: DATE(1904,1,1) is 0.
  let probes = 0;
  const excel = {
    run: async <T>(batch: (ctx: unknown) => Promise<T>): Promise<T> => {
      probes++;
      const value = { value: 1462 as number, load: () => undefined };
      const ctx = {
        workbook: {
          functions: {
            date: (y: number, m: number, d: number) => (
              (value.value = y === 1904 && m === 1 && d === 1 ? 0 : NaN),
              value
            ),
          },
        },
        sync: async () => undefined,
      };
      return batch(ctx);
    },
  };
  const { registered } = loadFunctions({ Excel: excel });
  const { call } = callerOf(registered);
  const ledger1904 = LEDGER.map((r, i) => (i > 0 ? [(r[0] as number) - 1462, ...r.slice(1)] : r));
  const bankText = BANK.map((r, i) =>
    i === 0 ? r : [["2026-03-03", "2026-03-05", "2026-03-08", "2026-03-11"][i - 1], ...r.slice(1)],
  );

  it("reads date serials in the workbook's system, asking Excel once for a burst of calls", async () => {
    const invocation = { parameterAddresses: ["Ledger!A3:F7", "Bank!A1:E5", ""] };
    const [out, again] = (await Promise.all([
      call("MATCH", ledger1904, bankText, null, invocation),
      call("MATCH", ledger1904, bankText, null, invocation),
    ])) as unknown[][][];
    expect(out!.slice(1).map((r) => r.slice(1, 4))).toEqual([
      [4, 2, "confirmed"],
      [5, 3, "confirmed"],
      [6, 4, "suggested"],
      [7, "", "unmatched"],
      ["", 5, "unmatched"],
    ]);
    expect(again).toEqual(out);
    expect(probes).toBe(1);
  });
});
