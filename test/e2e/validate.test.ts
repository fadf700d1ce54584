/**
 * The Validate workflow in headless Chromium on the demo workbook, as a user meets it: the ledger picked
 * with its kind detected, run, findings grouped by rule, an issue clicked (the cell is selected in the
 * workbook preview), cells marked (fills and notes land), the report written and written again (one sheet,
 * links to the cells), marks cleared and the clear reverted; then another table with its related tables,
 * and the pane at 320 px. Screenshots at each step.
 */
import type { Page } from "playwright-core";
import { openDemo, screenshot, type Session } from "./support/browser";
import { cell, noHorizontalOverflow } from "./support/pane";
import "./support/timeout";

/** Waits for the status area to say `text` in a success message, then dismisses the messages. */
async function confirmed(page: Page, text: RegExp): Promise<string> {
  const message = page.getByTestId("status-success").filter({ hasText: text }).first();
  await message.waitFor({ timeout: 30_000 });
  const said = (await message.textContent()) ?? "";
  const dismiss = page.getByTestId("status-area").getByRole("button", { name: "Dismiss" });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  return said;
}

describe("Validate workflow in a browser (demo workbook)", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openDemo();
  });
  afterAll(async () => s?.close());

  it("picks the ledger with its kind detected and the chart of accounts as its related table", async () => {
    const { page } = s;
    await page.getByTestId("nav-validate").click();
    await page.getByTestId("validate-table").waitFor({ timeout: 20_000 });
    await expect(page.getByTestId("validate-table").textContent()).resolves.toContain(
      "Ledger · Ledger / journal · 36 rows",
    );
    await expect(page.getByTestId("validate-kind").inputValue()).resolves.toBe("auto");
    await page.getByTestId("section-related").click();
    await expect(page.getByTestId("validate-related").textContent()).resolves.toContain("Chart of accounts");
    await expect(page.getByTestId("validate-related").locator("select").inputValue()).resolves.not.toBe("");
    await noHorizontalOverflow(page);
    await screenshot(page, "validate-1-setup");
  });

  it("runs and shows the findings grouped by rule with their counts", async () => {
    const { page } = s;
    await page.getByTestId("validate-run").click();
    await page.getByTestId("validate-results").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("validate-verdict").textContent()).resolves.toBe("Not valid");
    await expect(page.getByTestId("validate-counts").textContent()).resolves.toContain("6 errors");
    const groups = (await page.getByTestId("issue-group").allTextContents()).join("\n");
    expect(groups).toContain("Date is a date");
    expect(groups).toContain("2 of 36 failed (5.56%)");
    expect(groups).toContain("Entries balance");
    expect(groups).toContain("Account found in the chart of accounts");
    await noHorizontalOverflow(page);
    await screenshot(page, "validate-2-results");
  });

  it("selects an issue's cell in the workbook when it is clicked", async () => {
    const { page } = s;
    await page.getByTestId("issue-cell-A36").click();
    await cell(page, "Ledger", "A36")
      .and(page.locator('[data-selected="true"]'))
      .waitFor({ timeout: 10_000 });
    await expect(cell(page, "Ledger", "A36").textContent()).resolves.toBe("03/04/2026");
    await screenshot(page, "validate-3-selected");
  });

  it("marks the offending cells with a fill and a note", async () => {
    const { page } = s;
    await page.getByTestId("validate-mark").click();
    // Six errors on five cells: E34 has both sides filled and opens an entry that does not balance.
    expect(await confirmed(page, /Marked 5 cells/)).toContain("5 errors");
    await expect(cell(page, "Ledger", "A36").getAttribute("data-fill")).resolves.toBe("#FFC7CE");
    await expect(cell(page, "Ledger", "A36").getAttribute("data-note")).resolves.toMatch(
      /^Error \(date_ambiguous\): The date "03\/04\/2026"/,
    );
    await expect(cell(page, "Ledger", "C36").getAttribute("data-note")).resolves.toContain("foreign_key");
    await expect(cell(page, "Ledger", "E34").getAttribute("data-note")).resolves.toContain(
      "debit_and_credit",
    );
    await expect(cell(page, "Ledger", "A2").getAttribute("data-fill")).resolves.toBeNull();
    await screenshot(page, "validate-4-marked");
  });

  it("writes the report on its own sheet with a link to each cell, and replaces it on a second run", async () => {
    const { page } = s;
    await page.getByTestId("validate-report").click();
    await confirmed(page, /^Wrote sheet 'Validation – Ledger'/);
    await page.getByTestId("sheet-tab-Validation – Ledger").click();
    const sheet = "Validation – Ledger";
    await expect(cell(page, sheet, "A1").textContent()).resolves.toBe("Validation – Ledger");
    const text = (await page.getByTestId(`grid-${sheet}`).textContent()) ?? "";
    expect(text).toContain("Ledger!A36");
    expect(text).toContain("Entries balance");
    await screenshot(page, "validate-5-report");

    await page.getByTestId("validate-report").click();
    await confirmed(page, /^Replaced sheet 'Validation – Ledger'/);
    await expect(page.locator('[data-testid^="sheet-tab-Validation"]').count()).resolves.toBe(1);
  });

  it("clears exactly its marks, and the clear can be reverted", async () => {
    const { page } = s;
    await page.getByTestId("validate-clear").click();
    await confirmed(page, /^Cleared 5 marks/);
    await page.getByTestId("sheet-tab-Ledger").click();
    await expect(cell(page, "Ledger", "A36").getAttribute("data-fill")).resolves.toBeNull();
    await expect(cell(page, "Ledger", "A36").getAttribute("data-note")).resolves.toBeNull();
    await page.getByTestId("revert-last").click();
    await confirmed(page, /^Reverted/);
    await expect(cell(page, "Ledger", "A36").getAttribute("data-fill")).resolves.toBe("#FFC7CE");
    await screenshot(page, "validate-6-reverted");
  });

  it("validates stock movements against the items it finds", async () => {
    const { page } = s;
    await page.getByTestId("validate-table").click();
    // The related-table section lists tables too (native options): pick in the table Dropdown's listbox.
    await page
      .getByRole("listbox")
      .getByRole("option", { name: /^StockMovements/ })
      .click();
    await expect(page.getByTestId("validate-table").textContent()).resolves.toContain("Stock movements");
    await page.getByTestId("validate-run").click();
    await page.getByText("Results for StockMovements").waitFor({ timeout: 30_000 });
    const groups = (await page.getByTestId("issue-group").allTextContents()).join("\n");
    expect(groups).toContain("SKU found in the inventory items");
    expect(groups).toContain("Stock never goes below zero");
    await screenshot(page, "validate-7-movements");
    // A rule switched off from its findings is left out of the next run.
    const below = page.getByTestId("issue-group").filter({ hasText: "Stock never goes below zero" });
    const switchOff = below.getByRole("button", { name: "Switch this rule off" });
    // Open the group by its header's state: its button may not be visible yet while the group opens,
    // and clicking the header then would close it again.
    const header = below.getByRole("button").first();
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    await switchOff.click();
    await below.getByText("Switched off: validate again to leave it out.").waitFor();
    await page.getByTestId("validate-run").click();
    await below.waitFor({ state: "detached", timeout: 30_000 });
    const after = (await page.getByTestId("issue-group").allTextContents()).join("\n");
    expect(after).toContain("SKU found in the inventory items");
    // So is a rule that found nothing, switched off from All rules.
    const allRules = page.getByRole("button", { name: /^All rules \(\d+\)$/ });
    const ran = Number(/\((\d+)\)/.exec((await allRules.textContent()) ?? "")?.[1]);
    await allRules.click();
    const grid = page.getByRole("grid", { name: "All rules" });
    const passing = grid
      .getByRole("row")
      .filter({ hasText: /passed$/ })
      .first();
    const button = passing.getByRole("button", { name: /^Switch .+ off$/ });
    const id = /^Switch (.+) off$/.exec((await button.getAttribute("aria-label")) ?? "")?.[1] ?? "";
    await button.click();
    await passing.getByText("Switched off").waitFor();
    await page.getByTestId("validate-run").click();
    await page.getByRole("button", { name: `All rules (${ran - 1})` }).waitFor({ timeout: 30_000 });
    await expect(grid.textContent()).resolves.not.toContain(id);
  });

  it("fits a 320 px pane without horizontal scrolling", async () => {
    const { page } = s;
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByTestId("section-rules").click();
    await page.getByTestId("validate-column-rules").waitFor();
    await noHorizontalOverflow(page);
    await expect(page.getByTestId("rules-off").textContent()).resolves.toContain("negative_stock");
    await screenshot(page, "validate-8-narrow");
    const allRules = page.getByRole("grid", { name: "All rules" });
    await allRules.scrollIntoViewIfNeeded();
    await expect(allRules.getByRole("button", { name: /^Switch .+ off$/ }).count()).resolves.toBeGreaterThan(
      0,
    );
    await noHorizontalOverflow(page);
    await screenshot(page, "validate-10-all-rules", allRules);
    // Keys edited in the pane stay inside it too, with a foreign key's three rows of controls.
    const keys = page.getByTestId("validate-key-rules");
    await keys.getByLabel("Add a column to Primary key").selectOption("SKU");
    await keys.getByLabel("Add a column to Primary key").selectOption("Date");
    await keys.getByText("Add a foreign key").click();
    await keys.getByLabel("Add a column to Foreign key 1 referenced columns").selectOption({ index: 1 });
    await expect(keys.getByRole("button", { name: "Remove SKU from Primary key" }).isVisible()).resolves.toBe(
      true,
    );
    await keys.scrollIntoViewIfNeeded();
    await noHorizontalOverflow(page);
    await screenshot(page, "validate-9-keys", keys);
  });

  it("makes no request outside the machine and logs no errors", () => {
    expect(s.outbound).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
