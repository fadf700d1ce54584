/** `bo help`, `bo help COMMAND` and `bo COMMAND --help`: what each command does and its options, as a user asks. */
import { commands } from "../../src/cli/commands";
import { bo } from "../support/cliRun";

/** The options a command's synopsis names, e.g. ["--preset", "--rules", …]. */
const synopsisOptions = (synopsis: string) => [...new Set(synopsis.match(/--[a-z-]+/g) ?? [])];

describe("bo help", () => {
  it("lists every command and says how to ask about one", async () => {
    for (const argv of [["help"], ["--help"]]) {
      const r = await bo(...argv);
      expect(r.code).toBe(0);
      for (const c of commands()) expect(r.stdout).toContain(`  bo ${c.name} `);
      expect(r.stdout).toContain('Run "bo help COMMAND" (or "bo COMMAND --help")');
    }
  });

  it("explains a command the same way whichever way it is asked, without running it", async () => {
    const asked = await bo("help", "reconcile");
    const flagged = await bo("reconcile", "--help");
    expect(asked).toEqual(flagged);
    expect(asked.code).toBe(0);
    expect(asked.stderr).toBe("");
    const lines = asked.stdout.split("\n");
    expect(lines[0]).toMatch(
      /^usage: bo reconcile LEFT RIGHT \[--preset bank-ledger\|customer-receivables\]/,
    );
    expect(lines[2]).toMatch(/^Matches a book table \(LEFT\) against a statement \(RIGHT\)/);
    expect(asked.stdout).toContain("\nOptions:\n  --preset P            bank-ledger (the default");
    expect(asked.stdout).toMatch(/\n {2}--out FILE\.xlsx {7}a new workbook with the result columns/);
    // With its arguments missing, a command asked for help still only explains itself.
    expect((await bo("validate", "--help")).code).toBe(0);
  });

  it("explains a command asked with -h or --help anywhere among its arguments, without running it", async () => {
    const asked = await bo("help", "reconcile");
    for (const argv of [
      ["reconcile", "A", "B", "-h"],
      ["reconcile", "-h", "A"],
      ["reconcile", "A", "B", "--json", "--help"],
    ]) {
      expect(await bo(...argv)).toEqual(asked);
    }
    expect(await bo("-h")).toEqual(await bo("help"));
    // After "--", "-h" is a file's name.
    const file = await bo("read", "--", "-h");
    expect(file.code).toBe(2);
    expect(file.stderr).not.toContain("usage:");
  });

  it.each(commands().map((c) => [c.name]))("explains every option %s names in its synopsis", async (name) => {
    const c = commands().find((x) => x.name === name)!;
    const r = await bo("help", name);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`usage: bo ${c.synopsis}\n\n${c.about}\n`)).toBe(true);
    const explained = c.options.flatMap(([o, m]) => [o, m]).join(" ");
    for (const option of synopsisOptions(c.synopsis)) expect(explained).toContain(option);
  });

  it("refuses a command that does not exist, and a usage error shows the whole synopsis", async () => {
    const r = await bo("help", "frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('bo: unknown command "frobnicate"; run "bo help"\n');
    const missing = await bo("rules", "extra");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      "bo: usage: bo rules [--preset bank-ledger|customer-receivables] [--rules rules.json] [--json]\n",
    );
  });
});
