/** `bo tables FILE`: the tables of a workbook (or the one table of a CSV file) with their sizes and headers. */
import { qualify } from "../../workbook/address";
import { allowFlags, UsageError } from "../args";
import { usageLine, type Command } from "../command";
import { openWorkbook, rangeExample } from "../open";
import { envelope } from "../output";
import { encodingOf, ENCODING_OPTION, parseSource } from "../source";
import { visible } from "../visible";

export const tablesCommand: Command = {
  name: "tables",
  usage: "tables FILE [--json]                       list the tables of a workbook",
  synopsis: "tables FILE [--encoding NAME] [--json]",
  about:
    "Lists the tables of an .xlsx workbook, or the one table of a .csv file: name, sheet and address, rows and headers.",
  options: [["--json", "the tables in the JSON envelope every command prints"], ENCODING_OPTION],
  valued: ["encoding"],
  async run(args, io) {
    allowFlags(args, ["json", "encoding"]);
    const [file, extra] = args.positional;
    if (file === undefined || extra !== undefined) throw new UsageError(usageLine(tablesCommand));
    const spec = parseSource(file, encodingOf(args));
    const port = await openWorkbook({
      file: spec.file,
      format: spec.format,
      ...(spec.encoding === undefined ? {} : { encoding: spec.encoding }),
    });
    const tables = await port.listTables();
    if (args.flags.has("json")) {
      const data = tables.map((t) => ({
        name: t.name,
        sheet: t.sheet,
        address: t.address,
        rows: t.rowCount,
        columns: t.columnCount,
        headers: t.headers,
        excelTable: t.isExcelTable,
      }));
      io.stdout(`${JSON.stringify(envelope("tables", [], [], { tables: tables.length }, data), null, 2)}\n`);
      return 0;
    }
    if (tables.length === 0) {
      io.stdout(`${visible(spec.file)}: no tables\n`);
      // Plain sheet data is still read by the other commands, given as a range.
      const example = spec.format === "xlsx" ? rangeExample(port.workbook, spec.file) : null;
      if (example !== null) io.stderr(`hint: read its sheet data as a range, such as ${visible(example)}\n`);
    }
    for (const t of tables) {
      const rows = `${t.rowCount} row${t.rowCount === 1 ? "" : "s"}`;
      const headers = t.headers.map(visible).join(" | ");
      io.stdout(`${visible(t.name)}\t${visible(qualify(t.sheet, t.address))}\t${rows}\t${headers}\n`);
    }
    return 0;
  },
};
