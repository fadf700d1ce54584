/**
 * Properties (fast-check) for the workbook hazards of RELIABILITY.md, against memory/ and
 * office/-over-simulator: 4 error cells vs typed text, 5 headers, 6 merged/hidden/totals, 8 formula-like
 * text, 14 protected sheets, 15 table names, 16 re-runs, 17 revert; and memory == office throughout.
 */
import fc from "fast-check";
import { cellError, EXCEL_ERROR_CODES, type Cell } from "../../src/core/cell";
import { columnLetter } from "../../src/core/table";
import { tableNameProblem } from "../../src/workbook/names";
import { BACKENDS, memoryBackend, officeBackend, type Seed } from "./backends";
import { poolOp, runPoolOp, text } from "./opPool";
import { LEDGER } from "./scenarios";

const RUNS = { numRuns: 40 };
const errorCode = fc.constantFrom(...EXCEL_ERROR_CODES.slice(0, 8));
const cell: fc.Arbitrary<Cell> = fc.oneof(
  errorCode.map((c) => cellError(c)),
  errorCode,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)),
  fc.boolean(),
  fc.constant(null),
  fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ""),
);

describe.each(BACKENDS)("$name properties", ({ make }) => {
  it("hazard 8: any text written reads back as the same text, never a formula", async () => {
    const formulaish = fc
      .tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "#", ""), fc.string({ maxLength: 20 }))
      .map(([a, b]) => a + b);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(formulaish, text).filter((s) => s !== ""),
          { minLength: 1, maxLength: 6 },
        ),
        async (strings) => {
          const b = make(LEDGER);
          await b.port.writeSheet({
            key: "k",
            sheetName: "Out",
            tables: [{ name: "T", headers: ["S"], rows: strings.map((s) => [s]) }],
          });
          const t = await b.port.readTable({ table: "T" });
          expect(t.columns[0]).toEqual(strings);
          await b.port.writeResultColumns({
            key: "c",
            table: { table: "Entries" },
            rows: [2, 3, 4, 5],
            columns: [{ header: "BO", values: [0, 1, 2, 3].map((i) => strings[i % strings.length] ?? null) }],
          });
          const e = await b.port.readTable({ table: "Entries" });
          expect(e.columns[4]).toEqual([0, 1, 2, 3].map((i) => strings[i % strings.length]));
        },
      ),
      RUNS,
    );
  });

  it("hazard 4: error cells come back as error cells, the same text as text, each at its row", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        async (rows) => {
          const b = make({ sheets: [{ name: "S", rows: [["a", "b", "c"], ...rows] }] });
          const t = await b.port.readTable({ sheet: "S", address: `A1:C${rows.length + 1}` });
          for (let c = 0; c < 3; c++)
            rows.forEach((r, i) => {
              const want = r[c] ?? null;
              const got = t.columns[c]?.[i];
              if (want !== null && typeof want === "object") expect(got).toBe(want);
              else expect(got).toEqual(want);
            });
          expect(t.rows).toEqual(rows.map((_, i) => i + 2));
        },
      ),
      RUNS,
    );
  });

  it("hazard 5: headers come back as written, in order, blanks as empty text", async () => {
    const header = fc.constantFrom(
      "Date",
      "date",
      "Amount",
      "",
      " ",
      "Amount",
      "Memo",
      "Debit",
      "Credit",
      "123",
      "Account",
    );
    await fc.assert(
      fc.asyncProperty(fc.array(header, { minLength: 1, maxLength: 7 }), async (headers) => {
        const b = make({
          sheets: [
            { name: "S", rows: [headers.map((h) => (h === "" ? null : h)), headers.map((_, i) => i)] },
          ],
        });
        const t = await b.port.readTable({ sheet: "S", address: `A1:${columnLetter(headers.length - 1)}2` });
        expect(t.headers).toEqual(headers);
      }),
      RUNS,
    );
  });

  it("hazard 6: hidden rows, the totals row and merged areas are reported, and totals are not records", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        fc.uniqueArray(fc.integer({ min: 2, max: 16 }), { maxLength: 5 }),
        fc.option(fc.integer({ min: 2, max: 14 })),
        async (n, totals, hiddenRaw, mergeRow) => {
          const rows: Cell[][] = [["K", "V"], ...Array.from({ length: n }, (_, i): Cell[] => [`k${i}`, i])];
          const last = totals ? n + 2 : n + 1;
          if (totals) rows.push(["Total", n]);
          const hidden = hiddenRaw.filter((r) => r <= last);
          const merged = mergeRow !== null && mergeRow <= last ? [`D${mergeRow}:E${mergeRow}`] : [];
          const seed: Seed = {
            sheets: [{ name: "S", rows, hiddenRows: hidden, merged }],
            tables: [{ name: "T", sheet: "S", address: `A1:B${last}`, totals }],
          };
          const b = make(seed);
          const t = await b.port.readTable({ table: "T" });
          expect(t.rows).toEqual(Array.from({ length: n }, (_, i) => i + 2));
          const dataHidden = hidden.filter((r) => r >= 2 && r <= n + 1).sort((a, c) => a - c);
          expect(t.notes?.hiddenRows ?? []).toEqual(dataHidden);
          expect(t.notes?.totalsRow).toBe(totals ? last : undefined);
          expect(t.notes?.mergedAreas ?? []).toEqual([]);
          const wide = await b.port.readTable({ sheet: "S", address: `A1:E${last}` });
          expect(wide.notes?.mergedAreas ?? []).toEqual(merged);
        },
      ),
      RUNS,
    );
  });

  it("hazard 15: output tables get valid, unique names and never disturb existing tables", async () => {
    const name = fc.oneof(
      fc.constantFrom("Entries", "entries", "A1", "R1C1", "My Table", "1abc", "Résumé", "", "_x", "T.1"),
      fc.string({ maxLength: 10 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 4 }), async (names) => {
        const b = make(LEDGER);
        await b.port.writeSheet({
          key: "k",
          sheetName: "Out",
          tables: names.map((n) => ({ name: n, headers: ["x"], rows: [[1]] })),
        });
        const tables = b.dump().tables;
        expect(tables[0]).toMatchObject({ name: "Entries", sheet: "Ledger", address: "A1:D5" });
        const made = tables.slice(1).map((t) => t.name);
        expect(made).toHaveLength(names.length);
        for (const m of made) expect(tableNameProblem(m)).toBeNull();
        expect(new Set([...tables.map((t) => t.name.toLowerCase())]).size).toBe(tables.length);
      }),
      RUNS,
    );
  });

  it("hazard 16: running an operation again replaces its output, as if only the last run had happened", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(poolOp, { minLength: 1, maxLength: 3 }), async (ops) => {
        const same = ops.map((o) => ({
          ...o,
          ...(o.kind === "sheet" ? { key: "a", sheetName: "Out" } : {}),
          ...(o.kind === "marks" || o.kind === "clear" ? { key: "v" } : {}),
        }));
        const runs = make(LEDGER);
        for (const o of same.filter((x) => x.kind === same[0]?.kind))
          await runPoolOp(runs.port, o).catch(() => undefined);
        const last = [...same].reverse().find((x) => x.kind === same[0]?.kind);
        const once = make(LEDGER);
        if (same[0]?.kind === "clear") {
          // Clearing twice is clearing once.
          expect(runs.dump()).toEqual(once.dump());
          return;
        }
        if (last) await runPoolOp(once.port, last).catch(() => undefined);
        expect(runs.dump().sheets).toEqual(once.dump().sheets);
        expect(runs.dump().tables).toEqual(once.dump().tables);
      }),
      RUNS,
    );
  });

  it("hazard 17: reverting each operation in turn restores each earlier state exactly", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(poolOp, { minLength: 1, maxLength: 4 }), async (ops) => {
        const b = make(LEDGER);
        const states = [b.dump()];
        for (const o of ops) {
          const ok = await runPoolOp(b.port, o).then(
            () => true,
            () => false,
          );
          if (ok && o.kind !== "clear") states.push(b.dump());
          else if (ok) {
            // A clear that found nothing is not journaled.
            if (b.port.journalSize() === states.length) states.push(b.dump());
            else expect(b.dump()).toEqual(states[states.length - 1]);
          } else expect(b.dump()).toEqual(states[states.length - 1]);
        }
        while (states.length > 1) {
          states.pop();
          await b.port.revertLast();
          expect(b.dump()).toEqual(states[states.length - 1]);
        }
        await expect(b.port.revertLast()).rejects.toMatchObject({ code: "nothing_to_revert" });
      }),
      RUNS,
    );
  });

  it("a revert puts a replaced output sheet's table back in its place in the table list", async () => {
    const b = make(LEDGER);
    const sheet = (key: string) => ({ kind: "sheet" as const, key, sheetName: "Out", rows: [] });
    await runPoolOp(b.port, sheet("b"));
    await runPoolOp(b.port, sheet("a"));
    const listed = async () => (await b.port.listTables()).map((t) => `${t.sheet}!${t.name}`);
    const before = await listed();
    expect(before.slice(-2)).toEqual(["Out!Result", "Out (2)!Result_2"]);
    await runPoolOp(b.port, sheet("b"));
    await b.port.revertLast();
    expect(await listed()).toEqual(before);
  });

  it("hazard 14: writes to a protected sheet are refused, naming it, and the sheet stays protected", async () => {
    await fc.assert(
      fc.asyncProperty(
        poolOp.filter((o) => o.kind !== "clear" && !(o.kind === "sheet" && o.sheetName === "Out")),
        async (op) => {
          const locked: Seed = { ...LEDGER, sheets: LEDGER.sheets.map((s) => ({ ...s, protected: true })) };
          const b = make(locked);
          const before = b.dump();
          const e = await runPoolOp(b.port, op).then(
            () => null,
            (x: unknown) => x,
          );
          if (op.kind === "sheet") {
            // A new sheet is not protected: the write goes there and the protected sheets are untouched.
            expect(e).toBeNull();
            expect(b.dump().sheets.slice(0, 2)).toEqual(before.sheets);
            return;
          }
          expect(e).toMatchObject({ code: "sheet_protected", details: { outcome: "nothing_written" } });
          expect((e as Error).message).toMatch(/Ledger|Other/);
          expect(b.dump()).toEqual(before);
        },
      ),
      RUNS,
    );
  });
});

describe("memory and office agree", () => {
  it("leave identical workbooks after any sequence of operations", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(poolOp, { minLength: 1, maxLength: 4 }), async (ops) => {
        const m = memoryBackend(LEDGER);
        const o = officeBackend(LEDGER);
        for (const op of ops) {
          const a = await runPoolOp(m.port, op).then(
            (r) => (r as { summary: string }).summary,
            (e: unknown) => (e as { code: string }).code,
          );
          const c = await runPoolOp(o.port, op).then(
            (r) => (r as { summary: string }).summary,
            (e: unknown) => (e as { code: string }).code,
          );
          expect(c).toEqual(a);
        }
        expect(o.dump()).toEqual(m.dump());
      }),
      RUNS,
    );
  });
});
