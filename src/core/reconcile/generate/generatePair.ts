/**
 * A seeded generator of realistic ledger (left) / bank statement (right) pairs with their answer key:
 * ~85% 1:1 counterparts lagging 0–3 days with noisy references, ~5% of rows in splits (deposits covering
 * several invoices, invoices paid in instalments), fees netted from receipts, bank-only fees and
 * interest, ledger-only outstanding items, duplicate imports, keying slips, and truly ambiguous twins.
 * Recurring amounts (rent, subscriptions) make amount-only matching genuinely ambiguous, as in life.
 */
import { allocate } from "../../money";
import { channel, bankName, mistype, noisyReference, partyNames, RECURRING_AMOUNTS } from "./vocabulary";
import { intBetween, normal, pickOne, pickWeighted, type Random } from "../../random";
import { SideBuilder } from "./sideBuilder";
import type { GeneratedPair, TruthGroup, TruthKind } from "./truth";
import { slipLedgerRow } from "./slips";

export interface GenerateOptions {
  /** About this many rows on each side. */
  readonly size: number;
  readonly random: Random;
  /** First day of the period (day number). */
  readonly startDay: number;
  /** Length of the period in days; default 365. */
  readonly days?: number;
  /** Default "USD". */
  readonly currency?: string;
}

/** Shares of the scenario kinds, per row of a side. */
const SHARE = {
  oneToOne: 0.85,
  fee: 0.01,
  manyToOne: 0.01,
  oneToMany: 0.01,
  ambiguous: 0.002,
  slip: 0.008,
  duplicate: 0.003,
  leftOnly: 0.02,
  rightOnly: 0.025,
};
/** Rows per side that the shares above produce per unit of "size" (so each side lands near `size`). */
const ROWS_PER_UNIT = 0.93;

const LAG_WEIGHTS = [0.4, 0.3, 0.2, 0.1];

interface Txn {
  readonly day: number;
  readonly minor: number;
  readonly ref: string;
  readonly number: number;
  readonly party: string;
  readonly ledgerText: string;
}

export function generatePair(opts: GenerateOptions): GeneratedPair {
  const { random, startDay } = opts;
  const span = opts.days ?? 365;
  const currency = opts.currency ?? "USD";
  const unit = opts.size / ROWS_PER_UNIT;
  const count = (share: number): number => Math.round(unit * share);
  const parties = partyNames(random, Math.max(50, Math.round(opts.size / 25)));
  const ledger = new SideBuilder("left", "Ledger", currency);
  const bank = new SideBuilder("right", "Bank", currency);
  const groups: { kind: TruthKind; left: number[]; right: number[] }[] = [];
  const leftOnly: number[] = [];
  const rightOnly: number[] = [];
  const duplicates: { copy: number; of: number }[] = [];
  let serial = 100000;
  let bankSerial = 0;
  const bankId = (): string => `B${String(++bankSerial).padStart(9, "0")}`;
  const lag = (): number => pickWeighted(random, LAG_WEIGHTS);
  const day = (lo = 0, hi = span - 4): number => startDay + intBetween(random, lo, hi);
  // A few customers and suppliers account for most of the traffic.
  const party = (): string => parties[Math.floor(parties.length * random() * random())] as string;

  const amount = (incoming: boolean): number => {
    if (random() < 0.08) return (incoming ? 1 : -1) * pickOne(random, RECURRING_AMOUNTS);
    let m = Math.round(Math.exp(Math.log(60000) + 1.1 * normal(random)));
    if (random() < 0.3) m = Math.max(100, Math.round(m / 100) * 100);
    m = Math.min(Math.max(m, 100), 50_000_000);
    return incoming ? m : -m;
  };

  const transaction = (d: number, incoming: boolean, minor?: number): Txn => {
    const p = party();
    const number = ++serial;
    const prefix = incoming ? "INV" : "BILL";
    const ref = random() < 0.1 ? "" : `${prefix}-${number}`;
    const what = incoming ? "invoice" : "bill";
    return {
      day: d,
      minor: minor ?? amount(incoming),
      ref,
      number,
      party: p,
      ledgerText: `${p} ${what} ${number}`,
    };
  };

  const addLedger = (t: Txn): number =>
    ledger.add({ day: t.day, minor: t.minor, reference: t.ref, description: t.ledgerText, party: t.party });

  /** The bank's view of a transaction: noisy reference in its column or in the text, or none at all. */
  const addBank = (t: Txn, d: number, minor: number, extra = ""): number => {
    let reference = "";
    let inText = "";
    if (t.ref !== "") {
      const r = random();
      if (r < 0.7) reference = noisyReference(random, t.ref, t.number);
      else if (r < 0.75) reference = mistype(random, t.ref);
      else if (r < 0.87) inText = ` ${noisyReference(random, t.ref, t.number)}`;
    }
    const own = random() < 0.3 ? ` REF${intBetween(random, 100000, 999999)}` : "";
    const description = `${channel(random, minor > 0)} ${bankName(random, t.party)}${inText}${extra}${own}`;
    return bank.add({ day: d, minor, reference, description, id: bankId() });
  };

  for (let k = count(SHARE.oneToOne); k > 0; k--) {
    const t = transaction(day(), random() < 0.55);
    groups.push({ kind: "one_to_one", left: [addLedger(t)], right: [addBank(t, t.day + lag(), t.minor)] });
  }
  for (let k = count(SHARE.fee); k > 0; k--) {
    const t = transaction(day(), true, 50000 + Math.abs(amount(true)));
    const fee = pickOne(random, [25, 50, 100, 250, 300, 500]);
    groups.push({ kind: "fee", left: [addLedger(t)], right: [addBank(t, t.day + lag(), t.minor - fee)] });
  }
  for (let k = count(SHARE.manyToOne); k > 0; k--) {
    const deposit = day(3);
    const first = transaction(deposit - intBetween(random, 0, 3), true);
    const parts = [first];
    for (let n = intBetween(random, 2, 3); parts.length < n;) {
      const t = transaction(deposit - intBetween(random, 0, 3), true);
      parts.push({ ...t, party: first.party, ledgerText: `${first.party} invoice ${t.number}` });
    }
    const left = parts.map(addLedger);
    const total = parts.reduce((s, t) => s + t.minor, 0);
    const quoted = random() < 0.4 ? first : { ...first, ref: "" };
    groups.push({ kind: "many_to_one", left, right: [addBank(quoted, deposit + lag(), total)] });
  }
  for (let k = count(SHARE.oneToMany); k > 0; k--) {
    const t = transaction(day(0, span - 12), true, 20000 + Math.abs(amount(true)));
    const n = intBetween(random, 2, 3);
    const weights = Array.from({ length: n }, () => 1 + random());
    const pieces = allocate(t.minor, weights);
    const right = pieces.map((m, p) =>
      addBank(t, t.day + intBetween(random, 0, 6), m, ` PART ${p + 1}/${n}`),
    );
    groups.push({ kind: "one_to_many", left: [addLedger(t)], right });
  }
  for (let k = count(SHARE.ambiguous); k > 0; k--) {
    const d = day();
    const p = party();
    const m = -pickOne(random, RECURRING_AMOUNTS);
    const text = `${p} subscription`;
    const b = lag();
    for (let twin = 0; twin < 2; twin++) {
      const l = ledger.add({ day: d, minor: m, description: text, party: p });
      const r = bank.add({ day: d + b, minor: m, description: `SEPA DD ${p.toUpperCase()}`, id: bankId() });
      groups.push({ kind: "ambiguous", left: [l], right: [r] });
    }
  }
  for (let k = count(SHARE.slip); k > 0; k--) {
    const t = transaction(day(), random() < 0.55);
    const r = addBank(t, t.day + lag(), t.minor);
    const slip = slipLedgerRow(random, t.day, t.minor);
    const l = ledger.add({
      day: slip.day,
      minor: slip.minor,
      reference: t.ref,
      description: t.ledgerText,
      party: t.party,
    });
    groups.push({ kind: slip.kind, left: [l], right: [r] });
  }
  for (let k = count(SHARE.duplicate); k > 0 && groups.length > 0; k--) {
    const g = groups[Math.floor(random() * groups.length)] as (typeof groups)[number];
    if (g.kind !== "one_to_one") continue;
    const of = g.right[0] as number;
    const copy = bank.rowOf(of);
    const c = bank.add({ ...copy, id: random() < 0.5 ? copy.id : bankId() });
    duplicates.push({ copy: c, of });
    rightOnly.push(c);
    g.kind = "duplicated_pair";
  }
  for (let k = count(SHARE.leftOnly); k > 0; k--) {
    // Outstanding items cluster at the period end; the rest are simply missing from the bank.
    const late = random() < 0.6;
    const t = transaction(late ? day(span - 10, span - 1) : day(), random() < 0.4);
    leftOnly.push(addLedger(t));
  }
  for (let k = count(SHARE.rightOnly); k > 0; k--) {
    const kind = pickWeighted(random, [0.45, 0.25, 0.3]);
    const d = day(0, span - 1);
    if (kind === 0)
      rightOnly.push(
        bank.add({ day: d, minor: -intBetween(random, 100, 3500), description: "ACCOUNT FEE", id: bankId() }),
      );
    else if (kind === 1)
      rightOnly.push(
        bank.add({
          day: d,
          minor: intBetween(random, 1, 4500),
          description: "INTEREST CREDIT",
          id: bankId(),
        }),
      );
    else rightOnly.push(addBank(transaction(d, true), d, amount(true)));
  }

  const L = ledger.build(random);
  const R = bank.build(random);
  const at = (pos: Int32Array, rows: readonly number[]): number[] =>
    rows.map((k) => pos[k] as number).sort((a, b) => a - b);
  const truthGroups: TruthGroup[] = groups.map((g) => ({
    kind: g.kind,
    left: at(L.position, g.left),
    right: at(R.position, g.right),
  }));
  return {
    left: L.set,
    right: R.set,
    truth: {
      groups: truthGroups,
      leftOnly: at(L.position, leftOnly),
      rightOnly: at(R.position, rightOnly),
      duplicates: duplicates.map((d) => ({
        copy: R.position[d.copy] as number,
        of: R.position[d.of] as number,
      })),
    },
  };
}
