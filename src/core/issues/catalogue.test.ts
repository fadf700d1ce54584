/**
 * Pins the wording of every catalogue code, located as users read it (`Sheet!Table[Column] row N: …`).
 * A new code without a golden entry fails here. After a deliberate wording change, regenerate with
 * UPDATE_GOLDEN=1 npx jest src/core/issues/catalogue and review the diff of messages.golden.json.
 */
import * as fs from "fs";
import * as path from "path";
import { catalogue, type IssueCode } from "./catalogue";
import { formatLocation } from "./location";
import { makeIssue } from "./makeIssue";

const GOLDEN = path.join(__dirname, "messages.golden.json");

/** Every parameter reads as <name>, so the golden shows where each one lands in the sentence. */
const placeholders = new Proxy({}, { get: (_t, key) => (typeof key === "string" ? `<${key}>` : undefined) });

function rendered(): Record<string, { severity: string; message: string }> {
  const out: Record<string, { severity: string; message: string }> = {};
  for (const code of Object.keys(catalogue).sort() as IssueCode[]) {
    const issue = makeIssue(
      code,
      { sheet: "Bank Statement", table: "Bank", column: "Amount", row: 12 },
      placeholders as never,
    );
    out[code] = { severity: issue.severity, message: issue.message };
  }
  return out;
}

describe("issue catalogue", () => {
  const now = rendered();
  if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(GOLDEN, `${JSON.stringify(now, null, 2)}\n`);
  const golden = JSON.parse(fs.readFileSync(GOLDEN, "utf8")) as Record<string, unknown>;

  it("has a pinned message for every code and no stale ones", () => {
    expect(Object.keys(golden).sort()).toEqual(Object.keys(now).sort());
  });

  it.each(Object.keys(now))("%s keeps its wording and location", (code) => {
    expect(now[code]).toEqual(golden[code]);
    expect(now[code]?.message.startsWith("'Bank Statement'!Bank[Amount] row 12: ")).toBe(true);
  });

  it("uses snake_case codes", () => {
    for (const code of Object.keys(catalogue)) expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });
});

describe("formatLocation", () => {
  it.each([
    [{ sheet: "Ledger", table: "Journal", column: "Debit", row: 7 }, "Ledger!Journal[Debit] row 7"],
    [{ sheet: "Q1 Bank", table: "Bank", row: 3 }, "'Q1 Bank'!Bank row 3"],
    [{ sheet: "O'Brien", column: "Amount" }, "'O''Brien'![Amount]"],
    [{ sheet: "Bank", table: "Bank!A3:D40", column: "Amount", row: 5 }, "Bank!A3:D40[Amount] row 5"],
    [{ sheet: "Q1 Bank", table: "'Q1 Bank'!A3:D40", row: 5 }, "'Q1 Bank'!A3:D40 row 5"],
    [{ row: 9 }, "row 9"],
    [{}, ""],
  ])("%j -> %s", (loc, text) => expect(formatLocation(loc)).toBe(text));
});

describe("makeIssue", () => {
  it("lists the location first, then code, severity, message and value, as the JSON output shows them", () => {
    const plain = makeIssue(
      "recon_sums_to_difference",
      { sheet: "Bank", table: "Bank", row: 14 },
      {
        amount: "3.00 USD",
        subject: "inside match M-1",
        count: 1,
        items: "Bank row 15",
      },
    );
    expect(Object.keys(plain)).toEqual(["sheet", "table", "row", "code", "severity", "message"]);
    expect(plain.message).toBe(
      "Bank!Bank row 14: The difference of 3.00 USD inside match M-1 equals the sum of 1 open items: Bank row 15.",
    );
    const loc = { table: "Ledger", column: "Amount", address: "C4" };
    const valued = makeIssue(
      "recon_sums_to_difference",
      loc,
      { amount: "1", subject: "s", count: 1, items: "i" },
      { value: "12,5", severity: "error" },
    );
    expect(Object.keys(valued)).toEqual([
      "table",
      "column",
      "address",
      "code",
      "severity",
      "message",
      "value",
    ]);
    expect(valued).toMatchObject({ severity: "error", value: "12,5" });
    expect(loc).toEqual({ table: "Ledger", column: "Amount", address: "C4" });
  });
});
