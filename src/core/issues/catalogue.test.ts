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
    [{ row: 9 }, "row 9"],
    [{}, ""],
  ])("%j -> %s", (loc, text) => expect(formatLocation(loc)).toBe(text));
});
