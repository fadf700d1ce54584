/**
 * Benchmark: reading bank statement files of 10,000 and 100,000 lines (camt.053, MT940, OFX, BAI2) into the
 * statement table, as `bo` and the pane's import do, and a DATEV booking batch of as many lines (parsing
 * the CSV, then laying out the table the pane's ledger import writes). Prints the time to read and to lay out each, and the
 * rate in MiB/s; a year of a busy account is some 50,000 lines. Nothing passes or fails on time.
 * Run: npm run bench -- statement-files
 */
import { ledgerFileTable } from "../../src/core/ledgerFiles";
import { readStatementFile, statementTable } from "../../src/core/statementFiles";
import { parseCsv } from "../../src/workbook/memory/csv";
import { mulberry32 } from "../../src/core/random";

const SIZES = [10_000, 100_000];
const RUNS = 3;

interface Line {
  readonly day: number;
  readonly cents: number;
  readonly party: string;
  readonly text: string;
  readonly ref: string;
}

function lines(n: number): Line[] {
  const rnd = mulberry32(7);
  return Array.from({ length: n }, (_, i) => ({
    day: 1 + (i % 28),
    cents: (Math.floor(rnd() * 500_000) + 1) * (rnd() < 0.4 ? -1 : 1),
    party: `Customer ${Math.floor(rnd() * 5000)} GmbH`,
    text: `Invoice ${100_000 + i} March & thanks`,
    ref: `E2E-${i}`,
  }));
}

const dd = (d: number): string => String(d).padStart(2, "0");
const plain = (cents: number): string => (Math.abs(cents) / 100).toFixed(2);

function camt(ls: readonly Line[]): string {
  const entries = ls.map(
    (
      l,
      i,
    ) => `<Ntry><Amt Ccy="EUR">${plain(l.cents)}</Amt><CdtDbtInd>${l.cents < 0 ? "DBIT" : "CRDT"}</CdtDbtInd>
<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-03-${dd(l.day)}</Dt></BookgDt><ValDt><Dt>2026-03-${dd(l.day)}</Dt></ValDt>
<AcctSvcrRef>B${i}</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>${l.ref}</EndToEndId></Refs>
<RltdPties><${l.cents < 0 ? "Cdtr" : "Dbtr"}><Pty><Nm>${l.party}</Nm></Pty></${l.cents < 0 ? "Cdtr" : "Dbtr"}></RltdPties>
<RmtInf><Ustrd>${l.text.replace("&", "&amp;")}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>S1</Id>
<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
${entries.join("\n")}
</Stmt></BkToCstmrStmt></Document>
`;
}

function mt940(ls: readonly Line[]): string {
  const out = [":20:STARTUMS", ":25:37040044/0532013000", ":28C:3/1", ":60F:C260228EUR0,00"];
  let balance = 0;
  ls.forEach((l, i) => {
    balance += l.cents;
    const amount = plain(l.cents).replace(".", ",");
    out.push(`:61:2603${dd(l.day)}03${dd(l.day)}${l.cents < 0 ? "D" : "C"}${amount}NTRFNONREF//B${i}`);
    out.push(`:86:166?00GUTSCHRIFT?20EREF+${l.ref}?21SVWZ+${l.text}?32${l.party}`);
  });
  out.push(`:62F:${balance < 0 ? "D" : "C"}260331EUR${plain(balance).replace(".", ",")}`, "-", "");
  return out.join("\r\n");
}

function ofx(ls: readonly Line[]): string {
  const trns = ls.map(
    (l, i) =>
      `<STMTTRN><TRNTYPE>OTHER<DTPOSTED>202603${dd(l.day)}<TRNAMT>${l.cents < 0 ? "-" : ""}${plain(l.cents)}` +
      `<FITID>F${i}<NAME>${l.party}<MEMO>${l.text.replace("&", "&amp;")}</STMTTRN>`,
  );
  return [
    "OFXHEADER:100",
    "DATA:OFXSGML",
    "",
    "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>4471</BANKACCTFROM><BANKTRANLIST>",
    ...trns,
    "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>",
    "",
  ].join("\r\n");
}

/**
 * BAI2: a group per day (the as-of date) with one account, its ledger balances and the day's details
 * (type 195 in, 495 out), and trailers whose control totals and record counts add up.
 */
function bai2(ls: readonly Line[]): string {
  const out = ["01,BANK,CUST,260401,0600,1,80,,2/"];
  let balance = 0;
  let fileSum = 0;
  let groups = 0;
  let fileRecords = 2;
  for (let day = 1; day <= 28; day++) {
    const details = ls
      .map((l, i) => ({ l, i }))
      .filter(({ l }) => l.day === day)
      .map(
        ({ l, i }) =>
          `16,${l.cents < 0 ? 495 : 195},${Math.abs(l.cents)},0,B${i},${l.ref},${l.party} ${l.text}`,
      );
    const moved = ls.filter((l) => l.day === day).reduce((sum, l) => sum + l.cents, 0);
    const opening = balance;
    balance += moved;
    const sum =
      opening + balance + ls.filter((l) => l.day === day).reduce((total, l) => total + Math.abs(l.cents), 0);
    out.push(
      `02,CUST,BANK,1,2603${dd(day)},,USD,2/`,
      `03,4471,USD,010,${opening},,,015,${balance},,/`,
      ...details,
      `49,${sum},${details.length + 2}/`,
      `98,${sum},1,${details.length + 4}/`,
    );
    fileSum += sum;
    groups++;
    fileRecords += details.length + 4;
  }
  out.push(`99,${fileSum},${groups},${fileRecords}/`, "");
  return out.join("\r\n");
}

/** A DATEV booking batch as DATEV writes it: the header line, some 120 columns, most of them empty. */
function datev(ls: readonly Line[]): string {
  const columns = [
    ...["Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz", "Kurs", "Basis-Umsatz"],
    ...["WKZ Basis-Umsatz", "Konto", "Gegenkonto (ohne BU-Schlüssel)", "BU-Schlüssel", "Belegdatum"],
    ...["Belegfeld 1", "Belegfeld 2", "Skonto", "Buchungstext"],
    ...Array.from({ length: 106 }, (_, k) => `Feld ${k + 15}`),
  ];
  const blanks = ";".repeat(106);
  return [
    '"EXTF";700;21;"Buchungsstapel";13;20260402101500123;;"RE";"";"";29098;55003;20260101;4;20260301;20260331;"März";"";1;0;0;"EUR"',
    columns.map((c) => `"${c}"`).join(";"),
    ...ls.map(
      (l) =>
        `${plain(l.cents).replace(".", ",")};"${l.cents < 0 ? "H" : "S"}";"EUR";;;;1200;${10_000 + (Math.abs(l.cents) % 500)};;` +
        `${dd(l.day)}03;"${l.ref}";;;"${l.party}"${blanks}`,
    ),
    "",
  ].join("\r\n");
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
}

for (const n of SIZES) {
  const ls = lines(n);
  for (const [name, text] of [
    ["camt.053", camt(ls)],
    ["MT940", mt940(ls)],
    ["OFX", ofx(ls)],
    ["BAI2", bai2(ls)],
  ] as const) {
    const reads: number[] = [];
    const tables: number[] = [];
    let rows = 0;
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      const file = readStatementFile(text);
      const t1 = performance.now();
      rows = statementTable(file, { sheet: "Statement", table: "Statement", headerRow: 1 }).rows.length;
      const t2 = performance.now();
      reads.push((t1 - t0) / 1000);
      tables.push((t2 - t1) / 1000);
    }
    const mib = text.length / 2 ** 20;
    console.log(
      `  ${name.padEnd(8)} ${n.toLocaleString("en-US").padStart(7)} lines, ${mib.toFixed(1)} MiB: read ${median(reads).toFixed(3)} s ` +
        `(${(mib / median(reads)).toFixed(1)} MiB/s; runs ${reads.map((r) => r.toFixed(3)).join(", ")}), table ${median(tables).toFixed(3)} s, ${rows.toLocaleString("en-US")} rows`,
    );
  }
}
for (const n of SIZES) {
  const text = datev(lines(n));
  const parses: number[] = [];
  const tables: number[] = [];
  let rows = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const parsed = parseCsv(text);
    const t1 = performance.now();
    rows = ledgerFileTable(parsed)?.rows.length ?? 0;
    const t2 = performance.now();
    parses.push((t1 - t0) / 1000);
    tables.push((t2 - t1) / 1000);
  }
  const mib = text.length / 2 ** 20;
  console.log(
    `  DATEV    ${n.toLocaleString("en-US").padStart(7)} lines, ${mib.toFixed(1)} MiB: parse ${median(parses).toFixed(3)} s ` +
      `(runs ${parses.map((r) => r.toFixed(3)).join(", ")}), table ${median(tables).toFixed(3)} s, ${rows.toLocaleString("en-US")} rows`,
  );
}
