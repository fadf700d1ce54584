/**
 * Opens the built task pane in headless Debian Chromium, the way the demo runs: dist/ served on localhost,
 * office.js answered from the local @microsoft/office-js copy, and every other outside request refused
 * and recorded (hazard 20: the add-in makes no outbound calls).
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");
export const RESULTS = path.join(ROOT, "test-results");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const { startServer } = require("../../../scripts/serve.js") as {
  startServer: (o: { root: string; port: number; rewriteOfficeJs?: boolean }) => Promise<{
    url: string;
    close: () => Promise<void>;
  }>;
};

export interface Session {
  readonly browser: Browser;
  readonly page: Page;
  readonly baseUrl: string;
  /** Requests to anything other than the local server (and the routed office.js copy). */
  readonly outbound: string[];
  /** console errors and uncaught page errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does).");
  }
}

export async function openTaskpane(
  opts: { officeJs?: "local" | "missing"; colorScheme?: "light" | "dark" } = {},
): Promise<Session> {
  assertBuilt();
  fs.mkdirSync(RESULTS, { recursive: true });
  const server = await startServer({ root: DIST, port: 0, rewriteOfficeJs: false });
  let browser: Browser;
  try {
    // Playwright gives every launch a fresh, empty profile of its own.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
      ],
    });
  } catch (e) {
    await server.close();
    throw e;
  }
  const context = await browser.newContext({
    viewport: { width: 420, height: 900 },
    colorScheme: opts.colorScheme ?? "light",
  });
  const page = await context.newPage();
  const outbound: string[] = [];
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  const local = new URL(server.url);
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.host === local.host) return route.continue();
    if (url.href.startsWith(OFFICE_CDN)) {
      if (opts.officeJs === "missing") return route.abort("internetdisconnected");
      const file = path.join(OFFICE_DIST, url.pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        return route.fulfill({ path: file, contentType: "text/javascript" });
      }
      return route.fulfill({ status: 404, body: "" });
    }
    outbound.push(url.href);
    return route.abort("blockedbyclient");
  });
  return {
    browser,
    page,
    baseUrl: server.url,
    outbound,
    errors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The task pane opened in demo mode, ready: the demo notice is on screen. */
export async function openDemo(opts: { colorScheme?: "light" | "dark" } = {}): Promise<Session> {
  const s = await openTaskpane(opts);
  try {
    await s.page.goto(`${s.baseUrl}taskpane.html`);
    await s.page.getByTestId("demo-notice").waitFor({ timeout: 30_000 });
    return s;
  } catch (e) {
    await s.close();
    throw e;
  }
}

/** Saves test-results/NAME.png: the whole page, or only `part` of it when given. */
export async function screenshot(page: Page, name: string, part?: Locator): Promise<string> {
  const file = path.join(RESULTS, `${name}.png`);
  if (part) await part.screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
  return file;
}
