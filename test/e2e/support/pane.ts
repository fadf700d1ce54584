/** What the e2e tests read off the demo page: a cell of the workbook preview, and the pane's width. */
import type { Page } from "playwright-core";

/** A cell of the workbook preview, by sheet and A1 address. */
export const cell = (page: Page, sheet: string, address: string) =>
  page.getByTestId(`grid-${sheet}`).locator(`td[data-address="${address}"]`);

/** The page scrolls nowhere sideways: everything fits the pane's width. */
export async function noHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
