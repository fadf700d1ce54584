/**
 * The status area shows the newest outcome of each operation: a task's cancellation or failure is
 * replaced by its later success (and the other way round), while other operations' messages stay.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StatusProvider, useStatus } from "../../src/taskpane/state/status";
import { statusTexts } from "./support/statusTexts";

/** A task that runs until released (then succeeds with a keyed message) or fails when told to. */
function Tasks() {
  const { run, notify, cancel, messages } = useStatus();
  const start = (label: string, key: string, outcome: "wait" | "fail" | "succeed") =>
    void run(
      label,
      (t) =>
        new Promise<void>((resolve, reject) => {
          if (outcome === "fail") return reject(new Error("The sheet is protected."));
          if (outcome === "succeed") {
            notify("success", `${label} done`, undefined, key);
            return resolve();
          }
          t.signal.addEventListener("abort", () => reject(new DOMException("Aborted", "AbortError")));
        }),
      key,
    );
  return (
    <>
      <button onClick={() => start("Reconcile", "counts", "wait")}>run and wait</button>
      <button onClick={() => start("Reconcile", "counts", "succeed")}>run</button>
      <button onClick={() => start("Revert", "apply", "fail")}>revert and fail</button>
      <button onClick={() => start("Revert", "apply", "succeed")}>revert</button>
      <button onClick={() => start("Import", "import", "succeed")}>import</button>
      <button onClick={cancel}>cancel</button>
      <section data-testid="status-area">
        {messages.map((m) => (
          <p key={m.id} data-testid={`status-${m.intent}`}>
            {m.title}
            {m.detail}
          </p>
        ))}
      </section>
    </>
  );
}

const click = (name: string) => act(async () => fireEvent.click(screen.getByText(name)));

describe("Status messages of an operation", () => {
  beforeEach(() =>
    render(
      <FluentProvider theme={webLightTheme}>
        <StatusProvider>
          <Tasks />
        </StatusProvider>
      </FluentProvider>,
    ),
  );

  it("replace a cancelled run with the later run that succeeded, leaving other operations' messages", async () => {
    await click("import");
    await click("run and wait");
    await click("cancel");
    await waitFor(() => expect(statusTexts()).toEqual(["Reconcile: cancelled", "Import done"]));
    await click("run");
    expect(statusTexts()).toEqual(["Reconcile done", "Import done"]);
    // And a success by the cancellation after it.
    await click("run and wait");
    await click("cancel");
    await waitFor(() => expect(statusTexts()).toEqual(["Reconcile: cancelled", "Import done"]));
  });

  it("replace a failure with the later success of the same operation", async () => {
    await click("run");
    await click("revert and fail");
    expect(statusTexts()).toEqual(["Revert failedThe sheet is protected.", "Reconcile done"]);
    await click("revert");
    expect(statusTexts()).toEqual(["Revert done", "Reconcile done"]);
  });
});
