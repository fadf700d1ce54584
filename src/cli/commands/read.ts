/**
 * `bo read FILE#Table [--json|--csv]`: a table's records with their Excel rows, and the table's shape issues
 * (blank or duplicate headers, merged cells, hidden rows). Exit 1 when an issue is an error.
 */
import { countBySeverity, type Issue } from "../../core/issues";
import { describeCell, type Cell } from "../../core/cell";
import { tableShapeIssues } from "../../core/tableShape";
import type { TableData } from "../../core/table";
import { toCsv } from "../../workbook/memory/csv";
import { allowFlags, UsageError } from "../args";
import { usageLine, type Command } from "../command";
import { openTable } from "../open";
import { envelope, issueLines, jsonCell } from "../output";
import { encodingOf, ENCODING_OPTION, parseSource } from "../source";
import { visible } from "../visible";

function recordsJson(t: TableData): { row: number; cells: unknown[] }[] {
  return t.rows.map((row, i) => ({ row, cells: t.columns.map((col) => jsonCell(col[i] ?? null)) }));
}

/** Tab-separated lines; a tab, line break or escape code in a cell is shown as an escape, so it splits nothing. */
function textLines(t: TableData): string[] {
  const cell = (v: Cell) => (v === null ? "" : visible(describeCell(v)));
  const lines = [["Row", ...t.headers.map(visible)].join("\t")];
  t.rows.forEach((row, i) => {
    lines.push([String(row), ...t.columns.map((c) => cell(c[i] ?? null))].join("\t"));
  });
  return lines;
}

export const readCommand: Command = {
  name: "read",
  usage: "read FILE#Table [--json|--csv]            print a table's records with their Excel rows",
  synopsis: "read FILE#Table [--encoding NAME] [--json|--csv]",
  about:
    "Prints a table's records, each with its Excel row, and what is wrong with the table's shape (blank or repeated headers, merged cells, hidden rows). Exit 1 when that is an error.",
  options: [
    ["--json", "headers, header row and records (row and cells) in the JSON envelope"],
    ["--csv", "the records as CSV, headers first"],
    ENCODING_OPTION,
  ],
  valued: ["encoding"],
  async run(args, io) {
    allowFlags(args, ["json", "csv", "encoding"]);
    const [source, extra] = args.positional;
    if (source === undefined || extra !== undefined) throw new UsageError(usageLine(readCommand));
    if (args.flags.has("json") && args.flags.has("csv"))
      throw new UsageError("choose one of --json and --csv");
    const { table, source: info } = await openTable(parseSource(source, encodingOf(args)));
    const issues: Issue[] = tableShapeIssues(table);
    if (args.flags.has("json")) {
      const data = { headers: table.headers, headerRow: table.headerRow, records: recordsJson(table) };
      io.stdout(
        `${JSON.stringify(envelope("read", [info], issues, { records: table.rows.length }, data), null, 2)}\n`,
      );
    } else if (args.flags.has("csv")) {
      const rows = [
        ["Row", ...table.headers],
        ...table.rows.map((row, i) => [row, ...table.columns.map((c) => c[i] ?? null)]),
      ];
      io.stdout(toCsv(rows));
      for (const line of issueLines(issues)) io.stderr(`${line}\n`);
    } else {
      for (const line of textLines(table)) io.stdout(`${line}\n`);
      for (const line of issueLines(issues)) io.stderr(`${line}\n`);
    }
    return countBySeverity(issues).error > 0 ? 1 : 0;
  },
};
