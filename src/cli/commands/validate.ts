/**
 * `bo validate FILE#Table [--kind K] [--rules rules.json] [--lookup role=Table,…] [--as-of DATE] [--json]`:
 * the task pane's validation service over a file. Rules stored in the workbook by the add-in apply unless
 * --rules gives others; related tables (chart of accounts, items, people, rooms) are found among the
 * file's other tables like the pane finds them, or named with --lookup. Exit 1 when any issue is an error.
 */
import type { Issue } from "../../core/issues";
import { KIND_IDS, kindIdFrom, readTableRules, type LookupRole, type TableRules } from "../../core/validate";
import {
  createValidationService,
  kindLabel,
  ROLE_INFO,
  ruleTitle,
  type LookupChoices,
  type ValidationRun,
} from "../../services/validation";
import { qualify } from "../../workbook/address";
import { allowFlags, stringFlag, UsageError, type ParsedArgs } from "../args";
import { usageLine, type Command } from "../command";
import { chooseTable, openWorkbook, readableRef } from "../open";
import { envelope, issueLines, type SourceInfo } from "../output";
import { readRulesText } from "../rulesFile";
import { encodingOf, ENCODING_OPTION, parseSource } from "../source";
import { visible } from "../visible";

const ROLES = Object.keys(ROLE_INFO) as LookupRole[];

function kindOf(args: ParsedArgs): string | undefined {
  const text = stringFlag(args, "kind");
  if (text === undefined) return undefined;
  if (kindIdFrom(text) === undefined)
    throw new UsageError(
      `--kind: "${text}" is not a kind of table (kinds: ${KIND_IDS.join(", ")}, auto, none)`,
    );
  return text;
}

/** `--lookup chartOfAccounts=Accounts,items=Items`; `role=none` skips a lookup. */
function lookupsOf(args: ParsedArgs, tables: readonly string[]): LookupChoices {
  const text = stringFlag(args, "lookup");
  if (text === undefined) return {};
  const out: Record<string, string | null> = {};
  for (const part of text.split(",")) {
    const eq = part.indexOf("=");
    if (eq <= 0)
      throw new UsageError(`--lookup needs role=Table, e.g. chartOfAccounts=Accounts; got "${part}"`);
    const name = part.slice(0, eq).trim().toLowerCase();
    const role = ROLES.find((r) => r.toLowerCase() === name);
    if (role === undefined)
      throw new UsageError(`--lookup: "${part.slice(0, eq)}" is not a role (roles: ${ROLES.join(", ")})`);
    const value = part.slice(eq + 1).trim();
    if (value.toLowerCase() === "none") {
      out[role] = null;
      continue;
    }
    const table = tables.find((t) => t.toLowerCase() === value.toLowerCase());
    if (table === undefined)
      throw new UsageError(
        `--lookup: the file has no table "${value}" (tables: ${tables.join(", ") || "none"})`,
      );
    out[role] = table;
  }
  return out;
}

function asOfOf(args: ParsedArgs): string | undefined {
  const text = stringFlag(args, "as-of");
  if (text === undefined) return undefined;
  if (text === "today") {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    throw new UsageError(`--as-of takes a date written YYYY-MM-DD or "today"; got "${text}"`);
  return text;
}

async function rulesOf(args: ParsedArgs, table: string): Promise<TableRules | undefined> {
  const file = stringFlag(args, "rules");
  if (file === undefined) return undefined;
  const text = await readRulesText(file);
  const read = readTableRules(text, table);
  if (!read.ok) throw new UsageError(`the rules in "${file}" cannot be used: ${read.error}`);
  return read.value;
}

function textReport(run: ValidationRun, source: SourceInfo): string[] {
  const { result } = run;
  const kind =
    result.kind === undefined ? "no kind: column rules only" : `${kindLabel(result.kind)}, ${result.kindHow}`;
  const where = source.address === undefined ? source.sheet : qualify(source.sheet, source.address);
  const records = `${result.records} record${result.records === 1 ? "" : "s"}`;
  const lines = [`${result.table} (${where}, ${records}): ${kind}`];
  for (const l of run.lookups) lines.push(`${ROLE_INFO[l.role].label}: ${l.table} (${l.how})`);
  lines.push(...issueLines(result.issues));
  const failed = result.stats.filter((s) => s.failed > 0);
  if (failed.length > 0) {
    lines.push("Rules with failures:");
    for (const s of failed)
      lines.push(
        `  ${ruleTitle(s, result.columns)}: ${s.failed} of ${s.checked} (${s.percentFailed}%)${s.passed ? ", within mostly" : ""}`,
      );
  }
  const { error, warning, info } = result.counts;
  lines.push(
    `${error} error${error === 1 ? "" : "s"}, ${warning} warning${warning === 1 ? "" : "s"}, ${info} note${info === 1 ? "" : "s"}: ${result.valid ? "valid" : "not valid"}`,
  );
  return lines;
}

export const validateCommand: Command = {
  name: "validate",
  usage: "validate FILE#Table [--kind K] [--rules r.json] [--json]   check a table, every issue located",
  synopsis:
    "validate FILE#Table [--kind KIND] [--rules rules.json] [--lookup role=Table,...] [--as-of YYYY-MM-DD|today] [--encoding NAME] [--json]",
  about:
    "Checks a table with the task pane's rules: those of its kind, the column rules and keys the workbook keeps for it, and lookups in related tables found among the file's other tables. Every issue names its sheet, table, column and Excel row. Exit 1 when any issue is an error.",
  options: [
    ["--kind KIND", `the kind of table (${KIND_IDS.join(", ")}), auto (the default) or none`],
    ["--rules FILE", "rules from a file (a whole rule set or this table's) instead of the workbook's"],
    ["--lookup ROLE=TABLE,…", `the related table for a role (${ROLES.join(", ")}); ROLE=none skips it`],
    ["--as-of DATE", "YYYY-MM-DD or today: dates after it are warned about"],
    ENCODING_OPTION,
    ["--json", "issues, rule counts, column map and lookups in the JSON envelope"],
  ],
  valued: ["kind", "rules", "lookup", "as-of", "encoding"],
  async run(args, io) {
    allowFlags(args, ["json", "kind", "rules", "lookup", "as-of", "encoding"]);
    const [sourceText, extra] = args.positional;
    if (sourceText === undefined || extra !== undefined) throw new UsageError(usageLine(validateCommand));
    const spec = parseSource(sourceText, encodingOf(args));
    const port = await openWorkbook(spec);
    const ref = readableRef(port, chooseTable(spec, await port.listTables(), port.workbook));
    const tables = await port.listTables();
    const service = createValidationService(port);
    const name = "table" in ref ? ref.table : `${ref.sheet}!${ref.address}`;
    const rules = await rulesOf(args, name);
    if (rules === undefined) {
      const stored = await service.loadTableRules(name);
      if (stored.problem !== undefined) io.stderr(`bo: warning: ${visible(stored.problem)}\n`);
    }
    const kind = kindOf(args);
    const asOf = asOfOf(args);
    const run = await service.run("table" in ref ? ref.table : ref, {
      ...(rules === undefined ? {} : { rules }),
      ...(kind === undefined ? {} : { kind }),
      lookups: lookupsOf(
        args,
        tables.map((t) => t.name),
      ),
      ...(asOf === undefined ? {} : { asOf }),
    });
    const { result } = run;
    const source: SourceInfo = {
      file: spec.file,
      sheet: result.sheet,
      table: result.table,
      address: run.info.address,
      rows: result.records,
    };
    const related: SourceInfo[] = run.lookups.map((l) => {
      const t = tables.find((x) => x.name === l.table);
      return {
        file: spec.file,
        sheet: t?.sheet ?? "",
        table: l.table,
        ...(t ? { address: t.address } : {}),
        rows: t?.rowCount ?? 0,
      };
    });
    if (args.flags.has("json")) {
      const failed = result.stats.filter((s) => !s.passed).length;
      const summary = {
        records: result.records,
        kind: result.kind ?? null,
        kindHow: result.kindHow,
        valid: result.valid,
        rules: result.stats.length,
        rulesFailed: failed,
      };
      const data = {
        kind: result.kind ?? null,
        kindHow: result.kindHow,
        columnMap: result.columnMap,
        columns: result.columns,
        lookups: run.lookups,
        stats: result.stats.map((s) => ({ ...s, title: ruleTitle(s, result.columns) })),
      };
      const issues: readonly Issue[] = result.issues;
      io.stdout(
        `${JSON.stringify(envelope("validate", [source, ...related], issues, summary, data), null, 2)}\n`,
      );
    } else for (const line of textReport(run, source)) io.stdout(`${visible(line)}\n`);
    return result.valid ? 0 : 1;
  },
};
