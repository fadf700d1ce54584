/**
 * Importing the bank's statement file in the Reconcile panel, as a user meets it in jsdom: with only the
 * ledger as a table, the file becomes the statement table, is proposed as the statement side, and the
 * import can be undone.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { giveFilesArrayBuffer } from "../../support/fileArrayBuffer";
import { renderPanel } from "./harness";

beforeAll(giveFilesArrayBuffer);

const CAMT = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-04-01T06:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>S-2026-03</Id>
      <ElctrncSeqNb>3</ElctrncSeqNb>
      <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-02-28</Dt></Dt></Bal>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1742.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-31</Dt></Dt></Bal>
      <Ntry>
        <Amt Ccy="EUR">1250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-03</Dt></BookgDt><ValDt><Dt>2026-03-03</Dt></ValDt><AcctSvcrRef>B-1</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>INV-1043</EndToEndId></Refs>
          <RltdPties><Dbtr><Nm>Acme Trading</Nm></Dbtr></RltdPties>
          <RmtInf><Ustrd>Invoice INV-1043</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">7.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt><AcctSvcrRef>B-2</AcctSvcrRef>
        <AddtlNtryInf>Account fee March</AddtlNtryInf>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;

function ledgerOnly(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const rows = [
    ["Date", "Party", "Description", "Reference", "Amount"],
    ["2026-03-02", "Acme Trading", "Invoice paid", "INV-1043", 1250],
  ];
  wb.putRows("Ledger", 1, 0, rows);
  wb.addTable(wb.mustSheet("Ledger"), { row: 1, col: 0, rows: rows.length, cols: 5 }, "Ledger");
  return wb;
}

async function choose(...files: File[]): Promise<void> {
  const input = screen.getByTestId("statement-file") as HTMLInputElement;
  expect(input.getAttribute("accept")).toContain(".xml");
  expect(input.multiple).toBe(true);
  await act(async () => fireEvent.change(input, { target: { files } }));
}

describe("Reconcile panel: Import a statement file", () => {
  it("imports a camt.053 file beside the only table, proposes it as the statement side, and undoes the import", async () => {
    const wb = ledgerOnly();
    renderPanel(createMemoryWorkbook(wb));
    expect((await screen.findByText("Two tables are needed")).textContent).toBe("Two tables are needed");
    await choose(new File([CAMT], "camt053_2026-03.xml", { type: "text/xml" }));

    const result = await screen.findByTestId("import-result", {}, { timeout: 5000 });
    expect(result.textContent).toContain(
      "camt (ISO 20022): 2 lines from 1 statement, on sheet camt053_2026-03 (table camt053_2026_03).",
    );
    // The statement table is chosen as the statement side and read without a column map.
    const right = await screen.findByTestId("side-right", {}, { timeout: 5000 });
    expect(right.textContent).toContain("camt053_2026_03");
    expect((screen.getByTestId("reconcile-right") as HTMLButtonElement).textContent).toBe(
      "camt053_2026_03 · 2 rows",
    );
    expect((screen.getByTestId("reconcile-left") as HTMLButtonElement).textContent).toBe("Ledger · 1 rows");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Ledger", "camt053_2026-03"]);

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Undo import" })));
    await screen.findByText("Two tables are needed", {}, { timeout: 5000 });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Ledger"]);
    expect(screen.queryByTestId("import-result")).toBeNull();
  });

  it("joins statement files chosen together, in name order, as one table", async () => {
    const wb = ledgerOnly();
    renderPanel(createMemoryWorkbook(wb));
    await screen.findByText("Two tables are needed");
    // April's statement opens where March's closes.
    const april = CAMT.replace("S-2026-03", "S-2026-04")
      .replace(">1742.50<", ">2985.00<")
      .replace(">500.00<", ">1742.50<")
      .replaceAll("2026-03-31", "2026-04-30")
      .replaceAll("2026-03-", "2026-04-")
      .replace("2026-02-28", "2026-03-31")
      .replace("B-1", "B-3")
      .replace("B-2", "B-4");
    await choose(
      new File([april], "camt053_2026-04.xml", { type: "text/xml" }),
      new File([CAMT], "camt053_2026-03.xml", { type: "text/xml" }),
    );
    const result = await screen.findByTestId("import-result", {}, { timeout: 5000 });
    expect(result.textContent).toContain(
      "camt (ISO 20022): 4 lines from 2 statements, on sheet camt053_2026-03 +1 (table camt053_2026_03_1).",
    );
    expect(wb.sheets.map((sh) => sh.name)).toEqual(["Ledger", "camt053_2026-03 +1"]);
  });

  it("says why a file cannot be imported, and writes nothing", async () => {
    const wb = ledgerOnly();
    renderPanel(createMemoryWorkbook(wb));
    await screen.findByText("Two tables are needed");
    await choose(new File([CAMT.replace("<CdtDbtInd>DBIT</CdtDbtInd>", "")], "broken.xml"));
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        '"broken.xml" could not be imported: line 20: <Ntry> has no <CdtDbtInd>.',
      ),
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(["Ledger"]);
    expect(screen.queryByTestId("import-result")).toBeNull();
  });
});
