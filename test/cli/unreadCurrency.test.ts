/**
 * `bo reconcile` on rows in several currencies with a row whose amount does not read: its Currency cell
 * still says which statement it concerns, so the warning that the statement closes without it is said
 * once, for that currency, not once per statement.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

describe("bo reconcile: an unreadable row on rows in several currencies", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is said for the statement of its Currency cell only", async () => {
    const rows = [
      "Date,Description,Currency,Amount",
      "2026-03-02,Rent,USD,-1200.00",
      "2026-03-05,Sale,EUR,500.50",
      "2026-03-07,Yen sale,JPY,12000",
    ];
    const book = path.join(dir, "book.csv");
    const bank = path.join(dir, "bank.csv");
    fs.writeFileSync(book, [...rows, ""].join("\n"));
    fs.writeFileSync(bank, [...rows, "2026-03-07,Bad,EUR,12;50", ""].join("\n"));
    const json = await bo("reconcile", book, bank, "--json");
    const out = JSON.parse(json.stdout) as { issues: { code: string }[] };
    expect(out.issues.filter((i) => i.code === "recon_unread_outside")).toHaveLength(1);
    const text = await bo("reconcile", book, bank);
    expect(
      text.stderr.split("\n").filter((l) => l.includes("could not be read and is in no balance")),
    ).toEqual([
      "warning bank!bank: 1 row of bank (row 5) could not be read and is in no balance: the statement closes without it.",
    ]);
  });
});
