/**
 * `bo`: the engine over .xlsx and .csv files. Every command prints text by default and the stable JSON
 * envelope of output.ts with --json; exit status 0 (ok), 1 (data errors), 2 (usage or I/O error).
 */
import { parseArgs, UsageError } from "./args";
import { usageLine, type CliIo, type Command, type ExitCode } from "./command";
import { commands } from "./commands";
import { visible } from "./visible";

function usage(list: readonly Command[]): string {
  return [
    "usage: bo <command> [arguments] [options]",
    "",
    ...list.map((c) => `  bo ${c.usage}`),
    "",
    ...FOOTER,
    'Run "bo help COMMAND" (or "bo COMMAND --help") for what a command does and its options.',
  ].join("\n");
}

const FOOTER = [
  "Sources: book.xlsx#TableName, book.xlsx#Sheet!A1:F200, book.xlsx (its only table), data.csv, a bank",
  "statement file, or a .zip or folder of statement files or DATEV booking batches (read as one).",
  "Exit status: 0 ok, 1 data issues of severity error, 2 usage or I/O error.",
];

/** `bo help NAME`: the synopsis, what the command does, and its options in a column. */
function commandHelp(c: Command): string {
  const width = Math.max(0, ...c.options.map(([o]) => o.length)) + 2;
  return [
    usageLine(c),
    "",
    c.about,
    ...(c.options.length > 0
      ? ["", "Options:", ...c.options.map(([o, m]) => `  ${o.padEnd(width)}${m}`)]
      : []),
    "",
    ...FOOTER,
  ].join("\n");
}

/**
 * One line for stderr: what went wrong, never a stack trace; a name or value it quotes shows its control
 * characters as escapes.
 */
function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return visible(text.split("\n")[0] ?? text);
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const list = commands();
  const valued = new Set(list.flatMap((c) => c.valued));
  try {
    const args = parseArgs(argv, valued);
    // `bo help NAME` and `bo NAME --help` explain one command; `bo help` and `bo --help` list them all.
    const named = args.command === "help" ? args.positional[0] : args.command;
    const help = args.command === "help" || args.flags.has("help");
    if (named === undefined) {
      io.stdout(`${usage(list)}\n`);
      return help ? 0 : 2;
    }
    const command = list.find((c) => c.name === named);
    if (!command) throw new UsageError(`unknown command "${named}"; run "bo help"`);
    if (help) {
      io.stdout(`${commandHelp(command)}\n`);
      return 0;
    }
    return await command.run(args, io);
  } catch (e) {
    io.stderr(`bo: ${oneLine(e)}\n`);
    return 2;
  }
}
