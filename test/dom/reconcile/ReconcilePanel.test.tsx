/**
 * The Reconcile panel in jsdom over the demo workbook: the proposed pair and setup, a run with its
 * statement, review decisions, manual matching, rules JSON, apply and revert through the workbook, and
 * what the user is told when something cannot be done.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { demoBooks, renderPanel, runBookAgainstBank, typeOpeningAndRun } from "./harness";
import { busyUntil, portWith } from "../support/portWith";
import type { WorkbookPort } from "../../../src/workbook/port";
import { statusTexts } from "../support/statusTexts";
import { settingKey } from "../../../src/services/reconciliation/savedPair";
import { DEFAULT_RULES, parseReconcileConfig } from "../../../src/core/reconcile";

/** A pane rendering 500 rows a side in jsdom can take tens of seconds on a busy machine. */
const SLOW = 60_000;

const badges = () => screen.getByTestId("reconcile-summary").textContent ?? "";

/** Renders the panel over `port` and opens its Rules section. */
async function openRules(port: WorkbookPort): Promise<void> {
  renderPanel(port);
  await screen.findByTestId("selection-left", {}, { timeout: 5000 });
  await act(async () => fireEvent.click(within(screen.getByTestId("section-rules")).getByRole("button")));
}
const ruleSummary = (id: string) => screen.getByTestId(`rule-summary-${id}`).textContent;
/** The rules' ids in the order the Rules section lists them. */
const ruleOrder = () =>
  [...screen.getByTestId("rules-list").children].map((li) =>
    li.getAttribute("data-testid")!.slice("rule-".length),
  );

describe("Reconcile panel", () => {
  it("proposes the ledger against the bank, the cash account's rows and the bank's balances", async () => {
    renderPanel(demoBooks());
    expect((await screen.findByTestId("reconcile-left")).textContent).toContain("Ledger · 36 rows");
    expect(screen.getByTestId("reconcile-right").textContent).toContain("BankStatement · 16 rows");
    const selection = await screen.findByTestId("selection-left", {}, { timeout: 5000 });
    expect(selection.textContent).toBe("Account 1000 (15 rows)");
    expect(screen.getByTestId("side-left").textContent).toContain("15 of 36 rows take part");
    expect(screen.getByTestId("balances-right").textContent).toContain(
      "Opening 18,420.35 USD and closing 8,254.39 USD, from the running balance (rows 2–17)",
    );
  });

  it("runs, shows the statement without an unexplained difference, and accepts a suggestion", async () => {
    renderPanel(demoBooks());
    const results = await typeOpeningAndRun();
    expect(badges()).toContain("11 confirmed");
    expect(badges()).toContain("2 suggested");
    expect(within(results).getByTestId("unexplained").textContent).toContain("Nothing is unexplained");
    const statement = within(results).getByTestId("statement-USD").textContent ?? "";
    expect(statement).toContain("Payments in Ledger not on BankStatement");
    const accept = within(results).getAllByTestId(/^accept-M-/)[0]!;
    await act(async () => fireEvent.click(accept));
    await waitFor(() => expect(badges()).toContain("12 confirmed"));
    expect(badges()).toContain("1 suggested");
    // The status area says the counts as they are now, not the run's counts beside them.
    expect(statusTexts()).toEqual(["Review saved12 confirmed, 1 suggested, 2 + 2 open."]);
  });

  it("accepts the suggestions shown together after asking, and undoes that", async () => {
    renderPanel(demoBooks());
    const results = await typeOpeningAndRun();
    const accept = within(results).getByTestId("accept-together");
    expect(accept.textContent).toBe("Accept all 2 suggestions");
    // Find narrows what is accepted together to what it found.
    const find = within(results).getByRole("searchbox", { name: "Find" });
    const first = within(results).getAllByTestId(/^match-M-/)[0]!;
    const id = first.getAttribute("data-testid")!.slice("match-".length);
    await act(async () => fireEvent.change(find, { target: { value: id } }));
    await waitFor(() => expect(accept.textContent).toBe("Accept the 1 suggestion found"));
    await act(async () => fireEvent.change(find, { target: { value: "" } }));
    await waitFor(() => expect(accept.textContent).toBe("Accept all 2 suggestions"));
    // Asked first; Cancel leaves everything as it was.
    await act(async () => fireEvent.click(accept));
    expect(screen.getByTestId("accept-together-confirm").textContent).toContain(
      "Accept all 2 suggestions?Each becomes a confirmed match without being looked at one by one.",
    );
    await act(async () => fireEvent.click(screen.getByTestId("accept-together-no")));
    expect(screen.queryByTestId("accept-together-confirm")).toBeNull();
    expect(badges()).toContain("2 suggested");
    await act(async () => fireEvent.click(screen.getByTestId("accept-together")));
    await act(async () => fireEvent.click(screen.getByTestId("accept-together-yes")));
    await waitFor(() => expect(badges()).toContain("13 confirmed"));
    expect(badges()).toContain("0 suggested");
    expect(screen.getByTestId("accepted-together").textContent).toContain("2 suggestions accepted together.");
    expect(screen.getByTestId("reconcile-decisions").textContent).toContain(
      "Your review, kept in the document: 2 suggestions accepted.",
    );
    await act(async () => fireEvent.click(screen.getByTestId("accepted-together-undo")));
    await waitFor(() => expect(badges()).toContain("11 confirmed"));
    expect(badges()).toContain("2 suggested");
    expect(screen.queryByTestId("accepted-together")).toBeNull();
    expect(screen.queryByTestId("reconcile-decisions")).toBeNull();
    expect(screen.getByTestId(`match-${id}`)).toBeTruthy();
  });

  it("shows what the document keeps of the review and forgets it all after asking", async () => {
    renderPanel(demoBooks());
    const results = await typeOpeningAndRun();
    expect(screen.queryByTestId("reconcile-decisions")).toBeNull();
    await act(async () => fireEvent.click(within(results).getAllByTestId(/^accept-M-/)[0]!));
    await waitFor(() => expect(badges()).toContain("12 confirmed"));
    await act(async () => fireEvent.click(screen.getByTestId("tab-confirmed")));
    await act(async () => fireEvent.click(screen.getAllByTestId(/^unmatch-M-/)[0]!));
    await waitFor(() => expect(badges()).toContain("11 confirmed"));
    expect(screen.getByTestId("reconcile-decisions").textContent).toContain(
      "Your review, kept in the document: 1 suggestion accepted, 1 pair kept apart.",
    );
    await act(async () => fireEvent.click(screen.getByTestId("forget-decisions")));
    expect(screen.getByTestId("forget-decisions-confirm").textContent).toContain(
      "The document forgets 1 suggestion accepted, 1 pair kept apart for Ledger and BankStatement",
    );
    await act(async () => fireEvent.click(screen.getByTestId("forget-decisions-no")));
    expect(badges()).toContain("11 confirmed");
    // Escape cancels too, back on the button that asked.
    await act(async () => fireEvent.click(screen.getByTestId("forget-decisions")));
    await act(async () => fireEvent.keyDown(document.activeElement!, { key: "Escape" }));
    expect(screen.queryByTestId("forget-decisions-confirm")).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId("forget-decisions"));
    expect(badges()).toContain("11 confirmed");
    await act(async () => fireEvent.click(screen.getByTestId("forget-decisions")));
    await act(async () => fireEvent.click(screen.getByTestId("forget-decisions-yes")));
    await waitFor(() => expect(screen.queryByTestId("reconcile-decisions")).toBeNull());
    expect(badges()).toContain("11 confirmed");
    expect(badges()).toContain("2 suggested");
    // A run, three decisions and a confirmation, each re-rendering the panel: over 30 s on a loaded machine.
  }, 120_000);

  it("matches selected open rows by hand", async () => {
    renderPanel(demoBooks());
    await typeOpeningAndRun();
    await act(async () => fireEvent.click(screen.getByTestId("tab-open")));
    const match = screen.getByTestId("match-selected");
    expect(match.hasAttribute("disabled")).toBe(true);
    // The row's number, in the line under its text, shows it on the sheet without selecting it.
    const show = screen.getByRole("button", { name: "Show Ledger row 30" });
    expect(show.textContent).toBe("Row 30");
    await act(async () => fireEvent.click(show));
    expect(screen.getByTestId("manual-match-bar").textContent).toContain(
      "Select rows on both sides to match them by hand.",
    );
    await act(async () => fireEvent.click(screen.getByLabelText("Select Ledger row 30")));
    await act(async () => fireEvent.click(screen.getByLabelText("Select BankStatement row 17")));
    expect(screen.getByTestId("manual-match-bar").textContent).toContain(
      "1 + 1 rows selected; difference -886.88 USD",
    );
    await act(async () => fireEvent.click(match));
    await waitFor(() => expect(badges()).toContain("12 confirmed"));
    expect(badges()).toContain("1 open in Ledger");
    // Each click re-renders the whole panel in jsdom: on a loaded machine this takes over 30 s.
  }, 120_000);

  it("selects a slip's two rows from its finding in one click, and matches them", async () => {
    renderPanel(demoBooks());
    const results = await typeOpeningAndRun();
    // Reject the 1,234.00 / 1,243.00 suggestion: both rows are open, each naming the other as a slip.
    const suggestion = within(results)
      .getAllByTestId(/^reject-M-/)
      .find((b) => b.closest("[role=row]")?.textContent?.includes("INV-1043"));
    await act(async () => fireEvent.click(suggestion!));
    await waitFor(() => expect(badges()).toContain("1 suggested"));
    await act(async () => fireEvent.click(screen.getByTestId("tab-open")));
    expect(screen.getByTestId("open-left").textContent).toContain("two digits swapped");
    const pair = screen.getByRole("button", {
      name: "Select both: Ledger row 8 and BankStatement row 5",
    });
    expect(pair.textContent).toBe("Select both");
    // What was selected before gives way to the pairing.
    await act(async () => fireEvent.click(screen.getByLabelText("Select Ledger row 30")));
    await act(async () => fireEvent.click(pair));
    expect(screen.getByTestId("manual-match-bar").textContent).toContain(
      "1 + 1 rows selected; difference 9.00 USD",
    );
    expect(screen.getByTestId("pair-right-5").getAttribute("aria-label")).toBe(
      "Select both: BankStatement row 5 and Ledger row 8",
    );
    await act(async () => fireEvent.click(screen.getByTestId("match-selected")));
    await waitFor(() => expect(badges()).toContain("12 confirmed"));
    expect(screen.queryByTestId("pair-left-8")).toBeNull();
    // Each click re-renders the whole panel in jsdom: on a loaded machine this takes over 30 s.
  }, 120_000);

  it("finds open rows by words or amount and matches rows found one after the other", async () => {
    renderPanel(demoBooks());
    await typeOpeningAndRun();
    await act(async () => fireEvent.click(screen.getByTestId("tab-open")));
    const find = screen.getByRole("searchbox", { name: "Find" });
    await act(async () => fireEvent.change(find, { target: { value: "interest" } }));
    expect(screen.getByTestId("open-right").textContent).toContain("Open in BankStatement (1 of 2 found)");
    expect(screen.getByTestId("open-left").textContent).toContain("Open in Ledger (0 of 2 found)");
    expect(screen.getByTestId("open-left").textContent).toContain("Nothing found.");
    await act(async () => fireEvent.click(screen.getByLabelText("Select BankStatement row 17")));
    // The ledger row by its amount, typed as the user reads it; the bank row selected before stays selected.
    await act(async () => fireEvent.change(find, { target: { value: "890.00" } }));
    expect(screen.queryByLabelText("Select BankStatement row 17")).toBeNull();
    expect(screen.getByTestId("open-left").textContent).toContain("Open in Ledger (1 of 2 found)");
    await act(async () => fireEvent.click(screen.getByLabelText("Select Ledger row 30")));
    expect(screen.getByTestId("manual-match-bar").textContent).toContain(
      "1 + 1 rows selected (1 not shown by Find); difference -886.88 USD",
    );
    await act(async () => fireEvent.click(screen.getByTestId("match-selected")));
    await waitFor(() => expect(badges()).toContain("12 confirmed"));
    expect(badges()).toContain("1 open in Ledger");
  });

  it("keeps rows selected under an earlier search when the rows found are selected or cleared all at once", async () => {
    renderPanel(demoBooks());
    await typeOpeningAndRun();
    await act(async () => fireEvent.click(screen.getByTestId("tab-open")));
    const find = screen.getByRole("searchbox", { name: "Find" });
    await act(async () => fireEvent.change(find, { target: { value: "interest" } }));
    await act(async () => fireEvent.click(screen.getByLabelText("Select BankStatement row 17")));
    await act(async () => fireEvent.change(find, { target: { value: "fee" } }));
    // Select all, clear all, select all again: the clear takes only the rows found.
    const all = () => screen.getByLabelText("Select all open rows of BankStatement");
    for (let k = 0; k < 3; k++) await act(async () => fireEvent.click(all()));
    await act(async () => fireEvent.change(find, { target: { value: "890.00" } }));
    await act(async () => fireEvent.click(screen.getByLabelText("Select Ledger row 30")));
    // 3.12 interest and a 15.00 fee against 890.00: (3.12 − 15.00) − 890.00.
    expect(screen.getByTestId("manual-match-bar").textContent).toContain(
      "1 + 2 rows selected (2 not shown by Find); difference -901.88 USD",
    );
    // Clearing takes the hidden rows too.
    await act(async () => fireEvent.click(screen.getByTestId("clear-selected")));
    expect(screen.getByTestId("manual-match-bar").textContent).toContain(
      "Select rows on both sides to match them by hand.",
    );
    await act(async () => fireEvent.click(screen.getByLabelText("Select Ledger row 30")));
    expect(screen.getByTestId("manual-match-bar").textContent).toContain(
      "1 + 0 rows selected; select rows on both sides to match them",
    );
    expect(screen.getByTestId("match-selected").hasAttribute("disabled")).toBe(true);
  });

  it("finds a confirmed match by its amount and unmatches it", async () => {
    renderPanel(demoBooks());
    const results = await typeOpeningAndRun();
    await act(async () => fireEvent.click(screen.getByTestId("tab-confirmed")));
    const find = screen.getByRole("searchbox", { name: "Find" });
    await act(async () => fireEvent.change(find, { target: { value: "4,250.00" } }));
    const rows = within(results).getAllByTestId(/^match-M-/);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain("INV-1041");
    expect(within(results).getByText("1 of 11 found.")).toBeTruthy();
    await act(async () => fireEvent.click(within(rows[0]!).getByTestId(/^unmatch-M-/)));
    await waitFor(() => expect(badges()).toContain("10 confirmed"));
    await act(async () => fireEvent.change(find, { target: { value: "no such text" } }));
    expect(within(results).getByText("Nothing found.")).toBeTruthy();
  });

  it("says once, however often it runs, that a damaged saved review was ignored", async () => {
    const port = demoBooks();
    await port.setSetting(settingKey("Ledger", "BankStatement"), { version: 1, decisions: "damaged" });
    renderPanel(port);
    await typeOpeningAndRun();
    const ignored = () => statusTexts().filter((t) => t.startsWith("Saved settings ignored"));
    await waitFor(() => expect(ignored()).toHaveLength(1));
    expect(ignored()[0]).toContain(
      "The saved reconciliation settings for Ledger and BankStatement were ignored",
    );
    // Dismissed, the counts come back when the second run has finished.
    const reconciled = () =>
      within(screen.getByTestId("status-area"))
        .queryAllByTestId("status-success")
        .find((m) => (m.textContent ?? "").startsWith("Reconciled"));
    fireEvent.click(within(reconciled()!).getByRole("button", { name: "Dismiss" }));
    expect(reconciled()).toBeUndefined();
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-run")));
    await waitFor(() => expect(reconciled()).toBeDefined());
    expect(ignored()).toHaveLength(1);
  });

  it("applies beside both tables and a Reconciliation sheet, then reverts", async () => {
    const port = demoBooks();
    renderPanel(port);
    await typeOpeningAndRun();
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-apply")));
    await waitFor(() => expect(port.workbook.sheets.map((s) => s.name)).toContain("Reconciliation"));
    const ledger = await port.readTable({ table: "Ledger" });
    expect(ledger.headers.slice(-4)).toEqual(["BO Match ID", "BO Status", "BO Rule", "BO Note"]);
    expect((await screen.findByTestId("reconcile-applied")).textContent).toContain("sheet 'Reconciliation'");
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-revert")));
    await waitFor(() => expect(port.workbook.sheets.map((s) => s.name)).not.toContain("Reconciliation"));
    expect((await port.readTable({ table: "Ledger" })).headers).toHaveLength(9);
    expect(await screen.findByText(/Took back 3 changes/)).toBeTruthy();
    // "Applied" is no longer true once reverted: the revert's message takes its place.
    expect(statusTexts().filter((t) => /^(Applied|Reverted)/.test(t))).toEqual([
      "RevertedTook back 3 changes: the workbook is as before Apply.",
    ]);
    expect(statusTexts()).toContain("Reconciled11 confirmed, 2 suggested, 2 + 2 open.");
  });

  it("reverts Apply after Apply one at a time, saying when the earlier one still stands", async () => {
    const port = demoBooks();
    renderPanel(port);
    const results = await typeOpeningAndRun();
    const sheets = () => port.workbook.sheets.map((x) => x.name);
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-apply")));
    await waitFor(() => expect(sheets()).toContain("Reconciliation"));
    await screen.findByTestId("reconcile-applied");
    const first = port.lastOperation()!.operationId;
    await act(async () => fireEvent.click(within(results).getAllByTestId(/^accept-M-/)[0]!));
    await waitFor(() => expect(badges()).toContain("12 confirmed"));
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-apply")));
    await waitFor(() => expect(port.lastOperation()!.operationId).not.toBe(first));
    await waitFor(() => expect(screen.getByTestId("reconcile-revert").hasAttribute("disabled")).toBe(false));
    // The second Apply goes; the first still stands, and Revert apply stays to take it back too.
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-revert")));
    await waitFor(() =>
      expect(statusTexts()).toContain(
        "RevertedTook back 3 changes: the workbook is as after the earlier Apply; Revert apply again takes that back too.",
      ),
    );
    expect(port.lastOperation()!.operationId).toBe(first);
    expect(sheets()).toContain("Reconciliation");
    expect((await port.readTable({ table: "Ledger" })).headers).toHaveLength(13);
    await waitFor(() => expect(screen.getByTestId("reconcile-revert").hasAttribute("disabled")).toBe(false));
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-revert")));
    await waitFor(() =>
      expect(statusTexts()).toContain("RevertedTook back 3 changes: the workbook is as before Apply."),
    );
    expect(sheets()).not.toContain("Reconciliation");
    expect((await port.readTable({ table: "Ledger" })).headers).toHaveLength(9);
    expect(screen.queryByTestId("reconcile-revert")).toBeNull();
  });

  it("offers Revert apply while any of the Apply is left, also after reverting from the status area", async () => {
    const port = demoBooks();
    renderPanel(port);
    await typeOpeningAndRun();
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-apply")));
    await screen.findByTestId("reconcile-applied");
    // The status area's Revert takes back the newest write (the Reconciliation sheet): two are left.
    await act(async () => fireEvent.click(screen.getByTestId("revert-last")));
    await waitFor(() => expect(port.workbook.sheets.map((x) => x.name)).not.toContain("Reconciliation"));
    expect(screen.getByTestId("reconcile-revert")).toBeTruthy();
    // Then the other two, one at a time: nothing of the Apply is left to revert.
    for (let k = 0; k < 2; k++) {
      await waitFor(() => expect(screen.getByTestId("revert-last").hasAttribute("disabled")).toBe(false));
      await act(async () => fireEvent.click(screen.getByTestId("revert-last")));
    }
    await waitFor(() => expect(screen.queryByTestId("reconcile-revert")).toBeNull());
    expect(screen.queryByTestId("reconcile-applied")).toBeNull();
    expect((await port.readTable({ table: "Ledger" })).headers).toHaveLength(9);
    expect(screen.queryByTestId("revert-last")).toBeNull();
  });

  it("marks the result stale when the setup changes, and refuses Apply until it runs again", async () => {
    renderPanel(demoBooks());
    await typeOpeningAndRun();
    expect(screen.getByTestId("reconcile-apply").hasAttribute("disabled")).toBe(false);
    await act(async () =>
      fireEvent.change(screen.getByTestId("opening-left"), { target: { value: "18,000" } }),
    );
    expect(await screen.findByTestId("reconcile-stale")).toBeTruthy();
    expect(screen.getByTestId("reconcile-apply").hasAttribute("disabled")).toBe(true);
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-run")));
    await waitFor(() => expect(screen.queryByTestId("reconcile-stale")).toBeNull());
    expect(within(screen.getByTestId("reconcile-results")).getByTestId("unexplained").textContent).toContain(
      "420.35 USD is unexplained",
    );
    // Without the ledger's opening balance, the bank's is the whole difference: the pane says which is missing.
    await act(async () => fireEvent.change(screen.getByTestId("opening-left"), { target: { value: "" } }));
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-run")));
    await waitFor(() => expect(screen.queryByTestId("reconcile-stale")).toBeNull());
    expect(within(screen.getByTestId("reconcile-results")).getByTestId("unexplained").textContent).toBe(
      "Ledger has no opening balance18,420.35 USD remains unexplained, exactly the opening balance of BankStatement, while Ledger has none: give the opening balance of Ledger and run again.",
    );
  });

  it("checks edited rules before using them", async () => {
    await openRules(demoBooks());
    await act(async () => fireEvent.click(screen.getByTestId("rules-edit")));
    const json = await screen.findByTestId("rules-json");
    await act(async () => fireEvent.change(json, { target: { value: '{"rules":[{"id":"Bad Id"}]}' } }));
    await act(async () => fireEvent.click(screen.getByTestId("rules-save")));
    expect((await screen.findByTestId("rules-errors")).textContent).toContain("rules[0].id");
    const good = '[{"id":"amount-only","amount":"exact","date":{"before":0,"after":5}}]';
    await act(async () => fireEvent.change(json, { target: { value: good } }));
    await act(async () => fireEvent.click(screen.getByTestId("rules-save")));
    await waitFor(() =>
      expect(screen.getByTestId("section-rules").textContent).toMatch(/^Rules \(1\)\s+custom$/),
    );
    expect(screen.getByTestId("rules").textContent).toContain("amount-only");
  });

  it("copies the rules as JSON that reads back as the same rules, or says why it cannot", async () => {
    await openRules(demoBooks());
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    try {
      await act(async () => fireEvent.click(screen.getByTestId("rules-edit")));
      await act(async () => fireEvent.click(screen.getByTestId("rules-copy")));
      await waitFor(() => expect(statusTexts()).toContain("Rules copied to the clipboard"));
      const copied = parseReconcileConfig(writeText.mock.calls[0]![0]);
      expect(copied.ok && copied.config.rules).toEqual(DEFAULT_RULES);
      writeText.mockRejectedValueOnce(new Error("the host refused"));
      await act(async () => fireEvent.click(screen.getByTestId("rules-copy")));
      await waitFor(() =>
        expect(statusTexts()).toContain(
          "Could not copy the rulesthe host refused: select the text and copy it instead.",
        ),
      );
    } finally {
      Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    }
  });

  it(
    "changes a rule in the pane without JSON, checking each change with the whole cascade",
    async () => {
      await openRules(demoBooks());
      expect(ruleSummary("amount-text")).toBe(
        "amount equal · descriptions at least 50% alike · statement 3 days before to 7 days after the book",
      );
      // A mistake shows under its field and changes nothing.
      await act(async () => fireEvent.click(screen.getByTestId("rule-change-amount-text")));
      const form = screen.getByTestId("rule-form-amount-text");
      const after = within(form).getByTestId("rule-field-after");
      await act(async () => fireEvent.change(after, { target: { value: "ten" } }));
      await act(async () => fireEvent.click(within(form).getByTestId("rule-use")));
      expect(form.textContent).toContain("Whole days from 0 to 3660.");
      expect(screen.getByTestId("section-rules").textContent).toMatch(/^Rules \(9\)\s*$/);
      await act(async () => fireEvent.change(after, { target: { value: "10" } }));
      await act(async () => fireEvent.click(within(form).getByTestId("rule-field-autoConfirm")));
      await act(async () => fireEvent.click(within(form).getByTestId("rule-use")));
      expect(screen.queryByTestId("rule-form-amount-text")).toBeNull();
      expect(ruleSummary("amount-text")).toContain("statement 3 days before to 10 days after the book");
      expect(screen.getByTestId("rule-amount-text").textContent).toContain("suggests");
      expect(screen.getByTestId("section-rules").textContent).toMatch(/^Rules \(9\)\s+custom$/);
      // What only the whole cascade can tell is refused too, under the field concerned.
      await act(async () => fireEvent.click(screen.getByTestId("rule-change-reference-amount-differs")));
      const other = screen.getByTestId("rule-form-reference-amount-differs");
      await act(async () =>
        fireEvent.change(within(other).getByTestId("rule-field-reference"), { target: { value: "compare" } }),
      );
      await act(async () => fireEvent.click(within(other).getByTestId("rule-use")));
      expect(other.textContent).toContain('needs reference or party "required"');
      await act(async () => fireEvent.click(within(other).getByTestId("rule-cancel")));
      expect(ruleSummary("reference-amount-differs")).toContain("reference agrees");
      // A mistake under More settings opens it, even after it was closed.
      await act(async () => fireEvent.click(screen.getByTestId("rule-change-split-book")));
      const split = screen.getByTestId("rule-form-split-book");
      await act(async () => fireEvent.click(within(split).getByTestId("rule-more")));
      await act(async () =>
        fireEvent.change(within(split).getByTestId("rule-field-candidates"), { target: { value: "50" } }),
      );
      await act(async () => fireEvent.click(within(split).getByTestId("rule-more")));
      expect(within(split).queryByTestId("rule-more-settings")).toBeNull();
      await act(async () => fireEvent.click(within(split).getByTestId("rule-use")));
      expect(within(split).getByTestId("rule-more-settings").textContent).toContain(
        "A whole number of rows from 2 to 40.",
      );
      await act(async () =>
        fireEvent.change(within(split).getByTestId("rule-field-candidates"), { target: { value: "24" } }),
      );
      await act(async () =>
        fireEvent.change(within(split).getByTestId("rule-field-currency"), { target: { value: "any" } }),
      );
      await act(async () => fireEvent.click(within(split).getByTestId("rule-use")));
      expect(ruleSummary("split-book")).toContain("currencies may differ");
    },
    SLOW,
  );

  it(
    "moves, removes and adds rules in the pane, and runs with them",
    async () => {
      const port = demoBooks();
      await openRules(port);
      // Moved up one place; removed.
      await act(async () => fireEvent.click(screen.getByTestId("rule-up-amount-text")));
      expect(ruleOrder().slice(0, 3)).toEqual(["exact", "amount-text", "reference"]);
      await act(async () => fireEvent.click(screen.getByTestId("rule-remove-groups")));
      expect(ruleOrder()).not.toContain("groups");
      expect(screen.getByTestId("section-rules").textContent).toMatch(/^Rules \(8\)\s+custom$/);
      // A new rule opens in its form; Cancel on that first form takes it out again.
      await act(async () => fireEvent.click(screen.getByTestId("rule-add")));
      await act(async () =>
        fireEvent.click(within(screen.getByTestId("rule-form-rule-1")).getByTestId("rule-cancel")),
      );
      expect(ruleOrder()).not.toContain("rule-1");
      await act(async () => fireEvent.click(screen.getByTestId("rule-add")));
      const added = screen.getByTestId("rule-form-rule-1");
      await act(async () =>
        fireEvent.change(within(added).getByTestId("rule-field-label"), {
          target: { value: "Cents apart, same day" },
        }),
      );
      await act(async () => fireEvent.click(added.querySelector('input[type="radio"][value="tolerance"]')!));
      for (const [field, value] of [
        ["belowAbs", "0.05"],
        ["aboveAbs", "0.05"],
        ["before", "0"],
        ["after", "0"],
      ] as const)
        await act(async () =>
          fireEvent.change(within(added).getByTestId(`rule-field-${field}`), { target: { value } }),
        );
      // Renamed under More settings: a taken id is refused there, a free one is used.
      await act(async () => fireEvent.click(within(added).getByTestId("rule-more")));
      const id = within(added).getByTestId("rule-field-id");
      await act(async () => fireEvent.change(id, { target: { value: "exact" } }));
      await act(async () => fireEvent.click(within(added).getByTestId("rule-use")));
      expect(within(added).getByTestId("rule-more-settings").textContent).toContain(
        'duplicate rule id "exact"',
      );
      await act(async () => fireEvent.change(id, { target: { value: "cents-apart" } }));
      await act(async () => fireEvent.click(within(added).getByTestId("rule-use")));
      expect(ruleOrder().at(-1)).toBe("cents-apart");
      expect(screen.getByTestId("rule-cents-apart").textContent).toContain("Cents apart, same day");
      expect(ruleSummary("cents-apart")).toBe("amount within 0.05 · same date");
      expect(screen.getByTestId("rule-cents-apart").textContent).toContain("suggests");
      // The run uses them, and the document keeps them for the pair.
      await typeOpeningAndRun();
      await waitFor(async () => {
        const saved = (await port.getSetting(settingKey("Ledger", "BankStatement"))) as {
          config?: { rules?: { id: string; date: unknown; autoConfirm: boolean }[] };
        };
        const rules = saved.config?.rules ?? [];
        expect(rules.map((r) => r.id).slice(0, 3)).toEqual(["exact", "amount-text", "reference"]);
        expect(rules).toHaveLength(9);
        expect(rules.at(-1)).toMatchObject({ id: "cents-apart", label: "Cents apart, same day" });
      });
    },
    SLOW,
  );

  it("says so, with a way to retry, when the tables cannot be listed", async () => {
    const port = demoBooks();
    let fail = true;
    const flaky = busyUntil(port, () => fail);
    renderPanel(flaky);
    expect(await screen.findByText("The workbook’s tables could not be listed")).toBeTruthy();
    fail = false;
    await act(async () => fireEvent.click(screen.getByText("Try again")));
    expect(await screen.findByTestId("reconcile-left")).toBeTruthy();
  });

  it("reports a failed Apply as a message saying what happened, keeping the results", async () => {
    const port = demoBooks();
    const locked = portWith(port, {
      writeSheet: () => Promise.reject(new Error("The sheet 'Reconciliation' is protected; unprotect it.")),
    });
    renderPanel(locked);
    await typeOpeningAndRun();
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-apply")));
    const error = await screen.findByTestId("status-error");
    expect(error.textContent).toContain("Apply failed");
    expect(error.textContent).toContain("is protected");
    expect(error.textContent).toContain("as it was before");
    expect((await port.readTable({ table: "Ledger" })).headers).toHaveLength(9);
    expect(screen.getByTestId("reconcile-results")).toBeTruthy();
  });

  it(
    "lists 500 open rows a side and reaches the others through Find",
    async () => {
      // 620 book rows the bank never saw: all stay open.
      const wb = new MemoryWorkbook();
      const book = Array.from({ length: 620 }, (_, k) => [
        `2026-03-${String(1 + (k % 28)).padStart(2, "0")}`,
        100 + k,
        `Order ${k + 1}`,
        `ORD-${String(k + 1).padStart(4, "0")}`,
      ]);
      wb.putRows("L", 1, 0, [["Date", "Amount", "Description", "Reference"], ...book]);
      wb.addTable(wb.mustSheet("L"), { row: 1, col: 0, rows: 621, cols: 4 }, "Book");
      wb.putRows("B", 1, 0, [
        ["Date", "Amount", "Description"],
        ["2026-03-09", 99999, "Unrelated"],
      ]);
      wb.addTable(wb.mustSheet("B"), { row: 1, col: 0, rows: 2, cols: 3 }, "Bank");
      renderPanel(createMemoryWorkbook(wb));
      await screen.findByTestId("side-left", {}, { timeout: 5000 });
      await act(async () => fireEvent.click(screen.getByTestId("reconcile-run")));
      await screen.findByTestId("reconcile-results", {}, { timeout: 10_000 });
      await act(async () => fireEvent.click(await screen.findByTestId("tab-open")));
      const open = () => screen.getByTestId("open-left");
      expect(open().textContent).toContain("Open in Book (620)");
      expect(open().textContent).toContain("120 more: narrow them with Find");
      // Open rows are listed by date: row 617 (ORD-0616, 28 March) is past the first 500 shown.
      expect(screen.queryByLabelText("Select Book row 617")).toBeNull();
      const find = screen.getByRole("searchbox", { name: "Find" });
      await act(async () => fireEvent.change(find, { target: { value: "ord-0616" } }));
      await waitFor(() => expect(open().textContent).toContain("Open in Book (1 of 620 found)"));
      await act(async () => fireEvent.click(screen.getByLabelText("Select Book row 617")));
      expect(screen.getByTestId("manual-match-bar").textContent).toContain("1 + 0 rows selected");
    },
    SLOW,
  );

  it("renders hostile cell text as text (hazard 21)", async () => {
    const hostile = `<img src=x onerror="window.__pwned=1">`;
    await runBookAgainstBank(
      [
        ["Date", "Amount", "Description"],
        ["2026-03-02", 10, hostile],
      ],
      [
        ["Date", "Amount", "Description"],
        ["2026-03-09", 99, hostile],
      ],
    );
    await act(async () => fireEvent.click(await screen.findByTestId("tab-open")));
    const open = await screen.findByTestId("open-left");
    expect(open.textContent).toContain(hostile);
    expect(open.querySelector("img")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
