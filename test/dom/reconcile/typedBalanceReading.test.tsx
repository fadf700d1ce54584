/**
 * Typed balances in the Reconcile panel read as the service reads them (readTypedBalance): DR/CR in the
 * side's own sign convention, and doubtful text (more decimals than the currency has, another currency)
 * refused under the field, naming the side and the balance, with Run waiting as for text that does not read.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { demoBooks, renderPanel } from "./harness";

const disabled = (id: string) => screen.getByTestId(id).hasAttribute("disabled");

async function typeOpening(text: string): Promise<void> {
  const opening = await screen.findByTestId("opening-left", {}, { timeout: 5000 });
  await act(async () => fireEvent.change(opening, { target: { value: text } }));
}

describe("Reconcile panel: typed balances read in the side's conventions", () => {
  it("reads the ledger's DR opening as money in, where debit is money in", async () => {
    renderPanel(demoBooks());
    await typeOpening("18,420.35 DR");
    expect(disabled("reconcile-run")).toBe(false);
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-run")));
    const results = await screen.findByTestId("reconcile-results", {}, { timeout: 5000 });
    expect(within(results).getByTestId("unexplained").textContent).toContain("Nothing is unexplained");
  });

  it.each([
    ["18,420.355", 'The opening balance of Ledger: "18,420.355" has more decimals than USD has (2).'],
    [
      "€18,420.35",
      'The opening balance of Ledger: "€18,420.35" is in EUR, but this reconciliation is in USD.',
    ],
    [
      "18.420",
      'The opening balance of Ledger: "18.420" has more decimals than USD has (2); if the "." separates thousands, type 18420.',
    ],
  ])("refuses %s under the field and waits to run", async (text, message) => {
    renderPanel(demoBooks());
    await typeOpening(text);
    expect(screen.getByTestId("balances-left").textContent).toContain(message);
    expect(disabled("reconcile-run")).toBe(true);
    expect(screen.getByTestId("reconcile-run-blocked").textContent).toBe(
      "Correct the opening balance of Ledger to run.",
    );
  });
});
