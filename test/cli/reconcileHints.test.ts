/**
 * What `bo reconcile` tells the user to do about what a run could not settle, under its issues in the
 * text output and never in --json: pin a column several could be, flip one side's signs, check a closing
 * balance that is not the opening plus the rows.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const ROWS = [
  ["2026-03-02", "1200.00", "INV-1", "Harbour Foods"],
  ["2026-03-03", "-450.00", "BILL-1", "Greenline"],
  ["2026-03-05", "800.00", "INV-2", "Northwind"],
  ["2026-03-09", "-95.50", "BILL-2", "Telecom"],
  ["2026-03-12", "2300.00", "INV-3", "Contoso"],
  ["2026-03-16", "-610.25", "BILL-3", "Utilities"],
] as const;

const csv = (headers: string, rows: readonly (readonly string[])[]) =>
  [headers, ...rows.map((r) => r.join(",")), ""].join("\n");

const negate = (amount: string) => (amount.startsWith("-") ? amount.slice(1) : `-${amount}`);

const COLUMN_HINT =
  'hint: to read the statement\'s party, give --rules a file with {"right":{"columns":{"party":"Payer Name"}}} (or "Payee Name")\n';
const SIGN_HINT =
  'hint: flip the signs of one side in a rules file given with --rules: {"right": {"sign": "flip"}} for the statement\'s, {"left": {"sign": "flip"}} for the book\'s\n';
const FLIPPED_HINT =
  'hint: the book\'s signs are read flipped; read them as they are with {"left": {"sign": "as-is"}} in a rules file given with --rules\n';
const TYPED_CLOSING_HINT =
  "hint: check the closing balance given with --left-closing, or look for a row of the book missing, duplicated or mistyped\n";
const COLUMN_CLOSING_HINT =
  "hint: check the statement's closing balance (the last of its Balance column; --right-closing N gives another), or look for a row of the statement missing, duplicated or mistyped\n";

describe("bo reconcile: hints under the issues", () => {
  const dir = tempDir();
  const file = (name: string) => path.join(dir, name);
  const ledger = file("ledger.csv");
  const bank = file("bank.csv");
  // Wise's export names a payer and a payee: either could be the party.
  const wise = file("wise.csv");
  const negated = file("negated.csv");
  // Its last balance is 155.75 more than its first balance and its rows make.
  const balance = file("balance.csv");
  const rules = (name: string, config: unknown) => {
    fs.writeFileSync(file(name), JSON.stringify(config));
    return file(name);
  };

  beforeAll(() => {
    fs.writeFileSync(ledger, csv("Date,Amount,Reference,Description", ROWS));
    fs.writeFileSync(bank, csv("Date,Amount,Reference,Description", ROWS));
    fs.writeFileSync(
      wise,
      csv(
        "Date,Amount,Reference,Payer Name,Payee Name",
        ROWS.map(([d, a, r, who]) =>
          a.startsWith("-") ? [d, a, r, "Muster GmbH", who] : [d, a, r, who, "Muster GmbH"],
        ),
      ),
    );
    fs.writeFileSync(
      negated,
      csv(
        "Date,Amount,Reference,Description",
        ROWS.map(([d, a, r, who]) => [d, negate(a), r, who]),
      ),
    );
    const balances = ["6200.00", "5750.00", "6550.00", "6454.50", "8854.50", "8300.00"];
    fs.writeFileSync(
      balance,
      csv(
        "Date,Amount,Reference,Description,Balance",
        ROWS.map((row, i) => [...row, balances[i] as string]),
      ),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The text run, and the --json run of the same arguments: its stdout one JSON envelope, its stderr empty. */
  async function both(...args: string[]) {
    const text = await bo("reconcile", ...args);
    const json = await bo("reconcile", ...args, "--json");
    expect(json.stderr).toBe("");
    expect(json.stdout).not.toContain("hint");
    return { text, json: JSON.parse(json.stdout) as { issues: { code: string }[] } };
  }

  it("shows how to pin a column several could be, only in the text output, and the rules file it shows settles it", async () => {
    const { text, json } = await both(ledger, wise);
    expect(text.stderr).toContain('(in a rules file, "columns": {"party": "Payer Name"})');
    expect(text.stderr.endsWith(`\n${COLUMN_HINT}`)).toBe(true);
    expect(text.stderr.split(COLUMN_HINT)).toHaveLength(2);
    expect(json.issues.map((i) => i.code)).toContain("recon_column_ambiguous");
    const pinned = await bo(
      "reconcile",
      ledger,
      wise,
      "--rules",
      rules("party.json", { right: { columns: { party: "Payer Name" } } }),
    );
    expect(pinned.stderr).toBe("");
  });

  it("shows how to flip one side's signs when they run the other way, and flipping them settles it", async () => {
    const { text, json } = await both(ledger, negated);
    expect(text.stderr).toContain("the signs of one side seem to run the other way");
    expect(text.stderr.endsWith(`\n${SIGN_HINT}`)).toBe(true);
    expect(json.issues.map((i) => i.code)).toContain("recon_signs_opposite");
    const flipped = await bo(
      "reconcile",
      ledger,
      negated,
      "--rules",
      rules("flip.json", { right: { sign: "flip" } }),
    );
    expect(flipped.stderr).toBe("");
    expect(flipped.stdout).toContain("6 confirmed");
  });

  it("names the side read flipped when that is what turned its signs", async () => {
    const { text } = await both(ledger, bank, "--rules", rules("left-flip.json", { left: { sign: "flip" } }));
    expect(text.stderr.endsWith(`\n${FLIPPED_HINT}`)).toBe(true);
    expect(text.stderr).not.toContain(SIGN_HINT);
  });

  it("points a closing balance that disagrees at the flag that typed it, or at the Balance column", async () => {
    // 5,000.00 and the rows make 8,144.25.
    const typed = await both(ledger, bank, "--left-opening", "5000", "--left-closing", "9000");
    expect(typed.json.issues.map((i) => i.code)).toContain("recon_closing_disagrees");
    expect(typed.text.stderr).toContain(TYPED_CLOSING_HINT);
    expect(typed.text.stderr.endsWith(`\n${TYPED_CLOSING_HINT}`)).toBe(true);
    const column = await both(ledger, balance, "--left-opening", "5000");
    expect(column.text.stderr.endsWith(`\n${COLUMN_CLOSING_HINT}`)).toBe(true);
    expect(column.text.stderr).not.toContain("--left-closing");
  });
});
