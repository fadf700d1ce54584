/** The shape of one `bo` command, and the streams it writes to (injected so tests run in-process). */

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** 0: done and no data errors; 1: data issues of severity error; 2: usage or I/O error. */
export type ExitCode = 0 | 1 | 2;

export interface Command {
  readonly name: string;
  /** One line for `bo help`, e.g. "tables FILE            list the tables of a workbook". */
  readonly usage: string;
  /** The whole synopsis, e.g. "tables FILE [--json]": the first line of `bo help tables`. */
  readonly synopsis: string;
  /** What the command does, for `bo help NAME` and `bo NAME --help`. */
  readonly about: string;
  /** Each option and what it does. */
  readonly options: readonly (readonly [option: string, meaning: string])[];
  /** Flags that take a value. */
  readonly valued: readonly string[];
  readonly run: (args: import("./args").ParsedArgs, io: CliIo) => Promise<ExitCode>;
}

/** "usage: bo …" for a usage error: the command's whole synopsis. */
export function usageLine(command: Pick<Command, "synopsis">): string {
  return `usage: bo ${command.synopsis}`;
}
