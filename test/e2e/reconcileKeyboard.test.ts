/**
 * The task pane by keyboard in headless Chromium at 320 px, as a keyboard user meets it: every workflow
 * tab in sight, and the Suggested list's actions (Show, Accept, Reject, Compare) reached and used with
 * the keys alone, focus staying in the list after a decision takes its row away.
 */
import type { Page } from "playwright-core";
import { openDemo, screenshot, type Session } from "./support/browser";
import { noHorizontalOverflow } from "./support/pane";
import "./support/timeout";

interface Focus {
  readonly testId: string | null;
  readonly name: string | null;
  readonly role: string | null;
  readonly column: string | null;
  /** The text of the column header focus is in (on a sortable header, its sort button). */
  readonly header: string | null;
}

/** What has keyboard focus: its test id, accessible name, role, the grid column of its cell, its header. */
function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return {
      testId: e?.getAttribute("data-testid") ?? null,
      name: e?.getAttribute("aria-label") ?? null,
      role: e?.getAttribute("role") ?? e?.tagName.toLowerCase() ?? null,
      column: e?.closest("[data-column]")?.getAttribute("data-column") ?? null,
      header: e?.closest('[role="columnheader"]')?.textContent ?? null,
    };
  });
}

/**
 * Waits until focus is on what `want` describes (a text or a pattern per field) and returns it. Some
 * keys act a moment later: Fluent's focus manager handles Escape after the page has had its chance.
 */
async function focusOn(page: Page, want: { [K in keyof Focus]?: string | RegExp }): Promise<Focus> {
  const matches = (f: Focus) =>
    Object.entries(want).every(([k, v]) => {
      const got = f[k as keyof Focus];
      return typeof v === "string" ? got === v : got !== null && v.test(got);
    });
  let now = await focused(page);
  for (let n = 0; n < 50 && !matches(now); n++) {
    await page.waitForTimeout(100);
    now = await focused(page);
  }
  for (const [k, v] of Object.entries(want)) {
    if (typeof v === "string") expect(now[k as keyof Focus]).toBe(v);
    else expect(now[k as keyof Focus]).toMatch(v);
  }
  return now;
}

async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

/** Waits until no run or decision is in progress: the pane's buttons are enabled again. */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="reconcile-run"]')?.hasAttribute("disabled") === false,
    undefined,
    { timeout: 30_000 },
  );
}

/** From the Suggested tab, Tab until focus is in the list: the grid is one stop of the Tab order. */
async function tabIntoSuggested(page: Page): Promise<void> {
  await page.getByTestId("tab-suggested").focus();
  for (let n = 0; n < 10; n++) {
    await page.keyboard.press("Tab");
    const inGrid = await page.evaluate(
      () =>
        document.activeElement?.closest('[role="grid"]')?.getAttribute("aria-label") === "Suggested matches",
    );
    if (inGrid) return;
  }
  throw new Error("Tab never reached the Suggested list");
}

describe("The task pane by keyboard in a 320 px pane (demo workbook)", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openDemo();
    await s.page.setViewportSize({ width: 320, height: 900 });
  });
  afterAll(async () => s?.close());

  it("shows every workflow tab whole, also the one reached with the arrow keys", async () => {
    const { page } = s;
    const nav = page.getByRole("navigation", { name: "Workflows" });
    const tabs = nav.getByRole("tab");
    await expect(tabs.count()).resolves.toBe(5);
    const inView = async () => {
      const width = await page.evaluate(() => window.innerWidth);
      for (const tab of await tabs.all()) {
        const box = await tab.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        // Its whole label shows: nothing of it is clipped by the navigation.
        await expect(tab.evaluate((e) => e.scrollWidth <= e.clientWidth)).resolves.toBe(true);
      }
    };
    await inView();
    await page.getByTestId("nav-validate").focus();
    await press(page, "ArrowRight", "ArrowRight", "ArrowRight", "ArrowRight");
    await focusOn(page, { testId: "nav-calendar" });
    await inView();
    await noHorizontalOverflow(page);
    await screenshot(page, "keyboard-1-nav-320", nav);
    await press(page, "Enter");
    await page.getByTestId("panel-calendar").waitFor();
  });

  it("reaches Show, Accept and Reject by keyboard and, after Accept, keeps focus on the next row's Accept", async () => {
    const { page } = s;
    await page.getByTestId("nav-reconcile").click();
    await page.getByTestId("side-left").waitFor({ timeout: 20_000 });
    await page.getByTestId("opening-left").fill("18,420.35");
    await page.getByTestId("reconcile-run").click();
    await page.getByTestId("reconcile-results").waitFor({ timeout: 30_000 });
    await idle(page);
    const ids = await page
      .locator('[data-testid^="accept-M-"]')
      .evaluateAll((es) => es.map((e) => e.getAttribute("data-testid")!.slice("accept-".length)));
    expect(ids).toHaveLength(2);
    const [first, second] = ids as [string, string];
    await tabIntoSuggested(page);
    // The list's first stop is its first column's header, which sorts the list (its sort button).
    await focusOn(page, { header: "Rows · amount" });
    // The first row's rows cell: Enter moves into it, Tab between its buttons, Escape back out.
    await press(page, "ArrowDown");
    await focusOn(page, { role: "gridcell", column: "match" });
    await press(page, "Enter");
    await focusOn(page, { name: "Show Ledger row 8" });
    await press(page, "Tab");
    await focusOn(page, { name: "Show BankStatement row 5" });
    await press(page, "Escape");
    await focusOn(page, { role: "gridcell", column: "match" });
    // The arrows: the reason, then each action.
    await press(page, "ArrowRight");
    await focusOn(page, { role: "gridcell", column: "why" });
    await press(page, "ArrowRight");
    await focusOn(page, { testId: `accept-${first}` });
    await press(page, "ArrowRight");
    await focusOn(page, { testId: `reject-${first}` });
    await press(page, "ArrowDown");
    await focusOn(page, { testId: `reject-${second}` });
    await press(page, "ArrowUp", "ArrowLeft");
    await focusOn(page, { testId: `accept-${first}` });
    await noHorizontalOverflow(page);
    await screenshot(
      page,
      "keyboard-2-accept-focused",
      page.getByRole("grid", { name: "Suggested matches" }),
    );
    await press(page, "Enter");
    await page.getByTestId("reconcile-summary").getByText("12 confirmed").waitFor({ timeout: 30_000 });
    await idle(page);
    await expect(page.getByTestId(`match-${first}`).count()).resolves.toBe(0);
    // Focus is where the accepted row was: on the Accept of the row now in its place.
    await focusOn(page, { testId: `accept-${second}` });
    await press(page, "ArrowRight");
    await focusOn(page, { testId: `reject-${second}` });
  });

  it("reaches an open row's Show button with Enter in its item cell, and selects the row with Space", async () => {
    const { page } = s;
    await page.getByTestId("tab-open").click();
    await page.getByRole("searchbox", { name: "Find" }).focus();
    await press(page, "Tab");
    await focusOn(page, { name: "Select all open rows of Ledger" });
    await press(page, "ArrowDown", "ArrowRight");
    await focusOn(page, { role: "gridcell", column: "amount" });
    await press(page, "ArrowRight");
    await focusOn(page, { role: "gridcell", column: "text" });
    await press(page, "Enter");
    await focusOn(page, { name: /^Show Ledger row \d+$/ });
    await press(page, "Escape");
    await focusOn(page, { role: "gridcell", column: "text" });
    await press(page, "Space");
    await expect(page.getByTestId("manual-match-bar").textContent()).resolves.toContain(
      "1 + 0 rows selected",
    );
    await page.getByTestId("clear-selected").click();
    await page.getByTestId("tab-suggested").click();
  });

  it("reaches Compare the candidates with Enter in the reason's cell, and comes back to it on Close", async () => {
    const { page } = s;
    // A loose rule (any date, amounts within half) that never tells candidates apart: all are ambiguous.
    const rule =
      '[{"id":"near-amount","tieMargin":1,"reference":"ignore","party":"ignore","date":"any",' +
      '"amount":{"below":{"pct":50},"above":{"pct":50}}}]';
    await page.getByTestId("section-rules").click();
    await idle(page);
    await page.getByTestId("rules-edit").click();
    await page.getByTestId("rules-json").fill(rule);
    await page.getByTestId("rules-save").click();
    await page.getByTestId("section-rules").getByText("custom").waitFor();
    await page.getByTestId("reconcile-run").click();
    await page.getByTestId("reconcile-stale").waitFor({ state: "detached", timeout: 30_000 });
    await idle(page);
    // The list remembers where focus last was in it; Ctrl+Home goes to its first cell.
    await tabIntoSuggested(page);
    await press(page, "Control+Home");
    await focusOn(page, { header: "Rows · amount" });
    await press(page, "ArrowDown", "ArrowRight");
    await focusOn(page, { role: "gridcell", column: "why" });
    await press(page, "Enter");
    const compare = await focusOn(page, { testId: /^compare-M-/ });
    await press(page, "Enter");
    await page.getByTestId("candidates").waitFor();
    await focusOn(page, { testId: "candidates-close" });
    await press(page, "Enter");
    await page.getByTestId("candidates").waitFor({ state: "detached" });
    await focusOn(page, { testId: compare.testId! });
    // Escape leaves the cell for the arrows again.
    await press(page, "Escape");
    await focusOn(page, { role: "gridcell", column: "why" });
    await press(page, "ArrowRight");
    await focusOn(page, { testId: compare.testId!.replace("compare", "accept") });
  });

  it("made no request outside the machine and logged no errors", () => {
    expect(s.outbound).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
