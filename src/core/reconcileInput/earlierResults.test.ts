import type { Cell } from "../cell";
import type { TableData } from "../table";
import { carriedValues, sideEarlier, splitResultColumns, type EarlierResults } from "./earlierResults";

/** The document's record: the last Apply was this pair's, or the pair's with that table. */
const BY_THIS_PAIR = { thisPair: true, with: "March" };
const byPairWith = (table: string) => ({ thisPair: false, with: table });

function table(headers: string[], rows: Cell[][]): TableData {
  return {
    name: "Ledger",
    sheet: "Ledger",
    headers,
    columns: headers.map((_, c) => rows.map((r) => r[c] ?? null)),
    rows: rows.map((_, i) => i + 2),
    headerRow: 1,
    firstColumn: 0,
  };
}

/** Earlier results of a side: one [id, status, rule, note] per row. */
function earlier(rows: [string, string, string, string][]): EarlierResults {
  return { columns: [0, 1, 2, 3].map((c) => rows.map((r) => r[c] ?? null)) };
}

const cleared = (e: ReturnType<typeof sideEarlier>): number[] =>
  e?.cleared ? [...e.cleared].flatMap((x, i) => (x === 1 ? [i] : [])) : [];

describe("splitResultColumns", () => {
  it("takes our trailing columns off and keeps what they held, by header", () => {
    const t = table(
      ["Date", "Amount", "BO Status", "bo match id", "BO Rule", "BO Note"],
      [[46083, 10, "confirmed", "M-1", "exact", "amount equal"]],
    );
    const s = splitResultColumns(t);
    expect(s.table.headers).toEqual(["Date", "Amount"]);
    expect(s.table.columns).toHaveLength(2);
    expect(s.raw).toBe(t);
    expect(s.earlier?.columns.map((c) => c?.[0])).toEqual(["M-1", "confirmed", "exact", "amount equal"]);
  });

  it("leaves a table without them as it is, and our headers among the user's columns are the user's", () => {
    const t = table(["Date", "BO Status", "Amount"], [[46083, "x", 10]]);
    expect(splitResultColumns(t)).toEqual({ table: t, raw: t, earlier: null });
  });
});

describe("sideEarlier", () => {
  const ledger = earlier([
    ["M-a", "confirmed", "exact", "amount equal"],
    ["M-b", "suggested", "tolerance", "amount differs by 1.00"],
    ["", "unmatched", "", "Not found on March"],
    ["M-c", "confirmed", "manual", "Cleared earlier with February: matched by hand"],
    ["M-d", "Confirmed", "reference", "amount equal, reference INV-1"],
  ]);

  it("clears the rows another pair's Apply confirmed, and those an Apply carried from another table", () => {
    const e = sideEarlier(ledger, null, { counterpart: "April", lastApply: byPairWith("March") });
    expect(cleared(e)).toEqual([0, 3, 4]);
    expect(e?.writtenWith).toBe("March");
  });

  it("clears nothing the pair's own Apply confirmed, even where the other table lost its columns", () => {
    const e = sideEarlier(ledger, null, { counterpart: "March", lastApply: BY_THIS_PAIR });
    expect(cleared(e)).toEqual([3]);
  });

  it("keeps in the run what a later pair confirmed when that pair carried rows this pair cleared", () => {
    const afterApril = earlier([
      ["M-a", "confirmed", "exact", "Cleared earlier with March: amount equal"],
      ["M-e", "confirmed", "exact", "amount equal, date +25 days"],
      ["M-c", "confirmed", "manual", "Cleared earlier with February: matched by hand"],
    ]);
    const e = sideEarlier(afterApril, null, { counterpart: "march", lastApply: byPairWith("April") });
    // M-a was March's own; M-e April's, still open as of March; M-c February's.
    expect(cleared(e)).toEqual([2]);
  });

  it("without a record of the pair that wrote them, goes by the match ids the other table carries", () => {
    const march = earlier([["M-a", "confirmed", "exact", "amount equal"]]);
    expect(cleared(sideEarlier(ledger, march, { counterpart: "March" }))).toEqual([3, 4]);
    expect(cleared(sideEarlier(ledger, null, { counterpart: "April" }))).toEqual([0, 3, 4]);
    expect(sideEarlier(ledger, null, { counterpart: "April" })?.writtenWith).toBeNull();
  });

  describe("without a pair (worksheet functions: two ranges, not which tables they are)", () => {
    const marchIds = earlier([
      ["M-a", "confirmed", "exact", "amount equal"],
      ["M-d", "confirmed", "reference", "amount equal, reference INV-1"],
    ]);

    it("keeps in what the other range shares a match id with, and clears what it does not", () => {
      // March again after March's Apply: the statement carries M-a and M-d; M-c was February's.
      expect(cleared(sideEarlier(ledger, marchIds, null))).toEqual([3]);
      // April before its Apply: the April range has no result columns, so every confirmed row is out.
      expect(cleared(sideEarlier(ledger, null, null))).toEqual([0, 3, 4]);
      expect(sideEarlier(ledger, null, null)?.writtenWith).toBeNull();
    });

    it("after a later Apply, keeps in what that Apply confirmed itself when it carried this range's rows", () => {
      const afterApril = earlier([
        ["M-a", "confirmed", "exact", "Cleared earlier with March: amount equal"],
        ["M-e", "confirmed", "exact", "amount equal, date +25 days"],
        ["M-c", "confirmed", "manual", "Cleared earlier with February: matched by hand"],
      ]);
      const april = earlier([["M-e", "confirmed", "exact", "amount equal, date +25 days"]]);
      // March's range carries M-a: April came later, so M-e (open as of March) takes part.
      expect(cleared(sideEarlier(afterApril, marchIds, null))).toEqual([2]);
      // April's range carries M-e: March's and February's rows are out.
      expect(cleared(sideEarlier(afterApril, april, null))).toEqual([0, 2]);
    });
  });

  it("is null for a side without result columns, and clears nothing where nothing is confirmed", () => {
    expect(sideEarlier(null, ledger, { counterpart: "April" })).toBeNull();
    const open = earlier([["", "unmatched", "", "Not found on March"]]);
    expect(
      sideEarlier(open, null, { counterpart: "April", lastApply: byPairWith("March") })?.cleared,
    ).toBeNull();
  });
});

describe("carriedValues", () => {
  it("writes a cleared row's cells back, its note saying once which table cleared it", () => {
    const e = sideEarlier(ledger(), null, { counterpart: "April", lastApply: byPairWith("March") });
    if (e === null) throw new Error("no earlier results");
    expect(carriedValues(e, 0)).toEqual([
      "M-a",
      "confirmed",
      "exact",
      "Cleared earlier with March: amount equal",
    ]);
    expect(carriedValues(e, 1)[3]).toBe("Cleared earlier with February: matched by hand");
    const unknown = sideEarlier(ledger(), null, { counterpart: "April" });
    if (unknown === null) throw new Error("no earlier results");
    expect(carriedValues(unknown, 0)[3]).toBe("Cleared earlier: amount equal");
    expect(carriedValues(unknown, 2)[3]).toBe("Cleared earlier:");
  });

  function ledger(): EarlierResults {
    return earlier([
      ["M-a", "confirmed", "exact", "amount equal"],
      ["M-c", "confirmed", "manual", "Cleared earlier with February: matched by hand"],
      ["M-f", "confirmed", "manual", ""],
    ]);
  }
});
