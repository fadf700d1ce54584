/**
 * The Reconcile pane in headless Chromium on a fresh demo workbook, as a user meets it: a slip's two
 * open rows (1,234.00 booked, 1,243.00 on the bank) selected from its finding and matched, and a bank's
 * two daily camt.053 files chosen together and imported as one statement table.
 */
import { openDemo, screenshot, type Session } from "./support/browser";
import { cell, noHorizontalOverflow } from "./support/pane";
import "./support/timeout";

describe("A slip's two rows matched from its finding, in a browser (demo workbook)", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openDemo();
  });
  afterAll(async () => s?.close());

  it("rejects the 1,234.00 / 1,243.00 suggestion, selects both rows from the finding, and matches them", async () => {
    const { page } = s;
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByTestId("nav-reconcile").click();
    await page.getByTestId("side-left").waitFor({ timeout: 20_000 });
    await page.getByTestId("opening-left").fill("18,420.35");
    await page.getByTestId("reconcile-run").click();
    await page.getByTestId("reconcile-results").waitFor({ timeout: 30_000 });
    const summary = page.getByTestId("reconcile-summary");
    await page.getByTestId("tab-suggested").click();
    await page.getByRole("row").filter({ hasText: "INV-1043" }).locator('[data-testid^="reject-M-"]').click();
    await summary.getByText("1 suggested").waitFor({ timeout: 30_000 });
    await page.getByTestId("tab-open").click();
    const pair = page.getByRole("button", {
      name: "Select both: Ledger row 8 and BankStatement row 5",
    });
    await expect(pair.textContent()).resolves.toBe("Select both");
    await pair.click();
    await expect(page.getByTestId("manual-match-bar").textContent()).resolves.toContain(
      "1 + 1 rows selected; difference 9.00 USD",
    );
    await expect(page.getByLabel("Select BankStatement row 5", { exact: true }).isChecked()).resolves.toBe(
      true,
    );
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-20-slip-pair", page.getByTestId("reconcile-results"));
    await page.getByTestId("match-selected").click();
    await summary.getByText("12 confirmed").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("pair-left-8").count()).resolves.toBe(0);
  });

  it("imports a bank's two daily camt.053 files chosen together as one statement table, and undoes it", async () => {
    const { page } = s;
    const day = (date: string, opening: string, amount: string, closing: string, ref: string) =>
      `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>${date}</Id>
<Acct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id><Ccy>USD</Ccy></Acct>
<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">${opening}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">${closing}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>
<Ntry><Amt Ccy="USD">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>${date}</Dt></BookgDt>
<NtryDtls><TxDtls><Refs><EndToEndId>${ref}</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>
</Stmt></BkToCstmrStmt></Document>
`;
    await page.getByTestId("statement-file").setInputFiles([
      {
        name: "2026-03-03.xml",
        mimeType: "text/xml",
        buffer: Buffer.from(day("2026-03-03", "22670.35", "1234.00", "23904.35", "INV-1043"), "utf8"),
      },
      {
        name: "2026-03-02.xml",
        mimeType: "text/xml",
        buffer: Buffer.from(day("2026-03-02", "18420.35", "4250.00", "22670.35", "INV-1041"), "utf8"),
      },
    ]);
    const result = page.getByTestId("import-result");
    await result.waitFor({ timeout: 30_000 });
    await expect(result.textContent()).resolves.toContain(
      "camt (ISO 20022): 2 lines from 2 statements, on sheet 2026-03-02 +1 (table",
    );
    await page.getByTestId("sheet-tab-2026-03-02 +1").click();
    await expect(cell(page, "2026-03-02 +1", "A2").textContent()).resolves.toBe("2026-03-02");
    await expect(cell(page, "2026-03-02 +1", "A3").textContent()).resolves.toBe("2026-03-03");
    await page.getByRole("button", { name: "Undo import" }).click();
    await page.getByTestId("sheet-tab-2026-03-02 +1").waitFor({ state: "detached", timeout: 30_000 });
  });

  it("made no request outside the machine and logged no errors", () => {
    expect(s.outbound).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
