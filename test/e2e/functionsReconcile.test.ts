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

  it("associates MATCH and RECONCILE from functions.json, MATCH with parameter addresses", () => {
    expect(metadata.map((f) => f.id)).toEqual(expect.arrayContaining(["MATCH", "RECONCILE"]));
    expect(registered.has("MATCH") && registered.has("RECONCILE")).toBe(true);
    expect(metadata.find((f) => f.id === "MATCH")?.options?.requiresParameterAddresses).toBe(true);
  });

  it("MATCH spills matches with worksheet rows of both ranges", () => {
    const invocation = { parameterAddresses: ["Ledger!A3:F7", "Bank!A1:E5", ""] };
    const out = call("MATCH", LEDGER, BANK, null, invocation) as unknown[][];
    expect(out[0]).toEqual(["Match ID", "Left row", "Right row", "Status", "Rule", "Difference", "Note"]);
    expect(out.slice(1).map((r) => r.slice(1, 4))).toEqual([
      [4, 2, "confirmed"],
      [5, 3, "confirmed"],
      [6, 4, "suggested"],
      [7, "", "unmatched"],
      ["", 5, "unmatched"],
    ]);
  });

  it("RECONCILE spills the summary", () => {
    const out = call("RECONCILE", LEDGER, BANK) as unknown[][];
    expect(out.map((r) => r[0])).toEqual([
      "",
      "Confirmed",
      "Suggested",
      "Unmatched",
      "Unreadable",
      "Unexplained difference",
    ]);
    expect(out[1]).toEqual(["Confirmed", 2, 2, 2374.6, 2, 2374.6]);
  });

  it("answers #VALUE! with a message for bad rules", () => {
    const error = errorOf("RECONCILE", LEDGER, BANK, '{"rules": []}');
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("rulesJson: rules");
  });
});
