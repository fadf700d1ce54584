/** What the document keeps for a pair (hazard 22): configuration and row keys only, validated on load. */
import { createMemoryWorkbook } from "../../workbook/memory";
import { loadSavedPair, savePair, savedValue, settingKey } from "./savedPair";

describe("saved pair settings", () => {
  it("round-trips decisions, readings, rules and an account selection", async () => {
    const port = createMemoryWorkbook();
    const pair = {
      decisions: { groups: [{ left: ["L!2"], right: ["B!3"] }], accepted: ["M-0123456789ab"], rejected: [] },
      left: { debitCredit: "debit-positive" as const, columns: { date: "Posted" } },
      right: { sign: "flip" as const },
      selection: { field: "account" as const, values: ["1000"] },
    };
    await savePair(port, "Ledger", "Bank", pair);
    const loaded = await loadSavedPair(port, "Ledger", "Bank");
    expect(loaded.problem).toBeNull();
    expect(loaded.saved?.decisions).toEqual(pair.decisions);
    expect(loaded.saved?.left).toMatchObject(pair.left);
    expect(loaded.saved?.right).toMatchObject({ sign: "flip" });
    expect(loaded.saved?.selection).toEqual(pair.selection);
    expect(loaded.saved?.rules).toBeUndefined();
  });

  it("never stores a party selection: a customer's name is personal data", () => {
    const v = savedValue({
      decisions: { groups: [], accepted: [], rejected: [] },
      selection: { field: "party", values: ["Jane Doe"] },
    });
    expect(JSON.stringify(v)).not.toContain("Jane");
  });

  it("ignores a damaged value and says why", async () => {
    const port = createMemoryWorkbook();
    await port.setSetting(settingKey("Ledger", "Bank"), { version: 1, decisions: { groups: "x" } });
    const loaded = await loadSavedPair(port, "Ledger", "Bank");
    expect(loaded.saved).toBeNull();
    expect(loaded.problem).toContain("decisions.groups");
  });
});
