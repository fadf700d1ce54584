/** Statement files that stop short, read from disk alone and as a bank's folder of daily files. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMemoryWorkbook } from "./memoryWorkbook";
import { loadWorkbookFile } from "./node";

const day = (n: number, balance: string, next: string) =>
  [
    ":20:STARTUMSE",
    ":25:10020030/1234567890",
    `:28C:000${n}/001`,
    `:60F:C26040${n}EUR${balance}`,
    `:61:26040${n}040${n}D10,00NDDTNONREF`,
    ":86:105?00LASTSCHRIFT",
    `:62F:C26040${n}EUR${next}`,
    "-",
  ].join("\r\n") + "\r\n";

describe("loadWorkbookFile: a statement file cut short", () => {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "bo-cut-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const issuesOf = async (path: string, table: string) =>
    (await createMemoryWorkbook(await loadWorkbookFile(path)).readTable({ table })).notes?.sourceIssues ?? [];

  it("warns at the statement's last row, naming the line where the file stops", async () => {
    const cut = day(1, "100,00", "90,00").split("\r\n").slice(0, 6).join("\r\n");
    await writeFile(join(dir, "march.sta"), cut, "latin1");
    const issues = await issuesOf(join(dir, "march.sta"), "march");
    expect(issues.map((i) => [i.code, i.row, i.message])).toEqual([
      [
        "statement_cut_off",
        2,
        "march!march[Balance] row 2: The bank's statement 0001/001 of 10020030/1234567890 stops at line 6 of " +
          "the file inside the transaction that starts at line 5 (2026-04-01, amount -10,00 as far as the file " +
          "goes), without its closing balance (:62F:): the file looks cut off there, so that transaction was " +
          "left out, and the lines after it may be missing; download the statement again.",
      ],
    ]);
  });

  it("names the file among a folder's daily files", async () => {
    const folder = join(dir, "daily");
    await mkdir(folder);
    await writeFile(join(folder, "0401.sta"), day(1, "100,00", "90,00"), "latin1");
    const cut = day(2, "90,00", "80,00").split("\r\n").slice(0, 6).join("\r\n");
    await writeFile(join(folder, "0402.sta"), cut, "latin1");
    const issues = await issuesOf(folder, "daily");
    // The transaction the file stops inside is left out: the cut day's statement keeps no row of its own,
    // so it is said at the header row, not at the row of the day before.
    expect(issues.map((i) => [i.code, i.row])).toEqual([["statement_cut_off", 1]]);
    expect(issues[0]?.message).toContain(
      'stops at line 6 of "0402.sta" inside the transaction that starts at line 5',
    );
  });
});
