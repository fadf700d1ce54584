/** The built task pane in headless Chromium: demo mode renders, navigation works, nothing goes outside. */
import { openDemo, openTaskpane, screenshot, type Session } from "./support/browser";

describe("task pane in a browser (demo mode)", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openDemo();
  });
  afterAll(async () => s?.close());

  it("says it is a demo on sample data", async () => {
    await expect(s.page.getByTestId("mode-badge").textContent()).resolves.toBe("Demo");
    await expect(s.page.getByText("Demo on sample data").isVisible()).resolves.toBe(true);
    await screenshot(s.page, "taskpane-demo-start");
  });

  it.each(["reconcile", "reports", "inventory", "calendar", "validate"])("navigates to %s", async (id) => {
    await s.page.getByTestId(`nav-${id}`).click();
    await s.page.getByTestId(`panel-${id}`).waitFor();
    const text = (await s.page.getByTestId(`panel-${id}`).innerText()).toLowerCase();
    expect(text).not.toContain("todo");
    expect(text.length).toBeGreaterThan(80);
    await screenshot(s.page, `taskpane-nav-${id}`);
  });

  it("makes no request outside the machine and logs no errors", async () => {
    // office.js opens its telemetry frame 3 s after loading; wait past that to see it stays shut.
    await s.page.waitForTimeout(4_000);
    expect(s.outbound).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

describe("task pane in the dark", () => {
  it("follows a dark colour scheme in the demo", async () => {
    const s = await openDemo({ colorScheme: "dark" });
    try {
      const bg = await s.page.evaluate(() => {
        const shell = document.querySelector("main")?.parentElement;
        return shell ? getComputedStyle(shell).backgroundColor : "";
      });
      const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
      expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(200);
      await screenshot(s.page, "taskpane-demo-dark");
    } finally {
      await s.close();
    }
  });
});

describe("task pane without office.js", () => {
  it("shows a readable message instead of a blank pane, and can open the demo", async () => {
    const s = await openTaskpane({ officeJs: "missing" });
    try {
      await s.page.goto(`${s.baseUrl}taskpane.html`);
      await s.page.getByTestId("no-office").waitFor({ timeout: 30_000 });
      await expect(s.page.getByText("Office could not be reached").isVisible()).resolves.toBe(true);
      await screenshot(s.page, "taskpane-no-office");
      await s.page.getByText("Open the demo on sample data instead").click();
      await s.page.getByTestId("demo-notice").waitFor({ timeout: 30_000 });
    } finally {
      await s.close();
    }
  });
});
