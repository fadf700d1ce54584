/**
 * What the status area says over a reconciliation's life: each of its operations (run, Apply, Revert)
 * shows its newest outcome only, so a cancelled run or a failed revert does not stay beside the later
 * run or revert that worked.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { portWith } from "../support/portWith";
import { statusTexts } from "../support/statusTexts";
import { demoBooks, renderPanel, typeOpeningAndRun } from "./harness";

/** A run, an Apply and two reverts over the demo in jsdom: minutes on a busy machine. */
const SLOW = 240_000;

const idle = () =>
  waitFor(() => expect(screen.getByTestId("reconcile-run").hasAttribute("disabled")).toBe(false), {
    timeout: 60_000,
  });

it(
  "replaces a cancelled run by the run that worked, and a failed revert by the revert that worked",
  async () => {
    const port = demoBooks();
    let hold = false;
    let failRevert = false;
    const tested = portWith(port, {
      // While held, reading a table waits until the task is cancelled.
      readTable: (ref, opts) =>
        hold
          ? new Promise((_, reject) =>
              opts?.signal?.addEventListener("abort", () =>
                reject(new DOMException("The run was cancelled.", "AbortError")),
              ),
            )
          : port.readTable(ref, opts),
      revertLast: (opts) =>
        failRevert ? Promise.reject(new Error("Excel is busy; try again.")) : port.revertLast(opts),
    });
    renderPanel(tested);
    const opening = await screen.findByTestId("opening-left", {}, { timeout: 10_000 });
    await act(async () => fireEvent.change(opening, { target: { value: "18,420.35" } }));
    await idle();
    hold = true;
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-run")));
    const area = screen.getByTestId("status-area");
    const cancel = await within(area).findByRole("button", { name: "Cancel" }, { timeout: 10_000 });
    await act(async () => fireEvent.click(cancel));
    await waitFor(() => expect(statusTexts()).toEqual(["Reconcile: cancelled"]));
    hold = false;
    await typeOpeningAndRun();
    await waitFor(() => expect(statusTexts()).toEqual(["Reconciled11 confirmed, 2 suggested, 2 + 2 open."]));
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-apply")));
    await screen.findByTestId("reconcile-applied", {}, { timeout: 60_000 });
    expect(statusTexts()[0]).toMatch(/^Applied/);
    expect(statusTexts()).toHaveLength(2);
    failRevert = true;
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-revert")));
    await waitFor(() =>
      expect(statusTexts()[0]).toBe("Revert the reconciliation failedExcel is busy; try again."),
    );
    failRevert = false;
    await idle();
    await act(async () => fireEvent.click(screen.getByTestId("reconcile-revert")));
    await waitFor(() => expect(statusTexts()[0]).toMatch(/^RevertedTook back 3 changes/));
    expect(statusTexts()).toEqual([
      "RevertedTook back 3 changes: the workbook is as before Apply.",
      "Reconciled11 confirmed, 2 suggested, 2 + 2 open.",
    ]);
  },
  SLOW,
);
