/**
 * =BO.VALIDATE and =BO.ISVALID from the BUILT bundle, as Excel meets them: the metadata Excel reads
 * (types, optional arguments, parameter addresses requested), and the answers through the registration.
 */
import { callerOf, loadFunctions } from "./support/loadFunctions";

const JOURNAL = [
  ["Date", "Entry", "Account", "Description", "Debit", "Credit"],
  [46083, "JE-1", "1000", "Cash sale", 100, ""],
  [46083, "JE-1", "4000", "Cash sale", "", 100],
  [46084, "JE-2", "1000", "Both sides", 50, 50],
  ["", "", "", "", "", ""],
];
const at = (address: string) => ({ parameterAddresses: [address, "", ""] });

describe("built validation functions", () => {
  const { registered, metadata } = loadFunctions();
  const { call, errorOf } = callerOf(registered);

  it("declares VALIDATE with a range, optional kind and rules, and the range's address", () => {
    const v = metadata.find((f) => f.id === "VALIDATE");
    expect(v?.options?.requiresParameterAddresses).toBe(true);
    expect(v?.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional === true])).toEqual([
      ["table", "matrix", false],
      ["kind", "scalar", true],
      ["rulesJson", "scalar", true],
    ]);
    expect(v?.result?.dimensionality).toBe("matrix");
    const i = metadata.find((f) => f.id === "ISVALID");
    expect(i?.parameters.map((p) => [p.name, p.optional === true])).toEqual([
      ["value", false],
      ["type", false],
      ["pattern", true],
    ]);
    expect(i?.result?.type).toBe("boolean");
  });

  it("spills a ledger's issues with worksheet rows through the registration", async () => {
    const out = (await call("VALIDATE", JOURNAL, null, null, at("Books!B10:G14"))) as unknown[][];
    expect(out[0]).toEqual(["Row", "Column", "Code", "Message", "Severity"]);
    expect(out.slice(1).map((r) => r.slice(0, 3))).toEqual([[13, "Debit", "debit_and_credit"]]);
  });

  it("answers a single row when there is nothing to report", async () => {
    expect(await call("VALIDATE", JOURNAL.slice(0, 3), "ledger", "", at("Books!B10:G12"))).toEqual([
      ["No issues (2 records checked)"],
    ]);
  });

  it("answers #VALUE! with the readable reason for a bad rule set", async () => {
    const e = await errorOf(
      "VALIDATE",
      JOURNAL,
      "ledger",
      '{"columns":{"Debit":{"min":5,"max":1}}}',
      at("A1:F5"),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("columns.Debit: min is greater than max");
  });

  it.each([
    ["2026-03-31", "date", null, true],
    ["12 apples", "amount", null, false],
    ["INV-0042", "text", "INV-\\d{4}", true],
  ])("ISVALID(%j, %j, %j) is %j", async (value, type, pattern, expected) => {
    expect(await call("ISVALID", value, type, pattern)).toBe(expected);
  });

  it("answers #VALUE! for a type that does not exist", async () => {
    expect((await errorOf("ISVALID", "x", "colour", null)).message).toMatch(/"colour" is not a type/);
  });
});
