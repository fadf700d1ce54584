/**
 * The readers in steps (hazard 19): a large file is read in many short steps, each yielding the share read
 * so far, never going back, and the steps give exactly what the one-go reader gives.
 */
import { readStatementFile, readStatementFileSteps } from ".";

function camt(n: number): string {
  const entries = Array.from(
    { length: n },
    (_, i) =>
      `<Ntry><Amt Ccy="EUR">${(i % 997) + 1}.50</Amt><CdtDbtInd>${i % 2 ? "CRDT" : "DBIT"}</CdtDbtInd>` +
      `<Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt><AcctSvcrRef>B${i}</AcctSvcrRef></Ntry>`,
  );
  return `<?xml version="1.0"?><Document><BkToCstmrStmt><Stmt><Id>S</Id><Acct><Id><IBAN>DE1</IBAN></Id>
<Ccy>EUR</Ccy></Acct>\n${entries.join("\n")}\n</Stmt></BkToCstmrStmt></Document>`;
}

function mt940(n: number): string {
  const out = [":20:S", ":25:DE1", ":60F:C260301EUR0,"];
  for (let i = 0; i < n; i++) out.push(`:61:260302C${i + 1},00NTRFNONREF//B${i}`, `:86:Payment ${i}`);
  return [...out, "-"].join("\r\n");
}

function ofx(n: number): string {
  const trns = Array.from(
    { length: n },
    (_, i) => `<STMTTRN><DTPOSTED>20260302<TRNAMT>${i + 1}.00<FITID>F${i}<NAME>Payer ${i}</STMTTRN>`,
  );
  return `OFXHEADER:100\n\n<OFX><STMTRS><CURDEF>EUR<BANKTRANLIST>\n${trns.join("\n")}\n</BANKTRANLIST></STMTRS></OFX>`;
}

function bai2(n: number): string {
  const out = ["01,BANK,CUST,260302,0600,1,,,2/", "02,CUST,BANK,1,260302,,,2/", "03,1234,,010,0,,/"];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const amount = (i % 997) + 1;
    sum += amount;
    out.push(`16,${i % 2 ? 195 : 495},${amount},0,B${i},,Payment ${i}, invoice ${i}`);
  }
  const records = n + 2; // the 03, the 16s and the 49
  out.push(`49,${sum},${records}/`, `98,${sum},1,${records + 2}/`, `99,${sum},1,${records + 4}/`);
  return out.join("\r\n");
}

describe("readStatementFileSteps", () => {
  it.each([
    ["camt.053", camt(6000)],
    ["MT940", mt940(12_000)],
    ["OFX", ofx(6000)],
    ["BAI2", bai2(12_000)],
  ])("reads a large %s file in many steps, each saying how far it got", (_format, text) => {
    const steps = readStatementFileSteps(text);
    const shares: number[] = [];
    let r = steps.next();
    while (!r.done) {
      shares.push(r.value);
      r = steps.next();
    }
    expect(shares.length).toBeGreaterThanOrEqual(5);
    expect(shares.every((s, k) => s >= 0 && s <= 1 && (k === 0 || s >= (shares[k - 1] as number)))).toBe(
      true,
    );
    expect(shares[shares.length - 1]).toBeGreaterThan(0.5);
    expect(r.value).toEqual(readStatementFile(text));
  });
});
