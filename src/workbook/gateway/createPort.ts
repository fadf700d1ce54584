/**
 * The WorkbookPort built on a driver: reads pass through; every write goes through the gateway
 * (plan -> snapshot -> write -> verify -> restore on failure, journaled), one at a time (`busy`
 * otherwise), and the last operation can be reverted. Used by office/ and memory/ alike.
 */
import type { Driver } from "../driver";
import { WorkbookError } from "../errors";
import {
  SETTING_MAX_BYTES,
  type OperationKind,
  type OperationReceipt,
  type RunOptions,
  type WorkbookPort,
} from "../port";
import { execute, restore } from "./execute";
import { Journal } from "./journal";
import { failed, outcomeSentence, readFailed, refuse, SettingsFailure } from "./outcome";
import type { Plan } from "./plan";
import { planResultColumns } from "./planColumns";
import { planClearMarks, planMarkCells } from "./planMarks";
import { planWriteSheet } from "./planSheet";
import { readRegistry, REGISTRY_KEY, resultColumnsKeyOf, saveRegistry, type Registry } from "./registry";

/** The largest setting value the add-in stores (configuration, not data). */

export interface GatewayPort extends WorkbookPort {
  /** Entries the journal still holds (for tests and the revert button's state). */
  journalSize(): number;
}

export function createGatewayPort(driver: Driver): GatewayPort {
  const journal = new Journal();
  const seen = new Map<string, { sheet: string; headerRow: number }>();
  let running: OperationKind | null = null;
  let nextId = 1;

  async function guarded<T>(
    kind: OperationKind,
    operation: string,
    opts: RunOptions,
    body: () => Promise<T>,
  ): Promise<T> {
    if (running !== null)
      throw new WorkbookError(
        "busy",
        `Could not ${operation}: another operation (${running}) is still running. Wait for it to finish, then try again. ${outcomeSentence("nothing_written")}`,
        {
          operation,
          outcome: "nothing_written",
        },
      );
    if (opts.signal?.aborted)
      throw new WorkbookError("cancelled", `Cancelled: ${operation}. ${outcomeSentence("nothing_written")}`, {
        operation,
        outcome: "nothing_written",
      });
    running = kind;
    try {
      return await body();
    } finally {
      running = null;
    }
  }

  async function write(
    kind: OperationKind,
    operation: string,
    opts: RunOptions,
    makePlan: (reg: Registry, shape: Awaited<ReturnType<Driver["shape"]>>) => Plan | OperationReceipt,
  ): Promise<OperationReceipt> {
    return guarded(kind, operation, opts, async () => {
      let shape;
      try {
        shape = await driver.shape(opts);
      } catch (e) {
        throw failed(e, operation, {}, "nothing_written");
      }
      const registry = readRegistry(driver.settings);
      const plan = makePlan(registry, shape);
      if (!("build" in plan)) return plan;
      return execute(plan, { driver, journal, registry, operationId: `op-${nextId++}`, opts });
    });
  }

  const port: GatewayPort = {
    host: driver.host,

    async listTables(opts = {}) {
      try {
        return await driver.listTables(opts);
      } catch (e) {
        throw readFailed(e, "list the tables", {});
      }
    },

    async readTable(ref, opts = {}) {
      const where = "table" in ref ? { table: ref.table } : { sheet: ref.sheet };
      try {
        const t = await driver.readTable(ref, opts);
        const key = "table" in ref ? ref.table : `${ref.sheet}!${ref.address}`;
        seen.set(key.toLowerCase(), { sheet: t.sheet, headerRow: t.headerRow });
        const written = resultColumnsKeyOf(readRegistry(driver.settings), t, "table" in ref);
        return written === undefined ? t : { ...t, notes: { ...t.notes, resultColumnsKey: written } };
      } catch (e) {
        throw readFailed(e, "read the table", where);
      }
    },

    dateSystem: () => driver.dateSystem(),

    writeSheet: (out, opts = {}) =>
      write("writeSheet", `write sheet '${out.sheetName}'`, opts, (reg, shape) =>
        planWriteSheet(out, shape, reg, driver.supportsNotes),
      ),

    writeResultColumns: (plan, opts = {}) =>
      write("writeResultColumns", "write result columns", opts, (reg, shape) =>
        planResultColumns(plan, shape, reg, seen),
      ),

    markCells: (plan, opts = {}) =>
      write("markCells", "mark cells", opts, (reg, shape) =>
        planMarkCells(plan, shape, reg, driver.supportsNotes),
      ),

    clearMarks: (key, opts = {}) =>
      write(
        "clearMarks",
        "clear marks",
        opts,
        (reg, shape) =>
          planClearMarks(key, shape, reg, driver.supportsNotes) ?? {
            operationId: `op-${nextId++}`,
            kind: "clearMarks",
            summary: "There were no marks to clear",
            cellsWritten: 0,
          },
      ),

    lastOperation() {
      return journal.last()?.receipt ?? null;
    },

    revertLast: (opts = {}) => {
      const entry = journal.last();
      const operation = entry ? `revert "${entry.receipt.summary}"` : "revert the last operation";
      return guarded("revert", operation, opts, async () => {
        const e = journal.last();
        if (!e)
          throw new WorkbookError("nothing_to_revert", "There is no operation to revert.", {
            operation,
            outcome: "nothing_written",
          });
        const where = { ...(e.receipt.sheet ? { sheet: e.receipt.sheet } : {}) };
        if (e.status === "done") {
          let edited: string[];
          try {
            edited = await driver.verify(e.written, opts);
          } catch (err) {
            throw failed(err, operation, where, "nothing_written");
          }
          if (edited.length > 0)
            throw refuse(
              "data_changed",
              operation,
              where,
              `the output was edited after it was written (${edited.slice(0, 3).join("; ")}${edited.length > 3 ? "; …" : ""}), and reverting would overwrite those edits.`,
            );
        }
        opts.onProgress?.({ phase: "restoring", done: 0, total: e.undo.length });
        const left = await restore(driver, e.undo, e.restoredExpect);
        if (left !== null) {
          journal.replaceLast({ ...e, status: "restore_incomplete", left });
          throw failed(new Error(left), operation, where, "restore_incomplete", left);
        }
        try {
          await saveRegistry(driver.settings, e.registryBefore);
        } catch (err) {
          journal.pop();
          throw failed(
            new SettingsFailure(err instanceof Error ? err.message : String(err)),
            operation,
            where,
            "not_a_write",
          );
        }
        journal.pop();
        return {
          operationId: `op-${nextId++}`,
          kind: "revert" as const,
          summary: `Reverted: ${e.receipt.summary}`,
          ...(e.receipt.sheet ? { sheet: e.receipt.sheet } : {}),
          ...(e.receipt.address ? { address: e.receipt.address } : {}),
          cellsWritten: e.receipt.cellsWritten,
        };
      });
    },

    async getSetting(key) {
      return driver.settings.get(key);
    },

    async setSetting(key, value) {
      if (key === REGISTRY_KEY)
        throw new WorkbookError(
          "conflict",
          `The setting '${key}' is reserved for the add-in's record of its outputs.`,
          {
            operation: "save a setting",
            outcome: "not_a_write",
          },
        );
      const json = JSON.stringify(value ?? null);
      if (json.length > SETTING_MAX_BYTES)
        throw new WorkbookError(
          "too_large",
          `The setting '${key}' is ${json.length} bytes; settings hold configuration of at most ${SETTING_MAX_BYTES} bytes.`,
          {
            operation: "save a setting",
            outcome: "not_a_write",
          },
        );
      try {
        await driver.settings.set(key, value);
      } catch (e) {
        throw readFailed(e, `save the setting '${key}'`, {});
      }
    },

    async selectCell(sheet, address) {
      try {
        await driver.selectCell(sheet, address);
      } catch (e) {
        throw readFailed(e, `select ${sheet}!${address}`, { sheet });
      }
    },

    journalSize: () => journal.size,
  };
  return port;
}
