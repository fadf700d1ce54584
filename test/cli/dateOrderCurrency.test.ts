/**
 * `bo reconcile` with a statement whose dates need their order given (02.03.2026) and a Currency column:
 * once the order is given, by flag or rules file, the statement's currency is the run's, and the book's
 * rows, which name none, are in it too: one statement, every row matched.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const BOOK = [
  "Date,Amount,Reference,Description",
  "2026-03-02,-1200.00,R1,Rent",
  "2026-03-05,500.00,C1,Customer A",
  "2026-03-10,-45.50,S1,Supplies",
  "",
].join("\n");

const BANK = [
  "Date,Description,Amount,Currency",
  "02.03.2026,Rent,-1200.00,EUR",
  "05.03.2026,Customer A,500.00,EUR",
  "10.03.2026,Supplies,-45.50,EUR",
  "",
].join("\n");

describe("bo reconcile: the run's currency once the date order is given", () => {
  const dir = tempDir();
  const book = path.join(dir, "book.csv");
  const bank = path.join(dir, "bank.csv");
  const rules = path.join(dir, "dmy.json");

  beforeAll(() => {
    fs.writeFileSync(book, BOOK);
    fs.writeFileSync(bank, BANK);
    fs.writeFileSync(rules, JSON.stringify({ right: { dateOrder: "DMY" } }));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const expectAllMatched = (stdout: string) => {
    const out = JSON.parse(stdout);
    expect(out.data.setup.currency).toBe("EUR");
    expect(out.summary).toMatchObject({ confirmed: 3, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.data.statements.map((s: { currency: string }) => s.currency)).toEqual(["EUR"]);
  };

  it("matches every row in EUR with --right-date-order DMY", async () => {
    const r = await bo("reconcile", book, bank, "--right-date-order", "DMY", "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expectAllMatched(r.stdout);
    const text = await bo("reconcile", book, bank, "--right-date-order", "DMY");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("3 confirmed");
  });

  it("matches every row in EUR with the date order from a rules file", async () => {
    const r = await bo("reconcile", book, bank, "--rules", rules, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expectAllMatched(r.stdout);
  });
});
