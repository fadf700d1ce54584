/** `bo sample FILE.xlsx`: writes the demo's sample workbook, to try every command on realistic data. */
import { stat } from "node:fs/promises";
import { createDemoWorkbook } from "../../services/demo/demoWorkbook";
import { allowFlags, UsageError } from "../args";
import { usageLine, type Command } from "../command";
import { checkOutFolder, writeWorkbook } from "../outFile";
import { visible } from "../visible";

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

export const sampleCommand: Command = {
  name: "sample",
  usage: "sample FILE.xlsx                          write the sample workbook (ledger, bank, invoices, …)",
  synopsis: "sample FILE.xlsx",
  about:
    "Writes the task pane's sample workbook (ledger, bank statement, chart of accounts, invoices, inventory, calendar) to a new file, to try every command on; it never replaces a file.",
  options: [],
  valued: [],
  async run(args, io) {
    allowFlags(args, []);
    const [file, extra] = args.positional;
    if (file === undefined || extra !== undefined || !file.toLowerCase().endsWith(".xlsx"))
      throw new UsageError(usageLine(sampleCommand));
    if (await exists(file))
      throw new UsageError(`"${file}" already exists: bo sample writes a new file and never replaces one`);
    await checkOutFolder(file);
    const port = createDemoWorkbook();
    await writeWorkbook(port.workbook, file);
    const tables = await port.listTables();
    io.stdout(`Wrote ${visible(file)}: ${tables.map((t) => t.name).join(", ")}\n`);
    return 0;
  },
};
