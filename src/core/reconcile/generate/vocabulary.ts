/**
 * Words for generated ledgers and statements: party names, how a bank prints them, and how payers
 * mangle references ("INV-104321" -> "inv104321", "104321", "INV 0104321").
 */
import { intBetween, pickOne, type Random } from "../../random";

const FIRST = [
  "Acme",
  "Northwind",
  "Contoso",
  "Fabrikam",
  "Globex",
  "Initech",
  "Umbrella",
  "Stark",
  "Wayne",
  "Wonka",
  "Tyrell",
  "Cyberdyne",
  "Hooli",
  "Vandelay",
  "Pied",
  "Soylent",
  "Aperture",
  "Massive",
  "Blue",
  "Red",
  "Green",
  "Silver",
  "Golden",
  "Iron",
  "Oak",
  "Pine",
  "Maple",
  "Cedar",
  "River",
  "Lake",
  "Harbor",
  "Summit",
  "Valley",
  "Prairie",
  "Coastal",
  "Metro",
  "Urban",
  "Royal",
  "Crown",
  "Eagle",
  "Falcon",
  "Lion",
  "Tiger",
  "Bear",
  "Wolf",
  "Fox",
  "Orion",
  "Atlas",
  "Apex",
  "Vertex",
  "Nova",
  "Stellar",
  "Quantum",
  "Fusion",
  "Vector",
  "Pixel",
  "Delta",
  "Sigma",
  "Omega",
  "Alpha",
] as const;

const SECOND = [
  "Trading",
  "Logistics",
  "Supplies",
  "Foods",
  "Motors",
  "Systems",
  "Consulting",
  "Holdings",
  "Partners",
  "Industries",
  "Electric",
  "Textiles",
  "Pharma",
  "Media",
  "Labs",
  "Builders",
  "Farms",
  "Freight",
  "Packaging",
  "Printing",
  "Software",
  "Security",
  "Cleaning",
  "Catering",
  "Energy",
  "Water",
  "Telecom",
  "Insurance",
  "Travel",
  "Office",
  "Furniture",
  "Paper",
  "Plastics",
  "Metals",
  "Chemicals",
  "Garden",
] as const;

const SUFFIX = ["Ltd", "GmbH", "Inc", "LLC", "SA", "BV", "Co", "plc", "AG", "Oy"] as const;

/** Distinct party names, e.g. "Harbor Freight GmbH". */
export function partyNames(random: Random, count: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < count) {
    let name = `${pickOne(random, FIRST)} ${pickOne(random, SECOND)} ${pickOne(random, SUFFIX)}`;
    if (seen.has(name)) name = `${pickOne(random, FIRST)} ${name}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

/** How a bank prints a name: upper case, cut to its narrow column, often with a channel word. */
export function bankName(random: Random, party: string): string {
  const upper = party.toUpperCase();
  return upper.length > 22 && random() < 0.5 ? upper.slice(0, 22) : upper;
}

const CHANNELS_IN = ["TRANSFER FROM", "CREDIT", "GIRO", "FPS CREDIT", "SEPA CT"] as const;
const CHANNELS_OUT = ["DD", "TRANSFER TO", "POS", "CARD PAYMENT", "SEPA DD"] as const;

export function channel(random: Random, incoming: boolean): string {
  return incoming ? pickOne(random, CHANNELS_IN) : pickOne(random, CHANNELS_OUT);
}

/** A payer's rendering of our reference: the noise every bank statement carries. */
export function noisyReference(random: Random, ref: string, number: number): string {
  const prefix = ref.slice(0, ref.indexOf("-"));
  switch (intBetween(random, 0, 5)) {
    case 0:
      return ref;
    case 1:
      return `${prefix}${number}`;
    case 2:
      return `${prefix.toLowerCase()}-${number}`;
    case 3:
      return `${prefix} 0${number}`;
    case 4:
      return String(number);
    default:
      return `${prefix}/${number}`;
  }
}

/** One character of a reference mistyped (a neighbouring digit), for "near" references. */
export function mistype(random: Random, ref: string): string {
  const digits = [...ref].map((c, k) => (c >= "0" && c <= "9" ? k : -1)).filter((k) => k >= 0);
  if (digits.length === 0) return ref;
  const k = pickOne(random, digits);
  const d = Number(ref[k]);
  const replacement = String((d + 1 + intBetween(random, 0, 7)) % 10);
  return `${ref.slice(0, k)}${replacement}${ref.slice(k + 1)}`;
}

/** Amounts that recur (subscriptions, rent, standing orders), in minor units. */
export const RECURRING_AMOUNTS: readonly number[] = [
  999, 1499, 1999, 2500, 4900, 5000, 7500, 9900, 10000, 12000, 15000, 19900, 20000, 25000, 29900, 30000,
  35000, 40000, 45000, 50000, 60000, 75000, 80000, 99900, 100000, 120000, 150000, 200000, 240000, 250000,
];
