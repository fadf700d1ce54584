/**
 * `bo rules [--preset P] [--rules rules.json] [--json]`: the rule cascade a reconciliation would use,
 * checked, each rule in a line saying what it asks for and whether it confirms or only suggests. With
 * --json, the rules with every default filled in: a starting point for a rules file.
 */
import { describeRule, presetById } from "../../services/reconciliation";
import { allowFlags, stringFlag, UsageError } from "../args";
import { usageLine, type Command } from "../command";
import { envelope } from "../output";
import { presetOf, rulesOf } from "../rulesFile";
import { visible } from "../visible";

export const rulesCommand: Command = {
  name: "rules",
  usage: "rules [--preset P] [--rules F] [--json]    check and explain the rules of a reconciliation",
  synopsis: "rules [--preset bank-ledger|customer-receivables] [--rules rules.json] [--json]",
  about:
    "Checks the rules a reconciliation would use, without running one, and prints them in order: each rule's id, whether it confirms or only suggests, what it asks for, and its label.",
  options: [
    ["--preset P", "the preset's rules (bank-ledger, the default, or customer-receivables)"],
    ["--rules FILE", "the rules of a rules file instead; a mistake exits 2 naming where it is"],
    ["--json", "the rules with every default filled in, each with its line: a start for a rules file"],
  ],
  valued: ["preset", "rules"],
  async run(args, io) {
    allowFlags(args, ["preset", "rules", "json"]);
    if (args.positional.length > 0) throw new UsageError(usageLine(rulesCommand));
    const preset = presetById(presetOf(args));
    const config = await rulesOf(args);
    const rules = config?.rules ?? preset.rules;
    const from = config?.rules
      ? `the rules file "${stringFlag(args, "rules")}"`
      : `the ${preset.label} preset`;
    if (args.flags.has("json")) {
      const data = { rules, descriptions: rules.map((r) => ({ id: r.id, description: describeRule(r) })) };
      io.stdout(`${JSON.stringify(envelope("rules", [], [], { rules: rules.length }, data), null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...rules.map((r) => r.id.length));
    io.stdout(
      `${rules.length} rule${rules.length === 1 ? "" : "s"} of ${visible(from)}, in the order they apply:\n`,
    );
    rules.forEach((r, k) => {
      const head = `${String(k + 1).padStart(2)}. ${r.id.padEnd(width)}  ${r.autoConfirm ? "confirms" : "suggests"}`;
      // A rules file is the user's text: its ids and labels are shown, never obeyed by the terminal.
      io.stdout(`${visible(head)}  ${visible(describeRule(r))}${r.label ? `  (${visible(r.label)})` : ""}\n`);
    });
    return 0;
  },
};
