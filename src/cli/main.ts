/**
 * `bo`: the engine over .xlsx and .csv files. Every command prints text by default and the stable JSON
 * envelope of output.ts with --json; exit status 0 (ok), 1 (data errors), 2 (usage or I/O error).
 */
import { parseArgs, UsageError } from "./args";
import type { CliIo, Command, ExitCode } from "./command";
import { commands } from "./commands";

function usage(list: readonly Command[]): string {
  return [
    "usage: bo <command> [arguments] [options]",
    "",
    ...list.map((c) => `  bo ${c.usage}`),
    "",
    "Sources: book.xlsx#TableName, book.xlsx#Sheet!A1:F200, book.xlsx (its only table) or data.csv.",
    "Exit status: 0 ok, 1 data issues of severity error, 2 usage or I/O error.",
  ].join("\n");
}

/** One line for stderr: what went wrong, never a stack trace. */
function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0] ?? text;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const list = commands();
  const valued = new Set(list.flatMap((c) => c.valued));
  try {
    const args = parseArgs(argv, valued);
    if (args.command === undefined || args.command === "help" || args.flags.has("help")) {
      io.stdout(`${usage(list)}\n`);
      return args.command === undefined && !args.flags.has("help") ? 2 : 0;
    }
    const command = list.find((c) => c.name === args.command);
    if (!command) throw new UsageError(`unknown command "${args.command}"; run "bo help"`);
    return await command.run(args, io);
  } catch (e) {
    io.stderr(`bo: ${oneLine(e)}\n`);
    return 2;
  }
}
