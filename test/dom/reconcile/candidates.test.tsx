/**
 * The Reconcile panel's candidates, as a user meets them in jsdom: an ambiguous suggestion compared with
 * its candidates (one-to-one, a split, a many:many group), and another one matched by hand instead.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { runBookAgainstBank, STREAMING_TWINS } from "./harness";

const badges = () => screen.getByTestId("reconcile-summary").textContent ?? "";

describe("Reconcile panel: Compare the candidates", () => {
  it("compares an ambiguous suggestion with its candidates and matches another one instead", async () => {
    const results = await runBookAgainstBank(STREAMING_TWINS.book, STREAMING_TWINS.bank);
    expect(badges()).toContain("2 suggested");
    expect(results.textContent).toContain(
      "2 suggestions are ambiguous: check each and accept it on its own.",
    );
    const compare = within(results).getAllByTestId(/^compare-M-/)[0]!;
    const id = compare.getAttribute("data-testid")!.slice("compare-".length);
    await act(async () => fireEvent.click(compare));
    const panel = screen.getByTestId("candidates");
    expect(panel.textContent).toContain(`Candidates for ${id}`);
    expect(document.activeElement).toBe(screen.getByTestId("candidates-close"));
    const forBook = within(panel).getByTestId("candidates-left").textContent ?? "";
    expect(forBook).toMatch(
      /^Rows of Bank within the amount and date limits of the rule [a-z-]+ for Book row [23] \(2026-03-02, -9\.99\):/,
    );
    expect(forBook).toMatch(/2026-03-03 \(\+1 day\) · -9\.99 · suggested in M-/);
    // Book and Bank both start with B: rows are named Bo… and Ba….
    expect(forBook).toMatch(/\):Ba[23]STREAMING/);
    expect(within(results).getAllByRole("button", { name: /^Show Book row [23]$/ })[0]?.textContent).toMatch(
      /^Bo[23]$/,
    );
    const choice = within(within(panel).getByTestId("candidates-left")).getByRole("button", {
      // Each button names the candidate it matches, though its text is the same on every one.
      name: /^Match Bank row [23] with Book row [23]$/,
    });
    await act(async () => fireEvent.click(choice));
    // The chosen pair is confirmed by hand; the twins left are unique now, so a rule confirms them.
    await waitFor(() => expect(badges()).toContain("2 confirmed"));
    expect(badges()).toContain("0 suggested");
    expect(screen.queryByTestId("candidates")).toBeNull();
    expect(screen.getByTestId("reconcile-decisions").textContent).toContain("1 match made by hand");
  });

  it("compares an ambiguous split with the other groups that sum to its row and matches one instead", async () => {
    // A deposit of 200.00 from Acme and four open Acme invoices of 100.00 in the week before: any two
    // of them make the deposit, so the split the rules find is ambiguous.
    const results = await runBookAgainstBank(
      [
        ["Date", "Amount", "Description"],
        ["2026-03-02", 100, "Acme invoice 1"],
        ["2026-03-03", 100, "Acme invoice 2"],
        ["2026-03-04", 100, "Acme invoice 3"],
        ["2026-03-05", 100, "Acme invoice 4"],
      ],
      [
        ["Date", "Amount", "Description"],
        ["2026-03-06", 200, "Acme invoice"],
      ],
    );
    expect(badges()).toContain("1 suggested");
    const compare = within(results).getByTestId(/^compare-M-/);
    const id = compare.getAttribute("data-testid")!.slice("compare-".length);
    await act(async () => fireEvent.click(compare));
    const panel = screen.getByTestId("candidates");
    expect(panel.textContent).toContain(`Candidates for ${id}`);
    expect(document.activeElement).toBe(screen.getByTestId("candidates-close"));
    const groups = within(panel).getByTestId("candidates-groups");
    expect(groups.textContent).toMatch(
      /^Other groups of Book rows that sum to Bank row 2 \(2026-03-06, 200\.00\) within the amount and date limits of the rule split-book, fewest rows first:/,
    );
    // Six pairs of four invoices, less the one suggested.
    expect(within(groups).getAllByTestId(/^group-\d$/)).toHaveLength(5);
    // The bank row names no party: the rows looked at are the nearest in date.
    expect(groups.textContent).toContain("Looked at 4 Book rows: the nearest in date.");
    const first = within(groups).getByTestId("group-0");
    expect(first.textContent).toMatch(/^2 rows, together 200\.00/);
    expect(first.textContent).toMatch(/2026-03-0\d \(−\d days?\) · 100\.00 · (open|in this suggestion)/);
    const chosen = within(first)
      .getAllByRole("button", { name: /^Show Book row \d$/ })
      .map((b) => b.getAttribute("aria-label")!.slice("Show Book row ".length))
      .sort();
    await act(async () =>
      fireEvent.click(
        within(first).getByRole("button", { name: `Match Book rows ${chosen.join(", ")} with Bank row 2` }),
      ),
    );
    // The chosen group is matched by hand; the two invoices left stay open.
    await waitFor(() => expect(badges()).toContain("1 confirmed"));
    expect(badges()).toContain("0 suggested");
    expect(screen.queryByTestId("candidates")).toBeNull();
    expect(screen.getByTestId("reconcile-decisions").textContent).toContain("1 match made by hand");
    await act(async () => fireEvent.click(screen.getByTestId("tab-confirmed")));
    const shown = within(screen.getByTestId("reconcile-results"))
      .getAllByRole("button", { name: /^Show Book row \d$/ })
      .map((b) => b.getAttribute("aria-label")!.slice("Show Book row ".length))
      .sort();
    expect(shown).toEqual(chosen);
  });

  it("compares an ambiguous many:many group with the other groups netting to the same sum and matches one", async () => {
    // Acme's Alpha invoices (110.00, 190.00) and Beta invoices (35.00, 45.00), paid as two 150.00 for
    // Alpha and 25.00 + 55.00 for Beta: all of Acme nets, and so do Alpha and Beta alone.
    const results = await runBookAgainstBank(
      [
        ["Date", "Party", "Amount", "Description"],
        ["2026-03-02", "Acme Ltd", 110, "Alpha project"],
        ["2026-03-03", "Acme Ltd", 190, "Alpha project"],
        ["2026-03-02", "Acme Ltd", 35, "Beta project"],
        ["2026-03-03", "Acme Ltd", 45, "Beta project"],
      ],
      [
        ["Date", "Amount", "Description"],
        ["2026-03-05", 150, "ALPHA PROJECT ACME LTD"],
        ["2026-03-06", 150, "ALPHA PROJECT ACME LTD"],
        ["2026-03-05", 25, "BETA PROJECT ACME LTD"],
        ["2026-03-06", 55, "BETA PROJECT ACME LTD"],
      ],
    );
    expect(badges()).toContain("1 suggested");
    const compare = within(results).getByTestId(/^compare-M-/);
    await act(async () => fireEvent.click(compare));
    const panel = screen.getByTestId("candidates");
    const net = within(panel).getByTestId("candidates-net");
    expect(net.textContent).toMatch(
      /^Other groups of rows of both sides that net to the same sum within the amount and date limits of the rule groups and share a row with this suggestion, fewest rows first \(days from 2026-03-02\):/,
    );
    expect(net.textContent).toContain("Looked at 4 Book and 4 Bank rows");
    const alpha = within(net)
      .getAllByTestId(/^net-group-\d$/)
      .find((g) => g.textContent?.startsWith("2 Book and 2 Bank rows, each side together 300.00"));
    expect(alpha).toBeDefined();
    await act(async () =>
      fireEvent.click(
        within(alpha!).getByRole("button", { name: "Match Book rows 2, 3 with Bank rows 2, 3" }),
      ),
    );
    // Alpha is matched by hand; Beta, alone now, is suggested again by the groups rule.
    await waitFor(() => expect(badges()).toContain("1 confirmed"));
    expect(badges()).toContain("1 suggested");
    expect(screen.queryByTestId("candidates")).toBeNull();
    expect(screen.getByTestId("reconcile-decisions").textContent).toContain("1 match made by hand");
  });
});
