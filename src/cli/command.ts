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
  /** Flags that take a value. */
  readonly valued: readonly string[];
  readonly run: (args: import("./args").ParsedArgs, io: CliIo) => Promise<ExitCode>;
}
