/**
 * The statement box says the engine's remarks on its statement: the advice on what stays unexplained
 * (rows that could not be read, a closing balance, a missing opening balance), one side's signs running
 * the other way and a closing balance that disagrees; and "nothing is unexplained" only when nothing warns.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, within } from "@testing-library/react";
import { reconcileTables, type ReconcileResult, type Statement } from "../../../src/core/reconcile";
import { bareMessage } from "../../../src/core/issues";
import { StatementView } from "../../../src/taskpane/panels/reconcile/StatementView";
import { runTables } from "../../support/reconcile";
import { tableOf } from "../../support/tableLiteral";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

const books = ledger`Date | Reference | Description | Amount
                     2026-03-02 | INV-1041 | Harbour Foods | 4250.00
                     2026-03-03 | BILL-552 | Greenline | -1875.40
                     2026-03-05 | RENT-03 | City Properties | -3200.00
                     2026-03-09 | INV-1044 | Blue Fin Cafe | 615.75
                     2026-03-12 | PAY-0312 | Payroll | -9640.00
                     2026-03-16 | UT-7781 | Metro Utilities | -412.66
                     2026-03-20 | INV-1049 | Oak & Iron | 5100.00`;
/** The same month as the bank has it. */
const month = bank`Date | Reference | Description | Amount
                   2026-03-03 | INV-1041 | HARBOUR FOODS | 4250.00
                   2026-03-05 | BILL-552 | GREENLINE | -1875.40
                   2026-03-05 | RENT-03 | CITY PROPERTIES | -3200.00
                   2026-03-10 | INV-1044 | BLUE FIN CAFE | 615.75
                   2026-03-12 | PAY-0312 | PAYROLL | -9640.00
                   2026-03-18 | UT-7781 | METRO UTILITIES | -412.66
                   2026-03-21 | INV-1049 | OAK & IRON | 5100.00`;
/** That month read with its signs the other way round. */
const turned = bank`Date | Reference | Description | Amount
                    2026-03-03 | INV-1041 | HARBOUR FOODS | -4250.00
                    2026-03-05 | BILL-552 | GREENLINE | 1875.40
                    2026-03-05 | RENT-03 | CITY PROPERTIES | 3200.00
                    2026-03-10 | INV-1044 | BLUE FIN CAFE | -615.75
                    2026-03-12 | PAY-0312 | PAYROLL | 9640.00
                    2026-03-18 | UT-7781 | METRO UTILITIES | 412.66
                    2026-03-21 | INV-1049 | OAK & IRON | -5100.00`;

const only = (r: ReconcileResult): Statement => {
  expect(r.statements).toHaveLength(1);
  return r.statements[0] as Statement;
};

/** Renders the statement as the pane does and returns its box, found by its accessible name. */
function show(statement: Statement): HTMLElement {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <StatementView statement={statement} />
    </FluentProvider>,
  );
  return within(container).getByRole("region", { name: /^Statement/ });
}

/** The issue of `code` among the statement's remarks, as the engine worded it. */
const remark = (st: Statement, code: string) => {
  const found = st.remarks.find((i) => i.code === code);
  if (found === undefined) throw new Error(`no ${code} among ${st.remarks.map((i) => i.code).join(", ")}`);
  return found;
};

const remarkBars = (box: HTMLElement) => within(box).queryAllByTestId(/^remark-/);

/** True when `a` comes before `b` in the document. */
const before = (a: HTMLElement, b: HTMLElement) =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe("the statement box and its remarks", () => {
  it("says which rows could not be read as the advice on what stays unexplained", () => {
    const unreadable = ledger`Date | Reference | Description | Amount
                              2026-03-02 | INV-1 | Oscar | 500.00
                              31/02/2026 | INV-2 | Papa | 615.75
                              2026-03-05 | INV-3 | Quebec | "1,8754.0"
                              2026-03-06 | INV-4 | Romeo | 300.00
                              | INV-5 | Sierra | 45.00`;
    const statement = bank`Date | Reference | Description | Amount
                           2026-03-02 | INV-1 | OSCAR | 500.00
                           2026-03-03 | INV-2 | PAPA | 615.75
                           2026-03-06 | INV-3 | QUEBEC | 187.54
                           2026-03-06 | INV-4 | ROMEO | 300.00
                           2026-03-07 | INV-5 | SIERRA | 45.00
                           2026-03-08 | INV-6 | TANGO | abc`;
    const out = reconcileTables(unreadable, statement, {
      balances: { leftOpening: 100000, rightOpening: 100000, rightClosing: 266829 },
    });
    if (!out.ok) throw new Error("not read");
    const st = only(out.result);
    const box = show(st);
    const bar = within(box).getByTestId("unexplained");
    expect(bar.textContent).toBe(
      "20.00 is unexplained20.00 remains unexplained between Ledger and Bank, and 3 rows of Ledger (rows 3, 4 and 6; 2 of them with readable amounts, 660.75 in all) and 1 row of Bank (row 7) could not be read, so they are in no balance and match nothing: correct them and run again before looking further.",
    );
    expect(bar.textContent).not.toContain("Check both opening balances");
    // The bank's closing holds the row it could not read: said by a bar of its own, above the advice.
    const closing = within(box).getByTestId("remark-recon_closing_disagrees");
    expect(closing.textContent).toBe(bareMessage(remark(st, "recon_closing_disagrees")));
    expect(before(closing, bar)).toBe(true);
  });

  it("warns when one side's signs run the other way, and does not say that nothing is unexplained", () => {
    const st = only(runTables(books, turned));
    expect(st.unexplained).toBe(0);
    const box = show(st);
    const bar = within(box).getByTestId("remark-recon_signs_opposite");
    expect(bar.textContent).toBe(
      'Of the amounts of Ledger that Bank has too, 7 appear there only with the opposite sign and 0 with the same sign: the signs of one side seem to run the other way (money in read as money out), so its pairs are not explained. Check which of debit and credit is money in for Ledger and for Bank, or flip the sign of one side (in a rules file, "sign": "flip" under "left" or "right"), and run again.',
    );
    expect(remarkBars(box)).toHaveLength(1);
    expect(within(box).queryByTestId("unexplained")).toBeNull();
    expect(box.textContent).not.toContain("Nothing is unexplained");
  });

  it("says every difference is accounted for only when no remark warns", () => {
    const st = only(runTables(books, month));
    expect(st.remarks).toEqual([]);
    const box = show(st);
    expect(within(box).getByTestId("unexplained").textContent).toBe(
      "Nothing is unexplained: every difference is accounted for above.",
    );
    expect(remarkBars(box)).toEqual([]);
    // The same month with the bank's signs turned: the caption gives way to the warning.
    const turnedBox = show(only(runTables(books, turned)));
    expect(remarkBars(turnedBox).map((b) => b.getAttribute("data-testid"))).toEqual([
      "remark-recon_signs_opposite",
    ]);
    expect(turnedBox.textContent).not.toContain("every difference is accounted for");
  });

  it("shows a closing balance that disagrees above the advice that points at it", () => {
    const st = only(
      runTables(books, month, {
        // The rows make -5,162.31: from 1,000.00 they reach -4,162.31, not the -4,157.31 typed.
        balances: { leftOpening: 100000, leftClosing: -415731, rightOpening: 100000 },
      }),
    );
    expect(st.remarks.map((i) => i.code)).toEqual(["recon_closing_disagrees", "recon_unexplained_closing"]);
    const box = show(st);
    const closing = within(box).getByTestId("remark-recon_closing_disagrees");
    expect(closing.textContent).toBe(
      "The closing balance of Ledger is -4,157.31, but its opening balance 1,000.00 plus its rows make -4,162.31 (5.00 apart); check the closing balance, or look for a missing, duplicated or mistyped row in Ledger (the statement takes the closing balance as given).",
    );
    const bar = within(box).getByTestId("unexplained");
    expect(bar.textContent).toBe(
      "-5.00 is unexplained-5.00 remains unexplained between Ledger and Bank, exactly the 5.00 by which the closing balance of Ledger exceeds its opening balance plus its rows: check that closing balance and run again.",
    );
    expect(before(closing, bar)).toBe(true);
    expect(remarkBars(box)).toHaveLength(1);
  });

  it("names the table without an opening balance when that is the whole difference", () => {
    const st = only(runTables(books, month, { balances: { rightOpening: 100000 } }));
    const box = show(st);
    expect(within(box).getByTestId("unexplained").textContent).toBe(
      "Ledger has no opening balance1,000.00 remains unexplained, exactly the opening balance of Bank, while Ledger has none: give the opening balance of Ledger and run again.",
    );
    expect(remarkBars(box)).toEqual([]);
  });
});
