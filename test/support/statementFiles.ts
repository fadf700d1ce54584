/** Helpers of the statement-file reader tests: days written as ISO text, and the error a read throws. */
import { dayFromIso } from "../../src/core/dates";
import { StatementFileError } from "../../src/core/statementFiles/model";

export function isoDay(iso: string): number {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

/** The StatementFileError `read` throws; any other outcome fails the test. */
export function fileErrorOf(read: () => unknown): StatementFileError {
  try {
    read();
  } catch (e) {
    if (e instanceof StatementFileError) return e;
    throw e;
  }
  throw new Error("read without error");
}
