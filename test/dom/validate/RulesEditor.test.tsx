/**
 * The rules editor as a user works it: column rules and row rules edited, the draft checked with the
 * schema (readable problems, nothing saved), rules saved in the document settings, JSON imported with bad
 * input refused, the kind and the mapping changed, and the next run applying it all.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { RULES_SETTING } from "../../../src/services/validation";
import { books, renderPanel } from "./harness";

async function openSection(id: string) {
  const header = await screen.findByTestId(id);
  await act(async () => fireEvent.click(within(header).getByRole("button")));
}

async function runValidation() {
  await act(async () => fireEvent.click(screen.getByTestId("validate-run")));
  return screen.findByTestId("validate-results", {}, { timeout: 5000 });
}

/** Opens the rules section and picks a column in the column editor; returns that editor. */
async function editColumn(header: string) {
  await openSection("section-rules");
  const rules = await screen.findByTestId("validate-column-rules");
  fireEvent.change(within(rules).getByLabelText("Column"), { target: { value: header } });
  return rules;
}

function type(input: HTMLElement, text: string) {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

/** The whole panel re-renders in jsdom on each step; on a busy machine a test can take tens of seconds. */
const SLOW = 60_000;

describe("rules editor", () => {
  it(
    "saves a column rule in the document and the next run applies it",
    async () => {
      const port = books();
      renderPanel(port);
      const rules = await editColumn("Description");
      fireEvent.click(within(rules).getByLabelText("Unique"));
      type(within(rules).getByLabelText("Longest text"), "9");
      expect(screen.getByTestId("section-rules").textContent).toContain("unsaved");
      await act(async () => fireEvent.click(screen.getByTestId("rules-save")));
      await waitFor(async () =>
        expect(await port.getSetting(RULES_SETTING)).toEqual({
          version: 1,
          tables: { Journal: { columns: { Description: { unique: true, maxLength: 9 } } } },
        }),
      );
      expect(screen.getByTestId("section-rules").textContent).not.toContain("unsaved");
      const results = await runValidation();
      expect(within(results).getByText("Description has no repeats")).toBeTruthy();
      expect(within(results).getByText("Description is short enough")).toBeTruthy();
    },
    SLOW,
  );

  it(
    "sets how strictly a column's rules count: warnings, and the share of cells that must pass",
    async () => {
      const port = books();
      renderPanel(port);
      const rules = await editColumn("Description");
      type(within(rules).getByLabelText("Longest text"), "9");
      fireEvent.change(within(rules).getByLabelText("Findings are"), { target: { value: "warning" } });
      type(within(rules).getByLabelText("Passes when at least (%)"), "120");
      expect(within(rules).getByText("Enter a percentage from 0 to 100, e.g. 95.")).toBeTruthy();
      type(within(rules).getByLabelText("Passes when at least (%)"), "95 %");
      await act(async () => fireEvent.click(screen.getByTestId("rules-save")));
      await waitFor(async () =>
        expect(await port.getSetting(RULES_SETTING)).toEqual({
          version: 1,
          tables: {
            Journal: { columns: { Description: { maxLength: 9, severity: "warning", mostly: 0.95 } } },
          },
        }),
      );
      expect((within(rules).getByLabelText("Passes when at least (%)") as HTMLInputElement).value).toBe("95");
    },
    SLOW,
  );

  it(
    "shows why a draft cannot be used and keeps Save off until it can",
    async () => {
      renderPanel(books());
      const rules = await editColumn("Debit");
      type(within(rules).getByLabelText("Minimum"), "abc");
      expect(within(rules).getByText("Enter a number, or a date written YYYY-MM-DD.")).toBeTruthy();
      expect(screen.getByTestId("section-rules").textContent).not.toContain("unsaved");
      type(within(rules).getByLabelText("Minimum"), "100");
      type(within(rules).getByLabelText("Maximum"), "1");
      const invalid = await screen.findByTestId("rules-invalid");
      expect(invalid.textContent).toContain("columns.Debit: min is greater than max");
      expect(screen.getByTestId("rules-save").hasAttribute("disabled")).toBe(true);
    },
    SLOW,
  );

  it(
    "adds a row rule comparing two columns",
    async () => {
      renderPanel(books());
      await openSection("section-rules");
      const rows = await screen.findByTestId("validate-row-rules");
      fireEvent.click(within(rows).getByText("Add a row rule"));
      const group = within(rows).getByRole("group", { name: "Row rule 1" });
      fireEvent.change(within(group).getByLabelText("First column"), { target: { value: "Credit" } });
      fireEvent.change(within(group).getByLabelText("Comparison"), { target: { value: "!=" } });
      fireEvent.change(within(group).getByLabelText("Second column"), { target: { value: "Debit" } });
      const results = await runValidation();
      expect(within(results).getByText("Row rule Credit != Debit")).toBeTruthy();
    },
    SLOW,
  );

  it(
    "refuses a bad JSON import with every problem, then imports good rules",
    async () => {
      const port = books();
      renderPanel(port);
      await openSection("section-rules");
      await act(async () => fireEvent.click(await screen.findByTestId("rules-json")));
      // jsdom runs no animations, so Fluent leaves the opened dialog marked aria-hidden: query it as hidden.
      const dialog = within(await screen.findByRole("dialog", { hidden: true }));
      const box = dialog.getByRole("textbox", { name: /Paste a rule set/, hidden: true });
      await waitFor(() => expect((box as HTMLTextAreaElement).value).toContain('"version": 1'));
      fireEvent.change(box, {
        target: { value: '{"columns":{"Debit":{"requried":true}},"lockDate":"soon"}' },
      });
      const importButton = dialog.getByRole("button", { name: "Import", hidden: true });
      await act(async () => fireEvent.click(importButton));
      const error = await screen.findByTestId("rules-json-error");
      expect(error.textContent).toContain('columns.Debit: Unrecognized key: "requried"');
      expect(error.textContent).toContain("lockDate: expected a date written YYYY-MM-DD");
      expect(await port.getSetting(RULES_SETTING)).toBeNull();

      fireEvent.change(box, { target: { value: '{"lockDate":"2026-03-02"}' } });
      await act(async () => fireEvent.click(importButton));
      expect(await screen.findByText("Rules imported")).toBeTruthy();
      const results = await runValidation();
      expect(within(results).getByText("No postings in the locked period")).toBeTruthy();
    },
    SLOW,
  );

  it(
    "lets the user override the kind and the mapping, and says what is then missing",
    async () => {
      renderPanel(books());
      await openSection("section-mapping");
      const mapping = await screen.findByTestId("validate-mapping");
      fireEvent.change(within(mapping).getByLabelText(/^Account/), { target: { value: "\u0000none" } });
      expect(await within(mapping).findByText(/No column for Account/)).toBeTruthy();
      expect(screen.getByTestId("section-mapping").textContent).toContain("1 missing");
      fireEvent.change(screen.getByTestId("validate-kind"), { target: { value: "none" } });
      expect(await screen.findByText(/No kind is chosen/)).toBeTruthy();
      const results = await runValidation();
      expect(results.textContent).toContain("no kind (column rules only)");
    },
    SLOW,
  );

  it(
    "edits keys in the pane: a primary key, a combination that must not repeat and a foreign key",
    async () => {
      const port = books();
      renderPanel(port);
      await openSection("section-rules");
      const keys = await screen.findByTestId("validate-key-rules");
      const pick = (label: string, value: string) =>
        act(async () => fireEvent.change(within(keys).getByLabelText(label), { target: { value } }));
      await pick("Add a column to Primary key", "Entry");
      await pick("Add a column to Primary key", "Account");
      await pick("Add a unique combination starting with", "Description");
      await pick("Add a column to Unique combination 1", "Debit");
      await act(async () => fireEvent.click(within(keys).getByText("Add a foreign key")));
      await pick("Add a column to Foreign key 1 columns", "Account");
      await pick("Foreign key 1 table", "Chart");
      // Until the referenced column is picked the draft cannot be used, and says why.
      expect((await screen.findByTestId("rules-invalid")).textContent).toContain("references");
      expect(screen.getByTestId("rules-save").hasAttribute("disabled")).toBe(true);
      expect(within(keys).getByText("Pick the columns of Chart to look the values up in.")).toBeTruthy();
      await pick("Add a column to Foreign key 1 referenced columns", "Account");
      await act(async () =>
        fireEvent.click(within(keys).getByLabelText("Remove Date from Foreign key 1 columns")),
      );
      await waitFor(() => expect(screen.queryByTestId("rules-invalid")).toBeNull());
      await act(async () => fireEvent.click(screen.getByTestId("rules-save")));
      await waitFor(async () =>
        expect(await port.getSetting(RULES_SETTING)).toEqual({
          version: 1,
          tables: {
            Journal: {
              unique: [["Description", "Debit"]],
              primaryKey: ["Entry", "Account"],
              foreignKeys: [{ columns: "Account", table: "Chart", references: "Account" }],
            },
          },
        }),
      );
      const results = await runValidation();
      const titles = within(results)
        .getAllByTestId("issue-group")
        .map((g) => g.textContent ?? "");
      expect(titles.some((t) => t.includes("Account found in Chart") && t.includes("1 of 5 failed"))).toBe(
        true,
      );
    },
    SLOW,
  );
});
