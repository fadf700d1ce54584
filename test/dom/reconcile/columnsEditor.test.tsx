/**
 * Columns and signs of a side in the Reconcile panel: which amounts are money in is a choice whose
 * selected option says the setting in force, a column is one field's only, and a side gives its amounts
 * either as an Amount column or as Debit and Credit columns, never both.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { demoBooks, renderPanel, typeOpeningAndRun } from "./harness";

/** Each choice in a dropdown re-renders the pane: seconds apiece in jsdom on a busy machine. */
const SLOW = 180_000;

/** Opens a side's Columns and signs section and returns it. */
async function openColumns(side: "left" | "right"): Promise<HTMLElement> {
  const header = await screen.findByTestId(`section-columns-${side}`, {}, { timeout: 5000 });
  await act(async () => fireEvent.click(within(header).getByRole("button")));
  return screen.findByTestId(`columns-${side}`);
}

/** The options of a radio group by their labels, and the one checked. */
function choice(group: HTMLElement): { options: string[]; checked: string | undefined } {
  const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const label = (r: HTMLInputElement) => r.labels?.[0]?.textContent ?? "";
  return { options: radios.map(label), checked: radios.filter((r) => r.checked).map(label)[0] };
}

async function choose(group: HTMLElement, label: string): Promise<void> {
  await act(async () => fireEvent.click(within(group).getByLabelText(label)));
}

/** A side's column dropdown (found by its name: role queries over the whole pane are slow in jsdom). */
const dropdown = (table: string, field: string) =>
  document.querySelector<HTMLElement>(`[role="combobox"][aria-label="${table}: column for ${field}"]`);

/** The column a field reads, as its dropdown shows it; null when the field is not offered. */
const column = (table: string, field: string) => dropdown(table, field)?.textContent ?? null;

/** Opens a field's dropdown and returns its options' texts. */
async function openDropdown(table: string, field: string): Promise<HTMLElement[]> {
  await act(async () => fireEvent.click(dropdown(table, field)!));
  await waitFor(() => expect(document.querySelector('[role="listbox"]')).not.toBeNull());
  return [...document.querySelectorAll<HTMLElement>('[role="listbox"] [role="option"]')];
}

/** Picks `header` for `field` in the side's column dropdown. */
async function pickColumn(table: string, field: string, header: string): Promise<void> {
  const options = await openDropdown(table, field);
  const option = options.find((o) => o.textContent === header || o.textContent?.startsWith(`${header} (`));
  await act(async () => fireEvent.click(option!));
}

/** The book balance of the run's statement. */
const bookBalance = () =>
  /Ledger balance(-?[\d,.]+) USD/.exec(screen.getByTestId("statement-USD").textContent ?? "")?.[1];

describe("Columns and signs: which amounts are money in", () => {
  it(
    "shows the setting in force as the option chosen, under labels that say what each means",
    async () => {
      renderPanel(demoBooks());
      const ledger = await openColumns("left");
      const bank = await openColumns("right");
      // As proposed: the ledger's debits and the bank's Paid In are money in, and the choices say so.
      expect(choice(within(ledger).getByTestId("money-in-left"))).toEqual({
        options: ["Debit", "Credit"],
        checked: "Debit",
      });
      expect(choice(within(bank).getByTestId("money-in-right"))).toEqual({
        options: ["Debit (Paid Out)", "Credit (Paid In)"],
        checked: "Credit (Paid In)",
      });
      expect(within(ledger).queryByRole("switch", { name: /money in/ })).toBeNull();
      await typeOpeningAndRun();
      const before = bookBalance();
      expect(before).toMatch(/\d/);
      // Choosing the other option is the setting the run reads: the ledger's credits become money in.
      await choose(within(ledger).getByTestId("money-in-left"), "Credit");
      expect(choice(within(ledger).getByTestId("money-in-left")).checked).toBe("Credit");
      await act(async () => fireEvent.click(screen.getByTestId("reconcile-run")));
      await waitFor(() => expect(screen.queryByTestId("reconcile-stale")).toBeNull(), { timeout: 20_000 });
      expect(bookBalance()).not.toBe(before);
      await choose(within(ledger).getByTestId("money-in-left"), "Debit");
      expect(choice(within(ledger).getByTestId("money-in-left")).checked).toBe("Debit");
    },
    SLOW,
  );

  it(
    "offers positive or negative amounts for a signed Amount column, as the sign setting is",
    async () => {
      const wb = new MemoryWorkbook();
      for (const [sheet, name] of [
        ["L", "Book"],
        ["B", "Bank"],
      ] as const) {
        wb.putRows(sheet, 1, 0, [
          ["Date", "Amount", "Description"],
          ["2026-03-02", -10, "Fee"],
        ]);
        wb.addTable(wb.mustSheet(sheet), { row: 1, col: 0, rows: 2, cols: 3 }, name);
      }
      renderPanel(createMemoryWorkbook(wb));
      const book = await openColumns("left");
      const money = () => within(book).getByTestId("money-in-left");
      expect(choice(money())).toEqual({
        options: [
          "Positive amounts (negative ones are money out)",
          "Negative amounts (positive ones are money out)",
        ],
        checked: "Positive amounts (negative ones are money out)",
      });
      await choose(money(), "Negative amounts (positive ones are money out)");
      expect(choice(money()).checked).toBe("Negative amounts (positive ones are money out)");
      // A signed amount has no separate flip to contradict the choice.
      expect(within(book).queryByRole("switch")).toBeNull();
    },
    SLOW,
  );
});

describe("Columns and signs: one column, one field", () => {
  it(
    "names the field that reads each column, and takes a column chosen for a second field from the first",
    async () => {
      renderPanel(demoBooks());
      const ledger = await openColumns("left");
      expect(column("Ledger", "Debit")).toBe("Debit");
      const options = await openDropdown("Ledger", "Credit");
      const texts = options.map((o) => o.textContent);
      expect(texts).toContain("Debit (now Debit)");
      expect(texts).toContain("Entry");
      expect(texts).toContain("Credit");
      await act(async () => fireEvent.click(options[texts.indexOf("Debit (now Debit)")]!));
      expect(column("Ledger", "Credit")).toBe("Debit");
      expect(column("Ledger", "Debit")).toBe("(not in the table)");
      expect(within(ledger).getByTestId("column-taken-left").textContent).toBe(
        'Credit now reads "Debit", so Debit no longer does: choose its column, or leave it not in the table.',
      );
      // The run reads the columns the editor shows: no row has the same column as its debit and credit.
      expect(screen.getByTestId("section-columns-left").textContent).not.toContain("incomplete");
    },
    SLOW,
  );
});

describe("Columns and signs: an Amount column or Debit and Credit columns, one choice", () => {
  it(
    "offers no Amount field beside Debit and Credit, and switches between the two ways whole",
    async () => {
      renderPanel(demoBooks());
      const ledger = await openColumns("left");
      const ways = () => within(ledger).getByTestId("amount-columns-left");
      expect(choice(ways())).toEqual({
        options: [
          "One signed Amount column",
          "Debit and Credit columns",
          "An Amount column and a Dr/Cr column",
        ],
        checked: "Debit and Credit columns",
      });
      // The Amount field is not offered while Debit and Credit are read: it cannot be mapped beside them.
      expect(column("Ledger", "Amount")).toBeNull();
      expect(column("Ledger", "Debit")).toBe("Debit");
      expect(column("Ledger", "Credit")).toBe("Credit");
      // A signed Amount column instead: Debit and Credit are no longer read, and Amount is to choose.
      await choose(ways(), "One signed Amount column");
      expect(choice(ways()).checked).toBe("One signed Amount column");
      expect(column("Ledger", "Debit")).toBeNull();
      expect(column("Ledger", "Amount")).toBe("(not in the table)");
      expect(ledger.textContent).toContain("Choose a Date column and an Amount column for Ledger.");
      expect(screen.getByTestId("reconcile-run").hasAttribute("disabled")).toBe(true);
      await pickColumn("Ledger", "Amount", "Debit");
      expect(column("Ledger", "Amount")).toBe("Debit");
      expect(column("Ledger", "Debit")).toBeNull();
      expect(column("Ledger", "Credit")).toBeNull();
      // Back to Debit and Credit: both are found again, and Amount is read no more.
      await choose(ways(), "Debit and Credit columns");
      await waitFor(() => expect(column("Ledger", "Debit")).toBe("Debit"));
      expect(column("Ledger", "Credit")).toBe("Credit");
      expect(column("Ledger", "Amount")).toBeNull();
      expect(screen.getByTestId("section-columns-left").textContent).not.toContain("incomplete");
      expect(screen.getByTestId("reconcile-run").hasAttribute("disabled")).toBe(false);
    },
    SLOW,
  );
});
