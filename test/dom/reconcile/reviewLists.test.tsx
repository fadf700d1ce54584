/**
 * The review lists as a user reads them: counts grouped as the user's locale groups numbers wherever
 * they show, Find by the row labels the lists show ("L16", "Row 28", "28"), and lists sorted by their
 * columns — amounts and dates as values — by pointer and by keyboard.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { statusTexts } from "../support/statusTexts";
import { demoBooks, renderPanel, typeOpeningAndRun } from "./harness";

/** A run over the demo and a few re-renders of its lists: minutes in jsdom on a busy machine. */
const SLOW = 240_000;

/** The ids of a list's rows, in the order shown. */
const ids = (grid: HTMLElement) =>
  [...grid.querySelectorAll('[role="row"][data-row-id]')].map((r) => r.getAttribute("data-row-id"));

/** The amount a cell shows (under the row labels of a match), as a number: "-1,250.00 USD" is -1250. */
function amountIn(cell: Element | null): number {
  const text = (cell?.querySelector(".fui-Caption1") ?? cell)?.textContent ?? "";
  const m = /(-?[\d,]+\.\d\d)/.exec(text);
  return m ? Number((m[1] as string).replace(/,/g, "")) : NaN;
}

const cells = (grid: HTMLElement, column: string) => [
  ...grid.querySelectorAll(`[role="row"][data-row-id] [data-column="${column}"]`),
];

const sortedBy = (values: readonly (number | string)[], way: 1 | -1) =>
  values.every(
    (v, k) => k === 0 || (values[k - 1]! < v ? way === 1 : values[k - 1]! > v ? way === -1 : true),
  );

/** Sorts a grid by the column whose header reads `name`, with a click or the Enter key. */
async function sortBy(grid: HTMLElement, name: RegExp, how: "click" | "Enter"): Promise<void> {
  const header = within(grid)
    .getAllByRole("columnheader")
    .find((h) => name.test(h.textContent ?? ""));
  const button = header?.querySelector<HTMLElement>('[role="button"]');
  expect(button).toBeTruthy();
  if (how === "click") await act(async () => fireEvent.click(button!));
  else await act(async () => fireEvent.keyDown(button!, { key: "Enter" }));
}

const find = async (text: string) =>
  act(async () =>
    fireEvent.change(screen.getByRole("searchbox", { name: "Find" }), { target: { value: text } }),
  );

describe("Review lists: counts", () => {
  it(
    "groups the digits of every count over a thousand, in the card, badges, tabs, lists and status",
    async () => {
      const wb = new MemoryWorkbook();
      const rows = (sign: number) =>
        Array.from({ length: 1200 }, (_, k) => [
          `2026-03-${String(1 + (k % 28)).padStart(2, "0")}`,
          sign * (100 + k),
          `Order ${k + 1}`,
        ]);
      wb.putRows("L", 1, 0, [["Date", "Amount", "Description"], ...rows(1), ["2026-03-30", 5, "Extra"]]);
      wb.addTable(wb.mustSheet("L"), { row: 1, col: 0, rows: 1202, cols: 3 }, "Book");
      wb.putRows("B", 1, 0, [["Date", "Amount", "Description"], ...rows(1)]);
      wb.addTable(wb.mustSheet("B"), { row: 1, col: 0, rows: 1201, cols: 3 }, "Bank");
      renderPanel(createMemoryWorkbook(wb));
      const card = await screen.findByTestId("side-left-rows", {}, { timeout: 20_000 });
      expect(card.textContent).toBe("1,201 of 1,201 rows take part");
      await act(async () => fireEvent.click(screen.getByTestId("reconcile-run")));
      const results = await screen.findByTestId("reconcile-results", {}, { timeout: 60_000 });
      expect(within(results).getByTestId("reconcile-summary").textContent).toBe(
        "1,200 confirmed0 suggested1 open in Book0 open in Bank",
      );
      // A tab writes its label twice (once hidden, to keep its width when selected).
      expect(screen.getByTestId("tab-confirmed").textContent).toMatch(/^Confirmed \(1,200\)/);
      await waitFor(() =>
        expect(statusTexts()).toEqual(["Reconciled1,200 confirmed, 0 suggested, 1 + 0 open."]),
      );
    },
    SLOW,
  );
});

describe("Review lists: Find and sort", () => {
  it(
    "finds a match by its row label, and an open row by its Row label or its number",
    async () => {
      renderPanel(demoBooks());
      const results = await typeOpeningAndRun();
      // Confirmed: "L16" is Ledger row 16 as the list writes it, "B9" BankStatement row 9.
      await act(async () => fireEvent.click(screen.getByTestId("tab-confirmed")));
      const confirmed = within(results).getByRole("grid", { name: "Confirmed matches" });
      for (const [label, name] of [
        ["L16", "Show Ledger row 16"],
        ["b9", "Show BankStatement row 9"],
      ] as const) {
        await find(label);
        await waitFor(() => expect(ids(confirmed)).toHaveLength(1));
        expect(within(confirmed).getByRole("button", { name })).toBeTruthy();
      }
      // Open: "Row 28" and "28" find Ledger row 28 as its line writes it.
      await act(async () => fireEvent.click(screen.getByTestId("tab-open")));
      for (const text of ["Row 28", "28"]) {
        await find(text);
        await waitFor(() =>
          expect(screen.getByTestId("open-left").textContent).toContain("Open in Ledger (1 of 2 found)"),
        );
        expect(
          within(screen.getByTestId("open-left")).getByRole("button", { name: "Show Ledger row 28" }),
        ).toBeTruthy();
      }
    },
    SLOW,
  );

  it(
    "sorts matches by amount and by date, and open rows by amount, as values, by pointer and keyboard",
    async () => {
      renderPanel(demoBooks());
      const results = await typeOpeningAndRun();
      await act(async () => fireEvent.click(screen.getByTestId("tab-confirmed")));
      const confirmed = within(results).getByRole("grid", { name: "Confirmed matches" });
      // By amount, low to high, then high to low; by date with the Enter key.
      await sortBy(confirmed, /^Rows · amount/, "click");
      const amounts = () => cells(confirmed, "match").map(amountIn);
      expect(amounts().length).toBeGreaterThan(5);
      expect(sortedBy(amounts(), 1)).toBe(true);
      await sortBy(confirmed, /^Rows · amount/, "click");
      expect(sortedBy(amounts(), -1)).toBe(true);
      await sortBy(confirmed, /^Why · date/, "Enter");
      const dates = cells(confirmed, "why").map(
        (c) => /\d{4}-\d\d-\d\d/.exec(c.textContent ?? "")?.[0] ?? "",
      );
      expect(dates.every((d) => d !== "")).toBe(true);
      expect(sortedBy(dates, 1)).toBe(true);
      // Open rows by amount as a value: a negative amount before a small positive one.
      await act(async () => fireEvent.click(screen.getByTestId("tab-open")));
      const open = within(screen.getByTestId("open-right")).getByRole("grid");
      await sortBy(open, /^Amount/, "click");
      expect(sortedBy(cells(open, "amount").map(amountIn), 1)).toBe(true);
      await sortBy(open, /^Amount/, "click");
      expect(sortedBy(cells(open, "amount").map(amountIn), -1)).toBe(true);
    },
    SLOW,
  );
});
