/**
 * The Reconcile workflow in headless Chromium on the demo workbook, as a user meets it: bank statement
 * against the ledger, a run without the ledger's opening balance (the pane says it is missing), the
 * opening balance typed, run, accept a suggestion, apply — the result
 * columns and the Reconciliation sheet land in the workbook preview — revert, find and match by hand,
 * accept the rest together (and undo it), compare an ambiguous suggestion's candidates and an ambiguous
 * split's other groups and a many:many group's, change a rule in its form, and import the bank's camt.053
 * file as the statement side (and undo that), with screenshots.
 */
import type { Page } from "playwright-core";
import { openDemo, screenshot, type Session } from "./support/browser";
import { cell, noHorizontalOverflow } from "./support/pane";
import "./support/timeout";

/** Waits until no run or decision is in progress: the pane's buttons are enabled again. */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="reconcile-run"]')?.hasAttribute("disabled") === false,
    undefined,
    { timeout: 30_000 },
  );
}

/**
 * Opens the rules as JSON once the pane is idle: a click that lands while a run or a decision is still
 * finishing can hit the button as the pane re-renders, and the dialog never opens.
 */
async function editRulesAsJson(page: Page): Promise<void> {
  await idle(page);
  await page.getByTestId("rules-edit").click();
  await page.getByTestId("rules-json").waitFor();
}

/** Types a rules JSON into the pane, waits for its rule `ruleId`, runs and opens the suggestions. */
async function runWithRules(page: Page, rules: string, ruleId: string): Promise<void> {
  await editRulesAsJson(page);
  await page.getByTestId("rules-json").fill(rules);
  await page.getByTestId("rules-save").click();
  await page.getByTestId(`rule-${ruleId}`).waitFor();
  await page.getByTestId("reconcile-run").click();
  await page.getByTestId("reconcile-stale").waitFor({ state: "detached", timeout: 30_000 });
  await page.getByTestId("tab-suggested").click();
}

describe("Reconcile workflow in a browser (demo workbook)", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openDemo();
  });
  afterAll(async () => s?.close());

  it("proposes the ledger's cash account against the bank statement", async () => {
    const { page } = s;
    await page.getByTestId("nav-reconcile").click();
    await page.getByTestId("side-left").waitFor({ timeout: 20_000 });
    await expect(page.getByTestId("reconcile-left").textContent()).resolves.toContain("Ledger");
    await expect(page.getByTestId("reconcile-right").textContent()).resolves.toContain("BankStatement");
    await expect(page.getByTestId("selection-left").textContent()).resolves.toBe("Account 1000 (15 rows)");
    await expect(page.getByTestId("balances-right").textContent()).resolves.toContain(
      "Opening 18,420.35 USD",
    );
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-1-setup");
  });

  it("says which opening balance is missing when that is the whole difference", async () => {
    const { page } = s;
    await page.getByTestId("reconcile-run").click();
    await page.getByTestId("reconcile-results").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("unexplained").textContent()).resolves.toMatch(
      /^Ledger has no opening balance18,420\.35 USD remains unexplained, exactly the opening balance of BankStatement, while Ledger has none/,
    );
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-0-no-opening", page.getByTestId("unexplained"));
  });

  it("runs with the ledger's opening balance and explains every difference", async () => {
    const { page } = s;
    await page.getByTestId("opening-left").fill("18,420.35");
    await page.getByTestId("reconcile-stale").waitFor();
    await page.getByTestId("reconcile-run").click();
    await page.getByTestId("reconcile-stale").waitFor({ state: "detached", timeout: 30_000 });
    const summary = page.getByTestId("reconcile-summary");
    await expect(summary.textContent()).resolves.toContain("11 confirmed");
    await expect(summary.textContent()).resolves.toContain("2 suggested");
    await expect(page.getByTestId("unexplained").textContent()).resolves.toContain("Nothing is unexplained");
    // The bank's own interest and fee are listed apart from other items only the bank has.
    const statement = page.getByTestId("statement-USD");
    await expect(statement.textContent()).resolves.toContain(
      "Interest on BankStatement not in Ledger · 13.12 USD",
    );
    await expect(statement.textContent()).resolves.toContain(
      "Charges on BankStatement not in Ledger · 1-15.00 USD",
    );
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-2-results");
  });

  it("accepts a suggestion", async () => {
    const { page } = s;
    await page.getByTestId("tab-suggested").click();
    // The statement has no party column; its line names the payer, and the reason says so.
    await page
      .getByText(/reference INV-1043, party Northwind Traders/)
      .first()
      .waitFor();
    await page.locator('[data-testid^="accept-M-"]').first().click();
    await page.getByTestId("reconcile-summary").getByText("12 confirmed").waitFor({ timeout: 20_000 });
    await expect(page.getByTestId("reconcile-summary").textContent()).resolves.toContain("1 suggested");
    await screenshot(page, "reconcile-3-accepted");
  });

  it("applies result columns beside both tables and the Reconciliation sheet", async () => {
    const { page } = s;
    await page.getByTestId("reconcile-apply").click();
    await page.getByTestId("reconcile-applied").waitFor({ timeout: 30_000 });
    await page.getByTestId("sheet-tab-Reconciliation").waitFor();
    await page.getByTestId("sheet-tab-Ledger").click();
    await expect(cell(page, "Ledger", "J1").textContent()).resolves.toBe("BO Match ID");
    await expect(cell(page, "Ledger", "K1").textContent()).resolves.toBe("BO Status");
    await expect(cell(page, "Ledger", "K2").textContent()).resolves.toBe("confirmed");
    await expect(cell(page, "Ledger", "K3").textContent()).resolves.toBe("excluded");
    await expect(cell(page, "Ledger", "A2").textContent()).resolves.toBe("2026-03-02");
    await screenshot(page, "reconcile-4-applied-ledger");
    await page.getByTestId("sheet-tab-Bank").click();
    await expect(cell(page, "Bank", "H1").textContent()).resolves.toBe("BO Status");
    await page.getByTestId("sheet-tab-Reconciliation").click();
    const sheet = page.getByTestId("grid-Reconciliation");
    await expect(sheet.textContent()).resolves.toContain("Unexplained difference");
    await expect(sheet.textContent()).resolves.toContain("Ledger row 28");
    await screenshot(page, "reconcile-5-applied-sheet");
  });

  it("reverts the whole Apply", async () => {
    const { page } = s;
    await page.getByTestId("reconcile-revert").click();
    await page.getByTestId("sheet-tab-Reconciliation").waitFor({ state: "detached", timeout: 30_000 });
    await page.getByTestId("sheet-tab-Ledger").click();
    await expect(cell(page, "Ledger", "J1").count()).resolves.toBe(0);
    await expect(page.getByTestId("grid-Ledger").textContent()).resolves.not.toContain("BO Status");
    await screenshot(page, "reconcile-6-reverted");
  });

  it("finds open rows and matches rows found one after the other, in a 320 px pane", async () => {
    const { page } = s;
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByTestId("tab-open").click();
    const find = page.getByRole("searchbox", { name: "Find" });
    await find.fill("interest");
    await page.getByText("Open in BankStatement (1 of 2 found)").waitFor();
    await page.getByLabel("Select BankStatement row 17").check();
    await find.fill("890.00");
    await page.getByText("Open in Ledger (1 of 2 found)").waitFor();
    await page.getByLabel("Select Ledger row 30").check();
    const bar = page.getByTestId("manual-match-bar");
    await expect(bar.textContent()).resolves.toContain(
      "1 + 1 rows selected (1 not shown by Find); difference -886.88 USD",
    );
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-7-find", page.getByTestId("reconcile-results"));
    await page.getByTestId("match-selected").click();
    await page.getByText("Open in Ledger (0 of 1 found)").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("reconcile-summary").textContent()).resolves.toContain("1 open in Ledger");
  });

  it("accepts the suggestions left together after asking, and undoes that; both lists fit 320 px", async () => {
    const { page } = s;
    const summary = page.getByTestId("reconcile-summary");
    await page.getByTestId("tab-suggested").click();
    const accept = page.getByTestId("accept-together");
    await expect(accept.textContent()).resolves.toBe("Accept all 1 suggestion");
    await noHorizontalOverflow(page);
    await accept.click();
    await expect(page.getByTestId("accept-together-confirm").textContent()).resolves.toContain(
      "Accept all 1 suggestion?",
    );
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-8-accept-together", page.getByTestId("reconcile-results"));
    await page.getByTestId("accept-together-yes").click();
    await page.getByTestId("accepted-together").waitFor({ timeout: 30_000 });
    await expect(summary.textContent()).resolves.toContain("0 suggested");
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-9-accepted-together", page.getByTestId("reconcile-results"));
    await page.getByTestId("accepted-together-undo").click();
    await page.getByTestId("accepted-together").waitFor({ state: "detached", timeout: 30_000 });
    await expect(summary.textContent()).resolves.toContain("1 suggested");
    await page.getByTestId("tab-confirmed").click();
    await page.locator('[data-testid^="unmatch-M-"]').first().waitFor();
    await noHorizontalOverflow(page);
  });

  it("compares an ambiguous suggestion with its candidates and matches one of them instead", async () => {
    const { page } = s;
    // A loose rule (any date, amounts within half) that never tells candidates apart: all are ambiguous.
    const rule =
      '[{"id":"near-amount","tieMargin":1,"reference":"ignore","party":"ignore","date":"any",' +
      '"amount":{"below":{"pct":50},"above":{"pct":50}}}]';
    await idle(page);
    await page.getByTestId("section-rules").click();
    await editRulesAsJson(page);
    await page.getByTestId("rules-json").fill(rule);
    await page.getByTestId("rules-save").click();
    await page.getByTestId("section-rules").getByText("custom").waitFor();
    await page.getByTestId("reconcile-run").click();
    await page.getByTestId("reconcile-stale").waitFor({ state: "detached", timeout: 30_000 });
    await page.getByTestId("tab-suggested").click();
    await page.locator('[data-testid^="compare-M-"]').first().click();
    const panel = page.getByTestId("candidates");
    await expect(panel.getByTestId("candidates-left").textContent()).resolves.toMatch(
      /^Rows of BankStatement within the amount and date limits of the rule near-amount for Ledger row \d+ \(2026-03-\d\d, [\d,.]+ USD\):/,
    );
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-10-candidates", panel);
    await panel.locator('[data-testid^="match-candidate-"]').first().click();
    await panel.waitFor({ state: "detached", timeout: 30_000 });
    await expect(page.getByTestId("reconcile-decisions").textContent()).resolves.toContain("made by hand");
  });

  it("compares an ambiguous split with the other groups that sum to its row and matches one instead", async () => {
    const { page } = s;
    const decisions = page.getByTestId("reconcile-decisions");
    await expect(decisions.textContent()).resolves.toContain("2 matches made by hand");
    // A loose split rule (amounts within half, a month either way) that seldom tells groups apart.
    const rule =
      '[{"id":"any-split","cardinality":"many:1","tieMargin":1,"reference":"ignore","party":"ignore",' +
      '"date":{"before":31,"after":31},"amount":{"below":{"pct":50},"above":{"pct":50}}}]';
    await runWithRules(page, rule, "any-split");
    await page
      .getByText(/any-split: 2 Ledger rows sum to the amount within .*; \d+ other candidates as good$/)
      .first()
      .waitFor();
    await page.locator('[data-testid^="compare-M-"]').first().click();
    const panel = page.getByTestId("candidates");
    const groups = panel.getByTestId("candidates-groups");
    await expect(groups.textContent()).resolves.toMatch(
      /^Other groups of Ledger rows that sum to BankStatement row \d+ \(2026-03-\d\d, -?[\d,.]+ USD\) within the amount and date limits of the rule any-split, fewest rows first:/,
    );
    await expect(groups.textContent()).resolves.toMatch(/Looked at \d+ Ledger rows: /);
    const first = groups.getByTestId("group-0");
    await expect(first.textContent()).resolves.toMatch(/^2 rows, together -?[\d,.]+ USD/);
    const match = first.getByTestId("match-group-0");
    await expect(match.getAttribute("aria-label")).resolves.toMatch(
      /^Match Ledger rows \d+, \d+ with BankStatement row \d+$/,
    );
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-14-split-candidates", panel);
    await match.click();
    await panel.waitFor({ state: "detached", timeout: 30_000 });
    await expect(decisions.textContent()).resolves.toContain("3 matches made by hand");
  });

  it("compares an ambiguous many:many group with the other groups netting to its sum and matches one", async () => {
    const { page } = s;
    const decisions = page.getByTestId("reconcile-decisions");
    // The review so far pins most of the demo's cash rows: forget it, so the rules decide every row.
    await page.getByTestId("forget-decisions").click();
    await page.getByTestId("forget-decisions-yes").click();
    await decisions.waitFor({ state: "detached", timeout: 30_000 });
    // A loose many:many rule (sums within half, a month either way, any party) whose groups overlap.
    const rule =
      '[{"id":"any-net","cardinality":"many:many","reference":"ignore","party":"ignore","maxGroupSize":3,' +
      '"date":{"before":31,"after":31},"amount":{"below":{"pct":50},"above":{"pct":50}}}]';
    await runWithRules(page, rule, "any-net");
    await page.locator('[data-testid^="compare-M-"]').first().click();
    const panel = page.getByTestId("candidates");
    const net = panel.getByTestId("candidates-net");
    await expect(net.textContent()).resolves.toMatch(
      /^Other groups of rows of both sides that net to the same sum within the amount and date limits of the rule any-net and share a row with this suggestion, fewest rows first \(days from 2026-\d\d-\d\d\):/,
    );
    await expect(net.textContent()).resolves.toMatch(/Looked at \d+ Ledger and \d+ BankStatement rows: /);
    const first = net.getByTestId("net-group-0");
    await expect(first.textContent()).resolves.toMatch(
      // Sums within half of each other: both are shown.
      /^\d Ledger and \d BankStatement rows, together -?[\d,.]+ USD against -?[\d,.]+ USD/,
    );
    const match = first.getByTestId("match-net-0");
    await expect(match.getAttribute("aria-label")).resolves.toMatch(
      /^Match Ledger rows? [\d, ]+ with BankStatement rows? [\d, ]+$/,
    );
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-15-net-candidates", panel);
    await match.click();
    await panel.waitFor({ state: "detached", timeout: 30_000 });
    await expect(decisions.textContent()).resolves.toContain("1 match made by hand");
  });

  it("changes a rule in a form, without JSON, in a 320 px pane", async () => {
    const { page } = s;
    // Back to the preset's rules, then change one of them.
    await page.getByRole("button", { name: "Use the bank statement vs ledger rules" }).click();
    await page.getByTestId("rule-change-amount-text").click();
    const form = page.getByTestId("rule-form-amount-text");
    await form.getByTestId("rule-field-after").fill("10");
    await form.getByTestId("rule-field-autoConfirm").click();
    await form.getByTestId("rule-field-text").fill("120");
    await form.getByTestId("rule-use").click();
    await form.getByText("A percent from 0 to 100.").waitFor();
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-11-rule-form", page.getByTestId("rule-amount-text"));
    await form.getByTestId("rule-field-text").fill("40");
    // Renamed under More settings, the id each of its matches shows.
    await form.getByTestId("rule-more").click();
    await form.getByTestId("rule-field-id").fill("text-close");
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-13-rule-more", form.getByTestId("rule-more-settings"));
    await form.getByTestId("rule-use").click();
    await form.waitFor({ state: "detached" });
    await expect(page.getByTestId("rule-summary-text-close").textContent()).resolves.toBe(
      "amount equal · descriptions at least 40% alike · statement 3 days before to 10 days after the book",
    );
    await expect(page.getByTestId("rule-text-close").textContent()).resolves.toContain("suggests");
    await page.getByTestId("rule-up-text-close").click();
    await screenshot(page, "reconcile-12-rules", page.getByTestId("rules"));
    await page.getByTestId("reconcile-run").click();
    await page.getByTestId("reconcile-stale").waitFor({ state: "detached", timeout: 30_000 });
    await noHorizontalOverflow(page);
  });

  it("imports the bank's camt.053 file as a new sheet, reconciles against it, and undoes the import", async () => {
    const { page } = s;
    const camt = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
<Id>STMT-2026-03</Id><LglSeqNb>3</LglSeqNb><Acct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id><Ccy>USD</Ccy></Acct>
<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">18420.35</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-02-28</Dt></Dt></Bal>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">22670.35</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-31</Dt></Dt></Bal>
<Ntry><Amt Ccy="USD">4250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-03</Dt></BookgDt>
<ValDt><Dt>2026-03-04</Dt></ValDt><AcctSvcrRef>BK-0001</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>INV-1041</EndToEndId></Refs>
<RltdPties><Dbtr><Nm>Harbour Foods Ltd</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Invoice INV-1041</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
</Stmt></BkToCstmrStmt></Document>
`;
    await page.getByTestId("import-statement").waitFor();
    await page.getByTestId("statement-file").setInputFiles({
      name: "camt053-march.xml",
      mimeType: "text/xml",
      buffer: Buffer.from(camt, "utf8"),
    });
    const result = page.getByTestId("import-result");
    await result.waitFor({ timeout: 30_000 });
    await expect(result.textContent()).resolves.toContain(
      "camt (ISO 20022): 1 line from 1 statement, on sheet camt053-march (table camt053_march).",
    );
    // The new table is the statement side, read without a column map, its balances from its Balance column.
    await expect(page.getByTestId("reconcile-right").textContent()).resolves.toContain(
      "camt053_march · 1 rows",
    );
    await expect(page.getByTestId("balances-right").textContent()).resolves.toContain(
      "Opening 18,420.35 USD",
    );
    await page.getByTestId("sheet-tab-camt053-march").click();
    await expect(cell(page, "camt053-march", "A2").textContent()).resolves.toBe("2026-03-03");
    await expect(cell(page, "camt053-march", "E2").textContent()).resolves.toBe("Harbour Foods Ltd");
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-16-imported-statement");
    await page.getByTestId("reconcile-run").click();
    await page.getByTestId("reconcile-results").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("reconcile-summary").textContent()).resolves.toContain("1 confirmed");
    await page.getByRole("button", { name: "Undo import" }).click();
    await page.getByTestId("sheet-tab-camt053-march").waitFor({ state: "detached", timeout: 30_000 });
    await expect(page.getByTestId("reconcile-right").textContent()).resolves.toContain("BankStatement");
  });

  it("imports a DATEV booking batch as the book side, proposes the bank account, reconciles, and undoes", async () => {
    const { page } = s;
    const batch = [
      '"EXTF";700;21;"Buchungsstapel";13;20260402101500123;;"RE";"";"";29098;55003;20260101;4;20260301;20260331;"März 2026";"";1;0;0;"USD"',
      '"Umsatz (ohne Soll/Haben-Kz)";"Soll/Haben-Kennzeichen";"WKZ Umsatz";"Konto";"Gegenkonto (ohne BU-Schlüssel)";"Belegdatum";"Belegfeld 1";"Buchungstext"',
      '4250,00;"S";"USD";1200;10041;0303;"INV-1041";"Harbour Foods Ltd"',
      '990,00;"S";"USD";10050;8400;1503;"RE-1050";"Rechnung Fabrikant"',
      '15,00;"S";"USD";4970;1200;3103;;"Kontoführung"',
      '3,12;"S";"USD";1200;2650;3103;;"Habenzinsen"',
      "",
    ].join("\r\n");
    await page.getByTestId("ledger-file").setInputFiles({
      name: "EXTF_Buchungsstapel_2026-03.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(batch, "latin1"),
    });
    const result = page.getByTestId("ledger-import-result");
    await result.waitFor({ timeout: 30_000 });
    await expect(result.textContent()).resolves.toContain(
      "DATEV booking batch: 4 booking lines, on sheet EXTF_Buchungsstapel_2026-03",
    );
    // The imported table is the book side, beside the bank statement, its bank account proposed.
    await expect(page.getByTestId("reconcile-left").textContent()).resolves.toContain(
      "EXTF_Buchungsstapel_2026_03 · 4 rows",
    );
    await expect(page.getByTestId("reconcile-right").textContent()).resolves.toContain("BankStatement");
    await expect(page.getByTestId("side-left").textContent()).resolves.toContain("1200");
    await page.getByTestId("sheet-tab-EXTF_Buchungsstapel_2026-03").click();
    await expect(cell(page, "EXTF_Buchungsstapel_2026-03", "A1").textContent()).resolves.toBe("EXTF");
    await expect(cell(page, "EXTF_Buchungsstapel_2026-03", "F4").textContent()).resolves.toBe("2026-03-03");
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-17-imported-ledger");
    await page.getByTestId("reconcile-run").click();
    await page.getByTestId("reconcile-results").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("reconcile-summary").textContent()).resolves.toContain("3 confirmed");
    await page.getByRole("button", { name: "Undo import" }).click();
    await page
      .getByTestId("sheet-tab-EXTF_Buchungsstapel_2026-03")
      .waitFor({ state: "detached", timeout: 30_000 });
    await expect(page.getByTestId("reconcile-left").textContent()).resolves.toContain("Ledger");
  });

  it("reconciles next month's statement after March's Apply: March's rows stay out, and Apply keeps them", async () => {
    const { page } = s;
    await page.getByTestId("opening-left").fill("18,420.35");
    await page.getByTestId("reconcile-run").click();
    await page.getByTestId("reconcile-results").waitFor({ timeout: 30_000 });
    await page.getByTestId("reconcile-stale").waitFor({ state: "detached", timeout: 30_000 });
    await page.getByTestId("reconcile-apply").click();
    await page.getByTestId("reconcile-applied").waitFor({ timeout: 30_000 });
    const april = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
<Id>STMT-2026-04</Id><LglSeqNb>4</LglSeqNb><Acct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id><Ccy>USD</Ccy></Acct>
<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">20000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-31</Dt></Dt></Bal>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">20100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-04-30</Dt></Dt></Bal>
<Ntry><Amt Ccy="USD">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-04-07</Dt></BookgDt>
<AcctSvcrRef>BK-0101</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>INV-1090</EndToEndId></Refs>
<RltdPties><Dbtr><Nm>Westbrook Ltd</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Invoice INV-1090</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
</Stmt></BkToCstmrStmt></Document>
`;
    await page.getByTestId("statement-file").setInputFiles({
      name: "camt053-april.xml",
      mimeType: "text/xml",
      buffer: Buffer.from(april, "utf8"),
    });
    await page.getByTestId("import-result").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("reconcile-right").textContent()).resolves.toContain("camt053_april");
    // Before the run, the book's card counts March's rows apart from those that take part.
    await expect(page.getByTestId("side-left-rows").textContent()).resolves.toMatch(
      /^\d+ of \d+ rows take part; \d+ cleared earlier against another table$/,
    );
    // The year's opening balance again: March's rows are brought forward into it.
    await page.getByTestId("opening-left").fill("18,420.35");
    await page.getByTestId("reconcile-run").click();
    const cleared = page.getByTestId("reconcile-cleared");
    await cleared.waitFor({ timeout: 30_000 });
    await expect(cleared.textContent()).resolves.toMatch(
      /\d+ rows of Ledger were cleared earlier against another table .* brought forward into its opening balance/,
    );
    await noHorizontalOverflow(page);
    await screenshot(page, "reconcile-18-next-statement");
    await page.getByTestId("reconcile-apply").click();
    await page.getByTestId("reconcile-applied").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("reconcile-applied").textContent()).resolves.toContain(
      "beside Ledger and camt053_april",
    );
    await page.getByTestId("sheet-tab-Ledger").click();
    await expect(cell(page, "Ledger", "K2").textContent()).resolves.toBe("confirmed");
    await expect(cell(page, "Ledger", "M2").textContent()).resolves.toMatch(
      /^Cleared earlier with BankStatement: /,
    );
    await screenshot(page, "reconcile-19-next-statement-applied");
  });

  it("made no request outside the machine and logged no errors", () => {
    expect(s.outbound).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
