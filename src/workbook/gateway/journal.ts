/**
 * The journal of writes: for each operation, what it wrote (to notice later edits), the steps that undo
 * it (built from the snapshot taken before it), the registry before and after, and whether a failed
 * restore left work behind. `revertLast` walks it from the newest entry.
 */
import type { Expectation, Step } from "../driver";
import type { OperationReceipt } from "../port";
import type { Registry } from "./registry";

export type EntryStatus = "done" | "restore_incomplete";

export interface JournalEntry {
  readonly receipt: OperationReceipt;
  readonly undo: readonly Step[];
  /** What the operation wrote; a revert refuses when the user has changed it since. */
  readonly written: readonly Expectation[];
  /** What the workbook held before, checked after an undo. */
  readonly restoredExpect: readonly Expectation[];
  readonly registryBefore: Registry;
  readonly status: EntryStatus;
  /** For an incomplete restore: what is still left in the workbook. */
  readonly left?: string;
}

/** Keeps the newest entries; older snapshots are let go to bound memory. */
export class Journal {
  private readonly entries: JournalEntry[] = [];
  constructor(private readonly depth = 20) {}

  push(e: JournalEntry): void {
    this.entries.push(e);
    if (this.entries.length > this.depth) this.entries.shift();
  }

  last(): JournalEntry | null {
    return this.entries[this.entries.length - 1] ?? null;
  }

  pop(): JournalEntry | null {
    return this.entries.pop() ?? null;
  }

  replaceLast(e: JournalEntry): void {
    this.entries[this.entries.length - 1] = e;
  }

  get size(): number {
    return this.entries.length;
  }
}
