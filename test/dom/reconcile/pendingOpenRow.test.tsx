/**
 * A book row left open because the bank lists its payment as pending says so in the pane's list of open
 * rows, as its BO Note, the command line and the Reconciliation sheet do.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, within } from "@testing-library/react";
import { openItems } from "../../../src/services/reconciliation/views";
import { OpenGrid } from "../../../src/taskpane/panels/reconcile/OpenGrid";
import { runSides } from "../../support/runSides";
import { tableOf } from "../../support/tableLiteral";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" })`Date | Reference | Description | Amount
  2026-03-02 | INV-1041 | Harbour Foods | 4250.00
  2026-03-30 | UT-7781 | Metro Utilities | -98.40`;
const bank = tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Reference | Description | Amount
  2026-03-03 | Booked  | INV-1041 | HARBOUR FOODS | 4250.00
  2026-03-31 | Pending | UT-7781 | METRO UTILITIES | -98.40`;

describe("Reconcile panel: an open book row the bank lists as pending", () => {
  it("says where the bank has it, first among what is said about the row", async () => {
    const outcome = await runSides({ table: ledger }, { table: bank });
    const items = openItems(outcome, "left");
    expect(items.map((o) => [o.row, o.pendingAt, o.findings])).toEqual([
      [3, 3, ["Pending at Bank: row 3, not booked yet"]],
    ]);
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <OpenGrid
          side="left"
          name="Ledger"
          otherName="Bank"
          items={items}
          total={items.length}
          selected={new Set()}
          onSelect={() => undefined}
          onShow={() => undefined}
          onPair={() => undefined}
        />
      </FluentProvider>,
    );
    expect(within(container).getByTestId("open-left").textContent).toContain(
      "2026-03-30 · Pending at Bank: row 3, not booked yet",
    );
  });
});
