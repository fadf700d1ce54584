/**
 * The review grids' keyboard structure in jsdom over the demo workbook: each review action a cell of its
 * own that the arrow keys land on, the cells holding several buttons entered with Enter, and focus kept
 * in the list when a decision takes its row away.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { demoBooks, renderPanel, runBookAgainstBank, typeOpeningAndRun, STREAMING_TWINS } from "./harness";

/** A run and a decision or two over the demo in jsdom can take tens of seconds on a busy machine. */
const SLOW = 60_000;
const badges = () => screen.getByTestId("reconcile-summary").textContent ?? "";
/** The grid cell holding an element. */
const cellOf = (e: HTMLElement) => e.closest<HTMLElement>('[role="gridcell"]')!;
/** A cell entered with Enter and left with Escape: focusable itself, a tabster group around its buttons. */
const isGroup = (cell: HTMLElement) =>
  cell.getAttribute("tabindex") === "0" && (cell.getAttribute("data-tabster") ?? "").includes("groupper");

describe("Review grids by keyboard", () => {
  it(
    "gives each review action a cell of its own and groups the rows and the reason",
    async () => {
      renderPanel(demoBooks());
      const results = await typeOpeningAndRun();
      const grid = within(results).getByRole("grid", { name: "Suggested matches" });
      const row = within(grid).getAllByTestId(/^match-M-/)[0]!;
      const cells = within(row).getAllByRole("gridcell");
      expect(cells.map((c) => c.getAttribute("data-column"))).toEqual(["match", "why", "accept", "reject"]);
      // The arrows land on the action itself: its cell is not a stop of its own.
      for (const kind of ["accept", "reject"]) {
        const action = within(row).getByTestId(new RegExp(`^${kind}-M-`));
        expect(cellOf(action).hasAttribute("tabindex")).toBe(false);
        expect(action.getAttribute("data-action")).toBe(kind);
      }
      expect(isGroup(cellOf(within(row).getByRole("button", { name: "Show Ledger row 8" })))).toBe(true);
      expect(isGroup(cells[1]!)).toBe(true);
      // The action columns are named for screen readers, though too narrow to show it.
      expect(
        within(grid)
          .getAllByRole("columnheader")
          .map((h) => h.textContent),
      ).toEqual(["Rows · amount", "Why · date", "Accept", "Reject"]);
    },
    SLOW,
  );

  it(
    "puts focus on the next row's Accept after accepting, and on the list when none is left",
    async () => {
      renderPanel(demoBooks());
      const results = await typeOpeningAndRun();
      const [first, second] = within(results).getAllByTestId(/^accept-M-/);
      const next = second!.getAttribute("data-testid")!;
      first!.focus();
      await act(async () => fireEvent.click(first!));
      await waitFor(() => expect(badges()).toContain("12 confirmed"));
      await waitFor(() => expect(document.activeElement?.getAttribute("data-testid")).toBe(next));
      await act(async () => fireEvent.click(document.activeElement as HTMLElement));
      await waitFor(() => expect(badges()).toContain("0 suggested"));
      await waitFor(() =>
        expect(document.activeElement).toBe(within(results).getByRole("grid", { name: "Suggested matches" })),
      );
    },
    SLOW,
  );

  it(
    "puts focus on the Unmatch of the row that took the unmatched one's place",
    async () => {
      renderPanel(demoBooks());
      const results = await typeOpeningAndRun();
      await act(async () => fireEvent.click(screen.getByTestId("tab-confirmed")));
      const unmatch = within(results).getAllByTestId(/^unmatch-M-/);
      const next = unmatch[3]!.getAttribute("data-testid")!;
      unmatch[2]!.focus();
      await act(async () => fireEvent.click(unmatch[2]!));
      await waitFor(() => expect(badges()).toContain("10 confirmed"));
      await waitFor(() => expect(document.activeElement?.getAttribute("data-testid")).toBe(next));
    },
    SLOW,
  );

  it(
    "returns focus to Compare when the candidates close, and to the list when a match empties it",
    async () => {
      const results = await runBookAgainstBank(STREAMING_TWINS.book, STREAMING_TWINS.bank);
      const compare = within(results).getAllByTestId(/^compare-M-/)[0]!;
      expect(isGroup(cellOf(compare))).toBe(true);
      compare.focus();
      await act(async () => fireEvent.click(compare));
      expect(document.activeElement).toBe(screen.getByTestId("candidates-close"));
      await act(async () => fireEvent.click(screen.getByTestId("candidates-close")));
      await waitFor(() => expect(document.activeElement).toBe(compare));
      await act(async () => fireEvent.click(compare));
      const panel = screen.getByTestId("candidates");
      const choice = within(panel).getAllByRole("button", {
        name: /^Match Bank row [23] with Book row [23]$/,
      });
      choice[0]!.focus();
      await act(async () => fireEvent.click(choice[0]!));
      await waitFor(() => expect(badges()).toContain("0 suggested"));
      await waitFor(() =>
        expect(document.activeElement).toBe(within(results).getByRole("grid", { name: "Suggested matches" })),
      );
    },
    SLOW,
  );

  it(
    "groups an open row's buttons in its item cell, beside its amount",
    async () => {
      renderPanel(demoBooks());
      const results = await typeOpeningAndRun();
      await act(async () => fireEvent.click(screen.getByTestId("tab-open")));
      const show = within(results).getByRole("button", { name: "Show Ledger row 30" });
      const row = show.closest<HTMLElement>('[role="row"]')!;
      const [amount, item] = within(row)
        .getAllByRole("gridcell")
        .filter((c) => c.hasAttribute("data-column"));
      expect(amount!.getAttribute("tabindex")).toBe("0");
      expect(isGroup(amount!)).toBe(false);
      expect(item).toBe(cellOf(show));
      expect(isGroup(item!)).toBe(true);
    },
    SLOW,
  );
});
