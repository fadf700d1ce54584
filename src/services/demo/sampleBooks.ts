/**
 * The sample books: one month of a small wholesaler's cash movements as the ledger and as the bank
 * statement record them (bank lags, split deposits, a fee only the bank knows, a typo), the chart of
 * accounts and the customer invoices.
 */
import type { Cell } from "../../core/cell";
import { dayFromIso, isoFromDay } from "../../core/dates";
import { DATE, MONEY, type SampleTable, serial } from "./sampleFormat";

/** One cash movement as it happened; amount > 0 is money in. */
interface CashEvent {
  readonly date: string;
  readonly entry: string;
  readonly party: string;
  readonly ref: string;
  readonly text: string;
  readonly amount: number;
  /** The other account of the journal entry. */
  readonly account: string;
  /** Days until the bank shows it; null: not on this statement (outstanding). */
  readonly lag: number | null;
}

const CASH: readonly CashEvent[] = [
  {
    date: "2026-03-02",
    entry: "JE-1001",
    party: "Harbour Foods Ltd",
    ref: "INV-1041",
    text: "Receipt INV-1041",
    amount: 4250.0,
    account: "1100",
    lag: 1,
  },
  {
    date: "2026-03-03",
    entry: "JE-1002",
    party: "Greenline Packaging",
    ref: "BILL-552",
    text: "Payment BILL-552",
    amount: -1875.4,
    account: "2000",
    lag: 2,
  },
  {
    date: "2026-03-05",
    entry: "JE-1003",
    party: "City Properties",
    ref: "RENT-03",
    text: "Rent March",
    amount: -3200.0,
    account: "6100",
    lag: 0,
  },
  {
    date: "2026-03-06",
    entry: "JE-1004",
    party: "Northwind Traders",
    ref: "INV-1043",
    text: "Receipt INV-1043",
    amount: 1234.0,
    account: "1100",
    lag: 2,
  },
  {
    date: "2026-03-09",
    entry: "JE-1005",
    party: "Blue Fin Cafe",
    ref: "INV-1044",
    text: "Receipt INV-1044",
    amount: 615.75,
    account: "1100",
    lag: 1,
  },
  {
    date: "2026-03-10",
    entry: "JE-1006",
    party: "Apex Logistics",
    ref: "BILL-560",
    text: "Freight February",
    amount: -742.18,
    account: "2000",
    lag: 3,
  },
  {
    date: "2026-03-12",
    entry: "JE-1007",
    party: "Payroll",
    ref: "PAY-0312",
    text: "Salaries first half",
    amount: -9640.0,
    account: "6200",
    lag: 0,
  },
  {
    date: "2026-03-13",
    entry: "JE-1008",
    party: "Harbour Foods Ltd",
    ref: "INV-1047",
    text: "Receipt INV-1047",
    amount: 2980.5,
    account: "1100",
    lag: 1,
  },
  {
    date: "2026-03-16",
    entry: "JE-1009",
    party: "Metro Utilities",
    ref: "UT-7781",
    text: "Electricity",
    amount: -412.66,
    account: "6300",
    lag: 2,
  },
  {
    date: "2026-03-17",
    entry: "JE-1010",
    party: "Oak & Iron Retail",
    ref: "INV-1049",
    text: "Receipt INV-1049",
    amount: 5100.0,
    account: "1100",
    lag: 1,
  },
  {
    date: "2026-03-19",
    entry: "JE-1011",
    party: "Greenline Packaging",
    ref: "BILL-571",
    text: "Payment BILL-571",
    amount: -2306.25,
    account: "2000",
    lag: 1,
  },
  {
    date: "2026-03-23",
    entry: "JE-1012",
    party: "Northwind Traders",
    ref: "INV-1052",
    text: "Receipt INV-1052",
    amount: 3475.0,
    account: "1100",
    lag: 2,
  },
  {
    date: "2026-03-26",
    entry: "JE-1013",
    party: "Payroll",
    ref: "PAY-0326",
    text: "Salaries second half",
    amount: -9640.0,
    account: "6200",
    lag: 0,
  },
  {
    date: "2026-03-27",
    entry: "JE-1014",
    party: "Sparrow Stationers",
    ref: "CHQ-000318",
    text: "Office supplies",
    amount: -186.9,
    account: "6400",
    lag: null,
  },
  {
    date: "2026-03-30",
    entry: "JE-1015",
    party: "Blue Fin Cafe",
    ref: "INV-1055",
    text: "Receipt INV-1055",
    amount: 890.0,
    account: "1100",
    lag: null,
  },
];

const CASH_ACCOUNT = "1000";

export function ledgerTable(): SampleTable {
  const rows: Cell[][] = [];
  for (const e of CASH) {
    const cashDebit = e.amount > 0 ? e.amount : null;
    const cashCredit = e.amount < 0 ? -e.amount : null;
    rows.push([serial(e.date), e.entry, CASH_ACCOUNT, e.text, cashDebit, cashCredit, "USD", e.party, e.ref]);
    rows.push([serial(e.date), e.entry, e.account, e.text, cashCredit, cashDebit, "USD", e.party, e.ref]);
  }
  // Mistakes a reviewer should catch: an entry that does not balance, a line with both sides filled,
  // an account missing from the chart, and a date typed as ambiguous text.
  rows.push([
    serial("2026-03-20"),
    "JE-1016",
    "6500",
    "Client lunch",
    86.4,
    null,
    "USD",
    "Blue Fin Cafe",
    "RCPT-88",
  ]);
  rows.push([
    serial("2026-03-20"),
    "JE-1016",
    "2100",
    "Client lunch",
    null,
    84.6,
    "USD",
    "Company card",
    "RCPT-88",
  ]);
  rows.push([
    serial("2026-03-24"),
    "JE-1017",
    "6400",
    "Printer toner",
    129.99,
    129.99,
    "USD",
    "Sparrow Stationers",
    "INV-S-2231",
  ]);
  rows.push([
    serial("2026-03-24"),
    "JE-1017",
    "2000",
    "Printer toner",
    null,
    129.99,
    "USD",
    "Sparrow Stationers",
    "INV-S-2231",
  ]);
  rows.push(["03/04/2026", "JE-1018", "6900", "Sundry adjustment", 25.0, null, "USD", "", "ADJ-04"]);
  rows.push(["03/04/2026", "JE-1018", "3000", "Sundry adjustment", null, 25.0, "USD", "", "ADJ-04"]);
  return {
    sheet: "Ledger",
    table: "Ledger",
    headers: ["Date", "Entry", "Account", "Description", "Debit", "Credit", "Currency", "Party", "Reference"],
    rows,
    formats: [DATE, null, null, null, MONEY, MONEY, null, null, null],
  };
}

/** Bank descriptions are upper case and terse, and quote the reference the payer gave. */
function bankText(e: CashEvent): string {
  const kind = e.amount > 0 ? "CREDIT TRANSFER" : e.party === "Payroll" ? "BULK PAYMENT" : "DIRECT DEBIT";
  return `${kind} ${e.party.toUpperCase().slice(0, 18)} ${e.ref}`;
}

export function bankTable(): SampleTable {
  const opening = 18420.35;
  const lines: { date: string; text: string; ref: string; amount: number }[] = [];
  const addDays = (iso: string, n: number) => {
    const day = dayFromIso(iso);
    if (day === null) throw new Error(`sample date ${iso}`);
    return isoFromDay(day + n);
  };
  for (const e of CASH) {
    if (e.lag === null) continue;
    const date = addDays(e.date, e.lag);
    if (e.ref === "INV-1047") {
      // The customer paid one invoice in two transfers.
      lines.push({ date, text: `${bankText(e)} PART 1`, ref: e.ref, amount: 1500.0 });
      lines.push({ date: addDays(date, 1), text: `${bankText(e)} PART 2`, ref: e.ref, amount: 1480.5 });
    } else if (e.ref === "INV-1043") {
      // Keyed with two digits swapped at the bank's end.
      lines.push({ date, text: bankText(e), ref: e.ref, amount: 1243.0 });
    } else if (e.ref === "BILL-560") {
      // Paid from a foreign-currency quote: a small FX difference.
      lines.push({ date, text: bankText(e), ref: e.ref, amount: -744.02 });
    } else {
      lines.push({ date, text: bankText(e), ref: e.ref.replace("INV-", "INV"), amount: e.amount });
    }
  }
  lines.push({ date: "2026-03-31", text: "ACCOUNT MAINTENANCE FEE", ref: "", amount: -15.0 });
  lines.push({ date: "2026-03-31", text: "INTEREST CREDIT", ref: "", amount: 3.12 });
  lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let balanceCents = Math.round(opening * 100);
  const rows: Cell[][] = lines.map((l) => {
    balanceCents += Math.round(l.amount * 100);
    return [
      serial(l.date),
      l.text,
      l.ref === "" ? null : l.ref,
      l.amount < 0 ? -l.amount : null,
      l.amount > 0 ? l.amount : null,
      balanceCents / 100,
    ];
  });
  return {
    sheet: "Bank",
    table: "BankStatement",
    headers: ["Date", "Description", "Reference", "Paid Out", "Paid In", "Balance"],
    rows,
    formats: [DATE, null, null, MONEY, MONEY, MONEY],
  };
}

export function chartTable(): SampleTable {
  const accounts: [string, string, string, string | null][] = [
    ["1000", "Bank current account", "asset", null],
    ["1100", "Accounts receivable", "asset", null],
    ["1200", "Inventory", "asset", null],
    ["2000", "Accounts payable", "liability", null],
    ["2100", "Company card", "liability", null],
    ["3000", "Owner's equity", "equity", null],
    ["4000", "Sales", "income", null],
    ["6100", "Rent", "expense", null],
    ["6200", "Salaries", "expense", null],
    ["6300", "Utilities", "expense", null],
    ["6400", "Office supplies", "expense", null],
    ["6500", "Entertainment", "expense", null],
  ];
  return {
    sheet: "Accounts",
    table: "ChartOfAccounts",
    headers: ["Account", "Name", "Type", "Parent"],
    rows: accounts,
    formats: [null, null, null, null],
  };
}

export function invoicesTable(): SampleTable {
  const inv: [string, string, string, string, number, number, string][] = [
    ["INV-1041", "Harbour Foods Ltd", "2026-02-02", "2026-03-04", 4250.0, 4250.0, "Paid"],
    ["INV-1043", "Northwind Traders", "2026-02-05", "2026-03-07", 1234.0, 1234.0, "Paid"],
    ["INV-1044", "Blue Fin Cafe", "2026-02-08", "2026-03-10", 615.75, 615.75, "Paid"],
    ["INV-1046", "Oak & Iron Retail", "2026-02-12", "2026-03-14", 2210.0, 0, "Overdue"],
    ["INV-1047", "Harbour Foods Ltd", "2026-02-13", "2026-03-15", 2980.5, 2980.5, "Paid"],
    ["INV-1049", "Oak & Iron Retail", "2026-02-16", "2026-03-18", 5100.0, 5100.0, "Paid"],
    ["INV-1050", "Corner Deli", "2026-03-01", "2026-02-28", 348.2, 0, "Open"],
    ["INV-1052", "Northwind Traders", "2026-03-02", "2026-04-01", 3475.0, 3475.0, "Paid"],
    ["INV-1053", "Harbour Foods Ltd", "2026-03-09", "2026-04-08", 1890.0, 1950.0, "Paid"],
    ["INV-1055", "Blue Fin Cafe", "2026-03-12", "2026-04-11", 890.0, 890.0, "Paid"],
    ["INV-1056", "Corner Deli", "2026-03-20", "2026-04-19", 512.3, 0, "Open"],
    ["INV-1056", "Corner Deli", "2026-03-21", "2026-04-20", 87.0, 0, "Open"],
  ];
  return {
    sheet: "Invoices",
    table: "Invoices",
    headers: ["Invoice No", "Customer", "Issue Date", "Due Date", "Amount", "Paid", "Currency", "Status"],
    rows: inv.map(([n, c, i, d, a, p, s]) => [n, c, serial(i), serial(d), a, p, "USD", s]),
    formats: [null, null, DATE, DATE, MONEY, MONEY, null, null],
  };
}
