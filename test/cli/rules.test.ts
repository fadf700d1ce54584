/** `bo rules`: the cascade a reconciliation would use, checked and explained, as a user writing a rules file meets it. */
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_RULES, parseReconcileConfig } from "../../src/core/reconcile";
import { bo, tempDir } from "../support/cliRun";

describe("bo rules", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };

  it("explains the bank preset's rules in order, each in a line", async () => {
    const r = await bo("rules");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("9 rules of the Bank statement vs ledger preset, in the order they apply:");
    expect(lines.slice(1).map((l) => l.trim().split(/\s+/)[1])).toEqual(DEFAULT_RULES.map((x) => x.id));
    expect(lines[1]).toMatch(
      /^ 1\. exact\s+confirms {2}amount equal · reference agrees · same date {2}\(Amount, date and reference equal\)$/,
    );
    expect(lines[7]).toContain("tolerance                 suggests  amount within 5 or 1%");
  });

  it("explains the customer preset and a rules file, and refuses a wrong one with its path", async () => {
    expect((await bo("rules", "--preset", "customer-receivables")).stdout).toMatch(
      /^8 rules of the Customer statement vs receivables preset/,
    );
    const cents = file(
      "cents.json",
      '[{"id":"cents","amount":{"below":{"abs":0.05},"above":{"abs":0.05}},"date":{"before":0,"after":0}}]',
    );
    const r = await bo("rules", "--rules", cents);
    expect(r.stdout).toBe(
      `1 rule of the rules file "${cents}", in the order they apply:\n 1. cents  confirms  amount within 0.05 · same date\n`,
    );
    const bad = await bo(
      "rules",
      "--rules",
      file("bad.json", '{"rules":[{"id":"x","date":{"before":-1,"after":2}}]}'),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("rules[0].date.before");
    const missing = await bo("rules", "--rules", path.join(dir, "missing.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `bo: cannot read the rules "${path.join(dir, "missing.json")}": no such file\n`,
    );
    expect((await bo("rules", "--preset", "nope")).code).toBe(2);
    expect((await bo("rules", "extra")).code).toBe(2);
  });

  it("gives the rules with every default filled in as JSON, which reads back as a rules file", async () => {
    const r = await bo("rules", "--json");
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ tool: "bo", command: "rules", ok: true, summary: { rules: 9 } });
    expect(j.data.rules).toEqual(DEFAULT_RULES);
    expect(j.data.descriptions[0]).toEqual({
      id: "exact",
      description: "amount equal · reference agrees · same date",
    });
    const again = parseReconcileConfig(JSON.stringify({ rules: j.data.rules }));
    expect(again.ok && again.config.rules).toEqual(DEFAULT_RULES);
  });
});
