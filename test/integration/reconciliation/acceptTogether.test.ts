/**
 * Accepting many suggestions at once through the service, over both workbook ports: the document keeps
 * them compactly, the next run confirms them, a fresh run from the document still does, and unmatching
 * one undoes just that one.
 */
import { dayFromIso } from "../../../src/core/dates";
import { mulberry32 } from "../../../src/core/random";
import type { RecordSet } from "../../../src/core/reconcile";
import { generatePair } from "../../../src/core/reconcile/generate/generatePair";
import {
  createReconciliationService,
  matchViews,
  settingKey,
  type ReconcileOutcome,
} from "../../../src/services/reconciliation";
import { SETTING_MAX_BYTES } from "../../../src/workbook/port";
import { BACKENDS, type Seed } from "../../contract/backends";

const EXCEL_EPOCH = 25569;

function sheetRows(s: RecordSet): (string | number)[][] {
  const rows: (string | number)[][] = [["Date", "Description", "Reference", "Amount"]];
  for (let i = 0; i < s.size; i++)
    rows.push([
      (s.day[i] as number) + EXCEL_EPOCH,
      s.description[i] as string,
      s.reference[i] as string,
      (s.minor[i] as number) / 100,
    ]);
  return rows;
}

function seed(size: number): Seed {
  const { left, right } = generatePair({
    size,
    random: mulberry32(11),
    startDay: dayFromIso("2026-01-01") as number,
  });
  const ledger = sheetRows(left);
  const bank = sheetRows(right);
  return {
    sheets: [
      { name: "Ledger", rows: ledger },
      { name: "Bank", rows: bank },
    ],
    tables: [
      { name: "Ledger", sheet: "Ledger", address: `A1:D${ledger.length}` },
      { name: "Bank", sheet: "Bank", address: `A1:D${bank.length}` },
    ],
  };
}

const counts = (o: ReconcileOutcome) => [
  o.result.summary.confirmed.matches,
  o.result.summary.suggested.matches,
];

describe.each(BACKENDS)("accepting suggestions together on $name", ({ make }) => {
  it("confirms them on the next run and in a fresh run from the document; unmatch undoes one", async () => {
    const b = make(seed(2000));
    const svc = createReconciliationService(b.port);
    const p = await svc.proposeSetup({ table: "Ledger" }, { table: "Bank" }, "bank-ledger");
    const o = await svc.run(p.setup);
    const suggested = matchViews(o, "suggested");
    const clear = suggested.filter((m) => !m.ambiguous).map((m) => m.id);
    expect(clear.length).toBeGreaterThan(10);
    expect(suggested.length).toBeGreaterThan(clear.length);
    const [confirmed] = counts(o) as [number, number];

    const after = await svc.decide(o, { kind: "acceptAll", matchIds: clear });
    expect(counts(after)).toEqual([confirmed + clear.length, suggested.length - clear.length]);
    const saved = (await b.port.getSetting(settingKey("Ledger", "Bank"))) as {
      decisions: { accepted: unknown[] };
    };
    expect(saved.decisions.accepted).toEqual(clear);
    // Each accepted id costs its 14 characters, two quotes and a comma in the setting.
    expect(JSON.stringify(saved.decisions.accepted).length).toBeLessThanOrEqual(17 * clear.length + 1);

    const fresh = await createReconciliationService(b.port).run(p.setup);
    expect(counts(fresh)).toEqual(counts(after));
    const byId = new Map(fresh.result.matches.map((m) => [m.id, m]));
    for (const id of clear) expect(byId.get(id)).toMatchObject({ status: "confirmed", decidedBy: "user" });

    const undone = await svc.decide(fresh, { kind: "unmatch", matchId: clear[0] as string });
    expect(undone.result.matches.map((m) => m.id)).not.toContain(clear[0]);
    expect(undone.decisions.accepted).toEqual(clear.slice(1));
  });

  it("keeps more than one setting holds in parts of their own, which a fresh run reads back", async () => {
    const b = make(seed(2000));
    const svc = createReconciliationService(b.port);
    const p = await svc.proposeSetup({ table: "Ledger" }, { table: "Bank" }, "bank-ledger");
    const o = await svc.run(p.setup);
    const clear = matchViews(o, "suggested")
      .filter((m) => !m.ambiguous)
      .map((m) => m.id);
    // 9,000 ids accepted in earlier months, whose rows this month's tables no longer have.
    const earlier = Array.from({ length: 9000 }, (_, k) => `M-${k.toString(16).padStart(12, "0")}`);
    const before = { ...o, decisions: { ...o.decisions, accepted: earlier } };
    const after = await svc.decide(before, { kind: "acceptAll", matchIds: clear });

    const key = settingKey("Ledger", "Bank");
    const saved = (await b.port.getSetting(key)) as { parts: unknown; decisions: { accepted: unknown[] } };
    expect(saved.parts).toEqual({ slot: "a", count: 2 });
    expect(saved.decisions.accepted).toEqual([]);
    for (const n of [1, 2])
      expect(JSON.stringify(await b.port.getSetting(`${key}#a${n}`)).length).toBeLessThanOrEqual(
        SETTING_MAX_BYTES,
      );

    const fresh = await createReconciliationService(b.port).run(p.setup);
    expect(counts(fresh)).toEqual(counts(after));
    expect(new Set(fresh.decisions.accepted)).toEqual(new Set([...earlier, ...clear]));
    const stale = fresh.issues.filter((i) => i.code === "recon_decision_stale");
    expect(stale).toHaveLength(1);
    expect(stale[0]?.message).toContain("M-000000000000");
  });
});
