/** What the document keeps for a pair (hazard 22): configuration and row keys only, validated on load. */
import { createMemoryWorkbook } from "../../workbook/memory";
import { SETTING_MAX_BYTES } from "../../workbook/port";
import {
  IDS_PER_PART,
  loadSavedPair,
  MAX_PARTS,
  partKey,
  savePair,
  savedValue,
  settingKey,
} from "./savedPair";

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

describe("a review too big for one setting", () => {
  const ids = (n: number, from = 0) =>
    Array.from({ length: n }, (_, k) => `M-${(k + from).toString(16).padStart(12, "0")}`);
  const group = { left: ["L!2"], right: ["B!3"] };
  const withRows = { id: "M-aaaaaaaaaaaa", left: ["L!4"], right: ["B!5"] };
  const pairOf = (accepted: (string | typeof withRows)[]) => ({
    decisions: { groups: [group], accepted, rejected: [] },
  });
  const idOf = (a: string | { id: string }) => (typeof a === "string" ? a : a.id);
  const key = settingKey("Ledger", "Bank");

  it("keeps the ids accepted together in parts of their own, each within a setting's limit", async () => {
    const port = createMemoryWorkbook();
    const all = [...ids(12_000), withRows];
    await savePair(port, "Ledger", "Bank", pairOf(all));
    const main = (await port.getSetting(key)) as { parts: unknown; decisions: { accepted: unknown[] } };
    expect(main.parts).toEqual({ slot: "a", count: 3 });
    // Only the entry kept with its rows stays in the value.
    expect(main.decisions.accepted).toEqual([withRows]);
    for (let n = 1; n <= 3; n++) {
      const part = await port.getSetting(partKey("Ledger", "Bank", "a", n));
      expect(JSON.stringify(part).length).toBeLessThanOrEqual(SETTING_MAX_BYTES);
    }
    const loaded = await loadSavedPair(port, "Ledger", "Bank");
    expect(loaded.problem).toBeNull();
    expect(loaded.saved?.decisions.groups).toEqual([group]);
    const got = loaded.saved?.decisions.accepted ?? [];
    expect(got).toHaveLength(all.length);
    expect(new Set(got.map(idOf))).toEqual(new Set(all.map(idOf)));
  });

  it("writes the other slot each time, clears the old one, and drops parts no longer needed", async () => {
    const port = createMemoryWorkbook();
    await savePair(port, "Ledger", "Bank", pairOf(ids(12_000)));
    await savePair(port, "Ledger", "Bank", pairOf(ids(6_000, 1)));
    expect(((await port.getSetting(key)) as { parts: unknown }).parts).toEqual({ slot: "b", count: 2 });
    for (let n = 1; n <= 3; n++) expect(await port.getSetting(partKey("Ledger", "Bank", "a", n))).toBeNull();
    expect((await loadSavedPair(port, "Ledger", "Bank")).saved?.decisions.accepted).toEqual(ids(6_000, 1));

    await savePair(port, "Ledger", "Bank", pairOf(ids(100)));
    const small = (await port.getSetting(key)) as { parts?: unknown; decisions: { accepted: unknown[] } };
    expect(small.parts).toBeUndefined();
    expect(small.decisions.accepted).toEqual(ids(100));
    for (let n = 1; n <= 2; n++) expect(await port.getSetting(partKey("Ledger", "Bank", "b", n))).toBeNull();
  });

  it("leaves the previous review whole when a save fails half-way", async () => {
    const port = createMemoryWorkbook();
    await savePair(port, "Ledger", "Bank", pairOf(ids(12_000)));
    for (const failAt of [1, 2, 3, 4]) {
      let calls = 0;
      const flaky = new Proxy(port, {
        get(target, prop, receiver) {
          if (prop !== "setSetting") return Reflect.get(target, prop, receiver) as unknown;
          return (k: string, v: unknown) =>
            ++calls === failAt
              ? Promise.reject(new Error("the document did not take it"))
              : target.setSetting(k, v);
        },
      });
      await expect(savePair(flaky, "Ledger", "Bank", pairOf(ids(15_000, 7)))).rejects.toThrow(/did not take/);
      const loaded = await loadSavedPair(port, "Ledger", "Bank");
      expect(loaded.problem).toBeNull();
      expect(loaded.saved?.decisions.accepted).toEqual(ids(12_000));
    }
  });

  it("refuses more than a pair keeps before writing anything", async () => {
    const port = createMemoryWorkbook();
    await savePair(port, "Ledger", "Bank", pairOf(ids(10)));
    const before = new Map(port.workbook.settings);
    const e = await savePair(port, "Ledger", "Bank", pairOf(ids(MAX_PARTS * IDS_PER_PART + 1))).catch(
      (x: unknown) => x,
    );
    expect(e).toMatchObject({ code: "too_large" });
    expect((e as Error).message).toContain(
      "would keep 40001 suggestions accepted together; a pair keeps at most 40000",
    );
    expect(port.workbook.settings).toEqual(before);
  });

  it("says so when a part is missing, and keeps the rest of the review", async () => {
    const port = createMemoryWorkbook();
    await savePair(port, "Ledger", "Bank", pairOf([...ids(12_000), withRows]));
    await port.setSetting(partKey("Ledger", "Bank", "a", 2), null);
    const loaded = await loadSavedPair(port, "Ledger", "Bank");
    expect(loaded.problem).toBe(
      "Part 2 of the saved review for Ledger and Bank is missing or damaged: the suggestions accepted " +
        "together were ignored, and the rules decide those rows again.",
    );
    expect(loaded.saved?.decisions).toEqual({ groups: [group], accepted: [withRows], rejected: [] });
  });
});
