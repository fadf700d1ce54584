/**
 * `bo reconcile` over a Sparkasse-style export whose payment purpose is split over VWZ1, VWZ2 and VWZ3
 * (semicolons, German dates and decimals, Windows-1252): the lines are read joined as the description, so
 * the references in the second and third lines are found, and the ten movements reconcile without a rules
 * file. A party's name split over "Name 1" and "Name 2" is read joined the same way.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");
const LEDGER = path.join(DIR, "ledger.csv");
const SPARKASSE = path.join(DIR, "sparkasse-vwz.csv");

interface Out {
  ok: boolean;
  summary: { confirmed: number; suggested: number; unmatchedLeft: number; unmatchedRight: number };
  issues: { code: string; severity: string; message: string; row?: number; column?: string }[];
  data: { matches: { status: string; reason: string; leftRows: number[]; rightRows: number[] }[] };
}

async function reconcile(file: string): Promise<{ code: number; out: Out }> {
  const r = await bo("reconcile", LEDGER, file, "--json");
  return { code: r.code, out: JSON.parse(r.stdout) as Out };
}

/** The reason of the match that holds the export's row. */
const reasonAt = (out: Out, row: number) => out.data.matches.find((m) => m.rightRows.includes(row))?.reason;

describe("bo reconcile over a Sparkasse export with its purpose over VWZ1 to VWZ3", () => {
  it("reads the lines joined, with a note, and confirms all ten movements", async () => {
    const { code, out } = await reconcile(SPARKASSE);
    expect(out.summary).toMatchObject({ confirmed: 10, suggested: 0, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.issues.map((i) => [i.code, i.severity])).toEqual([
      ["text_encoding_guessed", "warning"],
      ["recon_columns_joined", "info"],
    ]);
    expect(out.issues[1]?.message).toBe(
      "'sparkasse-vwz'!sparkasse_vwz[VWZ1] row 1: The Description is split over VWZ1, VWZ2 and VWZ3: they " +
        "are read joined, in that order, as one text.",
    );
    expect(out.ok).toBe(true);
    expect(code).toBe(0);
  });

  it("finds the references written in the second and third lines, a blank line between skipped", async () => {
    const { out } = await reconcile(SPARKASSE);
    // Row 2: "Strom März" | "Kd-Nr. 4471" | "UT-7781"; row 4: "Gehalt März" | "" | "PAY-0320".
    expect(reasonAt(out, 2)).toContain("reference UT-7781");
    expect(reasonAt(out, 4)).toContain("reference PAY-0320");
    expect(reasonAt(out, 9)).toContain("reference BILL-552");
    expect(reasonAt(out, 11)).toContain("reference INV-1041");
  });
});

describe("bo reconcile over an export with the party's name over Name 1 and Name 2", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The Sparkasse export with "Auftraggeber/Empfänger" split at its first space into Name 1 and Name 2. */
  function namesSplit(): string {
    const lines = fs.readFileSync(SPARKASSE, "latin1").split("\r\n");
    const out = lines.map((line, i) => {
      if (line === "") return line;
      const cells = line.split(";");
      const party = (cells[2] ?? "").replace(/"/g, "");
      const cut = party.indexOf(" ");
      const names =
        i === 0 ? ["Name 1", "Name 2"] : cut < 0 ? [party, ""] : [party.slice(0, cut), party.slice(cut + 1)];
      return [...cells.slice(0, 2), ...names.map((n) => `"${n}"`), ...cells.slice(3)].join(";");
    });
    const file = path.join(dir, "names.csv");
    fs.writeFileSync(file, out.join("\r\n"), "utf8");
    return file;
  }

  it("reads the two names joined as the party: ten confirmed, the party named whole", async () => {
    const { code, out } = await reconcile(namesSplit());
    expect(out.summary).toMatchObject({ confirmed: 10, suggested: 0, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.issues.map((i) => [i.code, i.column])).toEqual([
      ["recon_columns_joined", "VWZ1"],
      ["recon_columns_joined", "Name 1"],
    ]);
    expect(reasonAt(out, 9)).toContain("party Bürobedarf Köhler KG");
    expect(reasonAt(out, 2)).toContain("party Stadtwerke München");
    expect(code).toBe(0);
  });
});
