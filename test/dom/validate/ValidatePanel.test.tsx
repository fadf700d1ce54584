/**
 * The Validate panel in jsdom over an in-memory workbook: tables with detected kinds, a run with results
 * grouped by rule, selecting, marking, clearing and reporting through the workbook, and what the user is
 * told when something cannot be done.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { books, renderPanel } from "./harness";
import { busyUntil, portWith } from "../support/portWith";
import { statusTexts } from "../support/statusTexts";

async function runValidation() {
  const run = await screen.findByTestId("validate-run");
  await waitFor(() => expect(run.hasAttribute("disabled")).toBe(false));
  await act(async () => fireEvent.click(run));
  return screen.findByTestId("validate-results", {}, { timeout: 5000 });
}

/** The whole panel re-renders in jsdom on each step; on a busy machine a test can take tens of seconds. */
const SLOW = 60_000;

describe("Validate panel", () => {
  it(
    "switches a rule off from its findings; the next run leaves it out and the rules editor lists it",
    async () => {
      renderPanel(books());
      let results = await runValidation();
      const group = () =>
        within(screen.getByTestId("validate-results"))
          .queryAllByTestId("issue-group")
          .find((g) => (g.textContent ?? "").includes("Account found in the chart of accounts"));
      fireEvent.click(within(group()!).getAllByRole("button")[0]!);
      await act(async () =>
        fireEvent.click(within(group()!).getByRole("button", { name: "Switch this rule off" })),
      );
      expect(group()!.textContent).toContain("Switched off: validate again to leave it out.");
      expect(within(results).getByText(/You changed the table’s settings since this run/)).toBeTruthy();
      results = await runValidation();
      await waitFor(() => expect(group()).toBeUndefined());
      expect(within(results).getByTestId("validate-counts").textContent).toContain("3 errors");
      fireEvent.click(within(await screen.findByTestId("section-rules")).getByRole("button"));
      const off = await screen.findByTestId("rules-off");
      expect(off.textContent).toBe("Account in chartOfAccounts");
      // Dismissing it switches the rule back on.
      fireEvent.click(within(off).getByRole("button", { name: "Switch Account in chartOfAccounts back on" }));
      await waitFor(() => expect(screen.queryByTestId("rules-off")).toBeNull());
      results = await runValidation();
      await waitFor(() => expect(group()).toBeDefined());
      // Three runs of the table, one message: the counts of the last run.
      const counts = statusTexts().filter((t) => /^\w+: \d+ errors?, \d+ warnings?/.test(t));
      expect(counts).toHaveLength(1);
      expect(counts[0]).toContain(
        within(results)
          .getByTestId("validate-counts")
          .textContent?.match(/\d+ errors?/)?.[0],
      );
    },
    SLOW,
  );

  it(
    "switches off a rule that found nothing from All rules; the next run no longer runs it",
    async () => {
      renderPanel(books());
      let results = await runValidation();
      const allRules = () => within(results).getByRole("button", { name: /^All rules \(\d+\)$/ });
      const ran = Number(/\((\d+)\)/.exec(allRules().textContent ?? "")?.[1]);
      fireEvent.click(allRules());
      const grid = within(results).getByRole("grid", { name: "All rules" });
      const passing = within(grid)
        .getAllByRole("row")
        .find((r) => /passed$/.test(r.textContent ?? "") && within(r).queryByRole("button") !== null);
      expect(passing).toBeDefined();
      const button = within(passing!).getByRole("button");
      const id = /^Switch (.+) off$/.exec(button.getAttribute("aria-label") ?? "")?.[1] ?? "";
      expect(passing!.textContent).toContain(id);
      await act(async () => fireEvent.click(button));
      expect(passing!.textContent).toContain("Switched off");
      fireEvent.click(within(await screen.findByTestId("section-rules")).getByRole("button"));
      expect((await screen.findByTestId("rules-off")).textContent).toBe(id);
      results = await runValidation();
      await waitFor(() => expect(allRules().textContent).toBe(`All rules (${ran - 1})`));
      // The group stays open across runs.
      const after = within(results).getByRole("grid", { name: "All rules" });
      expect(after.textContent).not.toContain(id);
      expect(within(results).getByTestId("validate-counts").textContent).toContain("4 errors");
    },
    SLOW,
  );

  it(
    "pre-selects the first table with the kind its headers suggest",
    async () => {
      renderPanel(books());
      const table = await screen.findByTestId("validate-table");
      expect(table.textContent).toContain("Journal · Ledger / journal · 5 rows");
      const kind = screen.getByTestId("validate-kind") as HTMLSelectElement;
      expect(kind.value).toBe("auto");
      expect(kind.selectedOptions[0]?.textContent).toBe("Detect from the headers: Ledger / journal");
      fireEvent.click(within(await screen.findByTestId("section-related")).getByRole("button"));
      expect(await screen.findByText("Chart (detected)")).toBeTruthy();
    },
    SLOW,
  );

  it(
    "counts a note (hidden rows checked) as no failure, without a “mostly” to be within",
    async () => {
      renderPanel(books((wb) => void wb.mustSheet("Ledger").hiddenRows.add(5)));
      const results = await runValidation();
      const hidden = within(results)
        .getAllByTestId("issue-group")
        .map((g) => g.textContent ?? "")
        .find((t) => t.includes("0 of 5 failed (0%)"));
      expect(hidden).toBeDefined();
      expect(hidden).not.toContain("mostly");
    },
    SLOW,
  );

  it(
    "runs, groups the findings by rule with counts, and selects a cell on click",
    async () => {
      const port = books();
      renderPanel(port);
      const results = await runValidation();
      expect(screen.getByTestId("validate-verdict").textContent).toBe("Not valid");
      expect(within(results).getByTestId("validate-counts").textContent).toContain("4 errors");
      const groups = within(results).getAllByTestId("issue-group");
      const titles = groups.map((g) => g.textContent ?? "");
      expect(
        titles.some(
          (t) => t.includes("Account found in the chart of accounts") && t.includes("1 of 5 failed (20%)"),
        ),
      ).toBe(true);
      expect(titles.some((t) => t.includes("Entries balance"))).toBe(true);
      // The first group is open: its cells are buttons that select the cell in the workbook.
      const cell = within(groups[0]!).getAllByRole("button", { name: /^Select cell/ })[0]!;
      await act(async () => fireEvent.click(cell));
      await waitFor(() => expect(port.workbook.selection?.sheet).toBe("Ledger"));
      expect(cell.textContent).toBe(port.workbook.selection?.address);
    },
    SLOW,
  );

  it(
    "marks the cells, clears exactly those marks, and writes the report sheet",
    async () => {
      const port = books();
      renderPanel(port);
      await runValidation();
      const fill = (a1: string) => {
        const m = /^([A-Z])(\d+)$/.exec(a1)!;
        return (
          port.workbook
            .mustSheet("Ledger")
            .cells.get((Number(m[2]) - 1) * 16_384 + (m[1]!.charCodeAt(0) - 65))?.fill ?? null
        );
      };
      await act(async () => fireEvent.click(screen.getByTestId("validate-mark")));
      await waitFor(() => expect(fill("D7")).toBe("#FFC7CE"));
      expect(await screen.findByText(/^Marked 4 cells/)).toBeTruthy();
      await act(async () => fireEvent.click(screen.getByTestId("validate-clear")));
      await waitFor(() => expect(fill("D7")).toBeNull());
      // Once cleared, "Marked 4 cells" is no longer true: the clearing's message takes its place.
      expect(statusTexts().filter((t) => /^(Marked|Cleared)/.test(t))).toHaveLength(1);
      expect(screen.queryByText(/^Marked 4 cells/)).toBeNull();
      await act(async () => fireEvent.click(screen.getByTestId("validate-report")));
      await waitFor(() => expect(port.workbook.sheets.map((s) => s.name)).toContain("Validation – Journal"));
      expect(await screen.findByText(/^Wrote sheet 'Validation – Journal'/)).toBeTruthy();
    },
    SLOW,
  );

  it(
    "keeps 'Do not check' with the rules: the run skips that lookup and saving stores the choice",
    async () => {
      const services = renderPanel(books());
      fireEvent.click(within(await screen.findByTestId("section-related")).getByRole("button"));
      const chart = await screen.findByLabelText("Chart of accounts table");
      await act(async () => fireEvent.change(chart, { target: { value: "\u0000none" } }));
      expect(await screen.findByText(/^Not checked \(your choice, kept with the rules\)/)).toBeTruthy();
      const results = await runValidation();
      const titles = within(results)
        .getAllByTestId("issue-group")
        .map((g) => g.textContent ?? "");
      expect(titles.some((t) => t.includes("Entries balance"))).toBe(true);
      expect(titles.some((t) => t.includes("chart of accounts"))).toBe(false);
      fireEvent.click(within(screen.getByTestId("section-rules")).getByRole("button"));
      const save = await screen.findByTestId("rules-save");
      await waitFor(() => expect(save.hasAttribute("disabled")).toBe(false));
      await act(async () => fireEvent.click(save));
      await waitFor(async () =>
        expect((await services.validation.loadTableRules("Journal")).rules.lookups).toEqual({
          chartOfAccounts: null,
        }),
      );
    },
    SLOW,
  );

  it(
    "says so, with a way to retry, when the tables cannot be listed",
    async () => {
      const port = books();
      let fail = true;
      const flaky = busyUntil(port, () => fail);
      renderPanel(flaky);
      expect(await screen.findByText("The workbook’s tables could not be listed")).toBeTruthy();
      expect(screen.getByText("Excel is busy; try again.")).toBeTruthy();
      fail = false;
      await act(async () => fireEvent.click(screen.getByText("Try again")));
      expect(await screen.findByTestId("validate-table")).toBeTruthy();
    },
    SLOW,
  );

  it(
    "reports a failed write as a message saying what to do, leaving the results in place",
    async () => {
      const port = books();
      const locked = portWith(port, {
        markCells: () =>
          Promise.reject(new Error("The sheet 'Ledger' is protected; unprotect it and run again.")),
      });
      renderPanel(locked);
      await runValidation();
      await act(async () => fireEvent.click(screen.getByTestId("validate-mark")));
      const error = await screen.findByTestId("status-error");
      expect(error.textContent).toContain("Mark cells failed");
      expect(error.textContent).toContain("unprotect it and run again");
      expect(screen.getByTestId("validate-results")).toBeTruthy();
    },
    SLOW,
  );

  it(
    "waits for the table's column mapping before it validates, so results never appear above a setup still to come",
    async () => {
      const services = renderPanel(books());
      // The mapping of the picked table arrives late, as on a busy machine.
      const prepare = services.validation.prepare.bind(services.validation);
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      services.validation.prepare = async (...args) => {
        await held;
        return prepare(...args);
      };
      const run = await screen.findByTestId("validate-run");
      await waitFor(() => expect(screen.getByTestId("validate-clear").hasAttribute("disabled")).toBe(false));
      expect(run.hasAttribute("disabled")).toBe(true);
      expect(screen.queryByTestId("section-mapping")).toBeNull();
      await act(async () => release());
      await screen.findByTestId("section-mapping");
      await waitFor(() => expect(run.hasAttribute("disabled")).toBe(false));
    },
    SLOW,
  );

  it(
    "renders hostile cell text as text (hazard 21)",
    async () => {
      const hostile = `<img src=x onerror="window.__pwned=1">`;
      renderPanel(
        books((wb) => {
          wb.putRows("Ledger", 9, 1, [[hostile, "JE-4", "1000", hostile, 1, null]]);
          wb.tables[0]!.area = { ...wb.tables[0]!.area, rows: 7 };
        }),
      );
      // The first group (the dates, most severe first) opens by itself.
      const results = await runValidation();
      expect(within(results).getAllByTestId("issue-group")[0]!.textContent).toContain("Date is a date");
      expect(results.querySelector("img")).toBeNull();
      expect(results.textContent).toContain(hostile);
      expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    },
    SLOW,
  );
});
