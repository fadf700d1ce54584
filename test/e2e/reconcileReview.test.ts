/**
 * Reading and reviewing a reconciliation in headless Chromium at 320 px, on the demo workbook, as a user
 * meets it: the ledger's money-in choice shows the setting in force and changes only what it says, a
 * column chosen for a second field leaves the first, Find finds rows by the labels the lists show, and
 * the lists sort by their columns (amounts and dates as values) by pointer and by keyboard.
 */
import type { Locator, Page } from "playwright-core";
import { openDemo, screenshot, type Session } from "./support/browser";
import { noHorizontalOverflow } from "./support/pane";
import "./support/timeout";

/** Waits until no run or decision is in progress: the pane's buttons are enabled again. */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="reconcile-run"]')?.hasAttribute("disabled") === false,
    undefined,
    { timeout: 30_000 },
  );
}

/** The labels of a radio group's options and the one checked. */
async function choice(group: Locator): Promise<{ options: string[]; checked: string | null }> {
  return group.evaluate((g) => {
    const radios = [...g.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const label = (r: HTMLInputElement) => r.labels?.[0]?.textContent ?? "";
    return { options: radios.map(label), checked: radios.filter((r) => r.checked).map(label)[0] ?? null };
  });
}

/** The amounts (first in each cell of `column`) of a grid's rows, in the order shown. */
function amounts(grid: Locator, column: string): Promise<number[]> {
  return grid.evaluate(
    (g, col) =>
      [...g.querySelectorAll(`[role="row"][data-row-id] [data-column="${col}"]`)].map((c) => {
        const text = (c.querySelector(".fui-Caption1") ?? c).textContent ?? "";
        const m = /(-?[\d,]+\.\d\d)/.exec(text);
        return m ? Number((m[1] as string).replace(/,/g, "")) : NaN;
      }),
    column,
  );
}

function dates(grid: Locator): Promise<string[]> {
  return grid.evaluate((g) =>
    [...g.querySelectorAll('[role="row"][data-row-id] [data-column="why"]')].map(
      (c) => /\d{4}-\d\d-\d\d/.exec(c.textContent ?? "")?.[0] ?? "",
    ),
  );
}

const ascending = (xs: readonly (number | string)[]) => xs.every((x, k) => k === 0 || xs[k - 1]! <= x);
const descending = (xs: readonly (number | string)[]) => xs.every((x, k) => k === 0 || xs[k - 1]! >= x);

describe("Reading and reviewing a reconciliation in a 320 px pane (demo workbook)", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openDemo();
    await s.page.setViewportSize({ width: 320, height: 900 });
  });
  afterAll(async () => s?.close());

  it("shows the ledger's money in as the option chosen, and a choice changes only what it says", async () => {
    const { page } = s;
    await page.getByTestId("nav-reconcile").click();
    await page.getByTestId("side-left").waitFor({ timeout: 20_000 });
    await idle(page);
    await page.getByTestId("section-columns-left").click();
    const columns = page.getByTestId("columns-left");
    const moneyIn = columns.getByTestId("money-in-left");
    // As proposed, debits are the ledger's money in: that is the option chosen, under a label that says it.
    await expect(choice(moneyIn)).resolves.toEqual({ options: ["Debit", "Credit"], checked: "Debit" });
    await expect(choice(columns.getByTestId("amount-columns-left"))).resolves.toMatchObject({
      checked: "Debit and Credit columns",
    });
    await expect(columns.getByRole("switch", { name: /money in/ }).count()).resolves.toBe(0);
    await noHorizontalOverflow(page);
    await screenshot(page, "review-1-columns-ledger", columns);
    await moneyIn.getByText("Credit", { exact: true }).click();
    await expect(choice(moneyIn)).resolves.toEqual({ options: ["Debit", "Credit"], checked: "Credit" });
    await screenshot(page, "review-2-columns-ledger-credit", columns);
    await moneyIn.getByText("Debit", { exact: true }).click();
    await expect(choice(moneyIn)).resolves.toMatchObject({ checked: "Debit" });
    // The bank's columns named by their own headers: Paid In is its money in.
    await page.getByTestId("section-columns-right").click();
    await expect(choice(page.getByTestId("money-in-right"))).resolves.toEqual({
      options: ["Debit (Paid Out)", "Credit (Paid In)"],
      checked: "Credit (Paid In)",
    });
  });

  it("takes the Debit column from Debit when it is chosen for Credit, and says so", async () => {
    const { page } = s;
    await page.getByRole("combobox", { name: "Ledger: column for Credit" }).click();
    await page.getByRole("option", { name: "Debit (now Debit)" }).click();
    await expect(
      page.getByRole("combobox", { name: "Ledger: column for Debit" }).textContent(),
    ).resolves.toBe("(not in the table)");
    await expect(page.getByTestId("column-taken-left").textContent()).resolves.toBe(
      'Credit now reads "Debit", so Debit no longer does: choose its column, or leave it not in the table.',
    );
    await noHorizontalOverflow(page);
    await screenshot(page, "review-3-column-taken", page.getByTestId("columns-left"));
    // Back as proposed: Credit from Credit, Debit from Debit.
    await page.getByRole("combobox", { name: "Ledger: column for Credit" }).click();
    await page.getByRole("option", { name: "Credit", exact: true }).click();
    await page.getByRole("combobox", { name: "Ledger: column for Debit" }).click();
    await page.getByRole("option", { name: "Debit", exact: true }).click();
    await expect(
      page.getByRole("combobox", { name: "Ledger: column for Debit" }).textContent(),
    ).resolves.toBe("Debit");
    await page.getByTestId("section-columns-left").click();
    await page.getByTestId("section-columns-right").click();
  });

  it("finds a confirmed match by its row label, L16", async () => {
    const { page } = s;
    await page.getByTestId("opening-left").fill("18,420.35");
    await idle(page);
    await page.getByTestId("reconcile-run").click();
    await page.getByTestId("reconcile-results").waitFor({ timeout: 30_000 });
    await idle(page);
    await expect(page.getByTestId("reconcile-summary").textContent()).resolves.toContain("11 confirmed");
    await page.getByTestId("tab-confirmed").click();
    const find = page.getByRole("searchbox", { name: "Find" });
    await find.fill("L16");
    const grid = page.getByRole("grid", { name: "Confirmed matches" });
    await page.getByText("1 of 11 found.").waitFor();
    await expect(grid.getByRole("button", { name: "Show Ledger row 16" }).count()).resolves.toBe(1);
    await noHorizontalOverflow(page);
    await screenshot(page, "review-4-find-row-label", page.getByTestId("reconcile-results"));
    await find.fill("");
    await page.getByText("1 of 11 found.").waitFor({ state: "detached" });
  });

  it("sorts the confirmed matches by amount with the keyboard, then by date with a click", async () => {
    const { page } = s;
    const grid = page.getByRole("grid", { name: "Confirmed matches" });
    const byAmount = grid.getByRole("columnheader", { name: /Rows · amount/ });
    await byAmount.getByRole("button").focus();
    await page.keyboard.press("Enter");
    await expect(byAmount.getAttribute("aria-sort")).resolves.toBe("ascending");
    const up = await amounts(grid, "match");
    expect(up.length).toBe(11);
    expect(ascending(up)).toBe(true);
    await page.keyboard.press("Enter");
    await expect(byAmount.getAttribute("aria-sort")).resolves.toBe("descending");
    expect(descending(await amounts(grid, "match"))).toBe(true);
    await noHorizontalOverflow(page);
    await screenshot(page, "review-5-sorted-by-amount", grid);
    // The arrows reach the next header, which sorts the list by the matches' dates.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Space");
    const byDate = grid.getByRole("columnheader", { name: /Why · date/ });
    await expect(byDate.getAttribute("aria-sort")).resolves.toBe("ascending");
    const days = await dates(grid);
    expect(days.every((d) => d !== "")).toBe(true);
    expect(ascending(days)).toBe(true);
    await byDate.click();
    expect(descending(await dates(grid))).toBe(true);
  });

  it("finds an open row by its Row label and sorts the open rows by amount as values", async () => {
    const { page } = s;
    await page.getByTestId("tab-open").click();
    const find = page.getByRole("searchbox", { name: "Find" });
    for (const text of ["Row 28", "28"]) {
      await find.fill(text);
      await page.getByText("Open in Ledger (1 of 2 found)").waitFor();
      await expect(
        page.getByTestId("open-left").getByRole("button", { name: "Show Ledger row 28" }).count(),
      ).resolves.toBe(1);
    }
    await find.fill("");
    await page.getByText("Open in Ledger (2)").waitFor();
    const open = page.getByTestId("open-left").getByRole("grid");
    await open.getByRole("columnheader", { name: /Amount/ }).click();
    expect(ascending(await amounts(open, "amount"))).toBe(true);
    await open.getByRole("columnheader", { name: /Amount/ }).click();
    expect(descending(await amounts(open, "amount"))).toBe(true);
    await noHorizontalOverflow(page);
    await screenshot(page, "review-6-open-sorted", page.getByTestId("reconcile-results"));
  });

  it("made no request outside the machine and logged no errors", () => {
    expect(s.outbound).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
