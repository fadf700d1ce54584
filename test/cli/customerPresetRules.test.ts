/**
 * `bo reconcile --preset customer-receivables` on the statements customers send: one that spells the
 * customer differently, or names us, on every line; payments each side numbers its own way; a receipt
 * allocated to several invoices, on either side.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

interface MatchJson {
  readonly rule: string;
  readonly status: string;
  readonly leftRows: number[];
  readonly rightRows: number[];
  readonly reason: string;
}

const BOOK = `Date,Customer,Type,Invoice Number,Description,Debit,Credit
2026-03-05,Northwind Traders Ltd,Invoice,INV-1041,Consulting Feb,1200.00,
2026-03-06,Northwind Traders Ltd,Payment,PMT-5400,Payment received,,1250.00
2026-03-08,Northwind Traders Ltd,Invoice,INV-1042,Widgets,850.00,
2026-03-10,Northwind Traders Ltd,Invoice,INV-1043,Freight,430.50,
2026-03-16,Northwind Traders Ltd,Payment,PMT-5501,Payment INV-1041,,1200.00
2026-03-16,Northwind Traders Ltd,Payment,PMT-5501,Payment INV-1042,,850.00
2026-03-16,Northwind Traders Ltd,Payment,PMT-5501,Payment INV-1043,,430.50
2026-03-20,Northwind Traders Ltd,Payment,PMT-5530,Part payment INV-1044,,1200.00
2026-03-27,Northwind Traders Ltd,Payment,PMT-5560,Part payment INV-1044,,800.00
`;

/** The customer's ledger of us, its party column on every line as `party`, references as `refs`. */
function statement(column: string, party: string, refs: readonly string[]): string {
  const lines = [
    ["2026-03-05", "Payment", "1250.00", ""],
    ["2026-03-07", "Invoice", "", "1200.00"],
    ["2026-03-09", "Invoice", "", "850.00"],
    ["2026-03-11", "Invoice", "", "430.50"],
    ["2026-03-15", "Payment 1041/1042/1043", "2480.50", ""],
    ["2026-03-19", "Payment", "1200.00", ""],
    ["2026-03-26", "Payment", "800.00", ""],
  ];
  const rows = lines.map(([d, text, dr, cr], k) => [d, party, refs[k], text, dr, cr].join(","));
  return [`Date,${column},Invoice No,Text,Debit,Credit`, ...rows, ""].join("\n");
}

const REFS = ["", "1041", "Inv 1042", "INV1043", "PMT-5501", "", ""];

describe("bo reconcile: the customer preset's rules", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
  const run = async (left: string, right: string): Promise<MatchJson[]> => {
    const r = await bo("reconcile", left, right, "--preset", "customer-receivables", "--json");
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout) as { data: { matches: MatchJson[] } }).data.matches;
  };
  const view = (ms: readonly MatchJson[]) =>
    ms
      .map((m) => [m.rule, m.status, m.leftRows.join("+"), m.rightRows.join("+")])
      .sort((a, b) => Number(a[2]?.split("+")[0]) - Number(b[2]?.split("+")[0]));
  const ALL = [
    ["invoice", "confirmed", "2", "3"],
    ["payment", "confirmed", "3", "2"],
    ["invoice", "confirmed", "4", "4"],
    ["invoice", "confirmed", "5", "5"],
    ["split-book", "confirmed", "6+7+8", "6"],
    ["payment", "confirmed", "9", "7"],
    ["payment", "confirmed", "10", "8"],
  ];

  it("matches a statement that spells the customer without its legal form on every line", async () => {
    const book = file("book.csv", BOOK);
    const right = file("caps.csv", statement("Customer", "NORTHWIND TRADERS", REFS));
    expect(view(await run(book, right))).toEqual(ALL);
  });

  it("matches a customer's payables export that names us on every line", async () => {
    const book = file("book.csv", BOOK);
    const right = file("us.csv", statement("Supplier", "Our Co Ltd", REFS));
    const matches = await run(book, right);
    expect(view(matches)).toEqual(ALL);
    // The statement's one party is no evidence either way: reasons name none for it.
    expect(matches.find((m) => m.rule === "payment")?.reason).toBe("amount equal, date -1 day");
  });

  it("pairs payments each side numbers its own way, but only suggests one of two of the same amount", async () => {
    const book = file("book.csv", BOOK);
    const bacs = ["BACS", "1041", "Inv 1042", "INV1043", "PMT-5501", "BACS", "BACS"];
    const right = file("bacs.csv", statement("Customer", "Northwind Traders Ltd", bacs));
    expect(view(await run(book, right))).toEqual(ALL);
    // A second 1,200.00 receipt two days from the statement's: either may be it.
    const twice = file(
      "twice.csv",
      `${BOOK}2026-03-18,Northwind Traders Ltd,Payment,PMT-5520,Payment,,1200.00\n`,
    );
    const ms = await run(twice, right);
    const bacs1200 = ms.filter((m) => m.rightRows.includes(7));
    expect(bacs1200.map((m) => [m.rule, m.status])).toEqual([["payment", "suggested"]]);
  });

  it("finds a receipt allocated to several invoices as several rows on either side", async () => {
    // Our three allocation lines of PMT-5501 against the customer's one payment: confirmed by reference,
    // where the invoice-amount-differs rule would have suggested one line against the whole.
    const lines = `Date,Customer,Invoice No,Description,Debit,Credit
05/03/2026,Northwind Traders Ltd,INV-1041,Consulting,1200.00,
08/03/2026,Northwind Traders Ltd,INV-1042,Widgets,850.00,
10/03/2026,Northwind Traders Ltd,INV-1043,Freight,430.50,
16/03/2026,Northwind Traders Ltd,PMT-5501,Payment INV-1041,,1200.00
16/03/2026,Northwind Traders Ltd,PMT-5501,Payment INV-1042,,850.00
16/03/2026,Northwind Traders Ltd,PMT-5501,Payment INV-1043,,430.50
`;
    const one = `Date,Reference,Details,Debit,Credit
05/03/2026,INV-1041,Invoice,,1200.00
08/03/2026,INV-1042,Invoice,,850.00
10/03/2026,INV-1043,Invoice,,430.50
15/03/2026,PMT-5501,Payment,2480.50,
`;
    const many1 = view(await run(file("b_m1.csv", lines), file("s_m1.csv", one)));
    expect(many1.slice(3)).toEqual([["split-book", "confirmed", "5+6+7", "5"]]);
    // One receipt of ours against the customer's three lines quoting the invoices it paid: suggested,
    // as only the amounts and dates tie them.
    const receipt = `Date,Customer,Invoice No,Description,Debit,Credit
05/03/2026,Northwind Traders Ltd,INV-1041,Consulting,1200.00,
08/03/2026,Northwind Traders Ltd,INV-1042,Widgets,850.00,
10/03/2026,Northwind Traders Ltd,INV-1043,Freight,430.50,
16/03/2026,Northwind Traders Ltd,PMT-5501,Receipt INV-1041/1042/1043,,2480.50
`;
    const three = (refs: readonly string[]) => `Date,Reference,Details,Debit,Credit
05/03/2026,INV-1041,Invoice,,1200.00
08/03/2026,INV-1042,Invoice,,850.00
10/03/2026,INV-1043,Invoice,,430.50
15/03/2026,${refs[0]},Payment,1200.00,
15/03/2026,${refs[1]},Payment,850.00,
15/03/2026,${refs[2]},Payment,430.50,
`;
    const b1m = file("b_1m.csv", receipt);
    const quoting = view(await run(b1m, file("s_1m.csv", three(["INV-1041", "INV-1042", "INV-1043"]))));
    expect(quoting.slice(3)).toEqual([["split-statement-amount", "suggested", "5", "5+6+7"]]);
    // Quoting our receipt's number, the lines are confirmed.
    const ours = view(await run(b1m, file("s_1m_b.csv", three(["PMT-5501", "PMT-5501", "PMT-5501"]))));
    expect(ours.slice(3)).toEqual([["split-statement", "confirmed", "5", "5+6+7"]]);
  });
});
