/** The task pane shell in jsdom: header and demo notice, navigation, hostile cell text rendered as text. */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/app/App";
import { createServices, type Services } from "../../src/services/services";
import type { WorkbookPort } from "../../src/workbook/port";
import { useStatus } from "../../src/taskpane/state/status";

/** A port that fails loudly if the shell touches the workbook it has no reason to touch. */
function untouchedWorkbook(): WorkbookPort {
  const refuse = () => Promise.reject(new Error("the shell must not call the workbook"));
  return {
    host: "memory",
    listTables: refuse,
    readTable: refuse,
    dateSystem: refuse,
    writeSheet: refuse,
    writeResultColumns: refuse,
    markCells: refuse,
    clearMarks: refuse,
    lastOperation: () => null,
    revertLast: refuse,
    getSetting: refuse,
    setSetting: refuse,
    selectCell: refuse,
  };
}

const services = (mode: "excel" | "demo"): Services => createServices(untouchedWorkbook(), mode);

describe("App shell", () => {
  it("shows the demo notice in demo mode and not in Excel", () => {
    const { unmount } = render(<App services={services("demo")} dark={false} />);
    expect(screen.getByTestId("demo-notice").textContent).toContain("Demo on sample data");
    expect(screen.getByTestId("mode-badge").textContent).toBe("Demo");
    unmount();
    render(<App services={services("excel")} dark={false} />);
    expect(screen.queryByTestId("demo-notice")).toBeNull();
    expect(screen.getByTestId("mode-badge").textContent).toBe("Excel");
  });

  it("navigates between the five workflows, each saying what it does", () => {
    render(<App services={services("demo")} dark={false} />);
    for (const id of ["reconcile", "reports", "inventory", "calendar", "validate"]) {
      fireEvent.click(screen.getByTestId(`nav-${id}`));
      const panel = screen.getByTestId(`panel-${id}`);
      expect(panel.textContent?.toLowerCase()).not.toContain("todo");
      expect((panel.textContent ?? "").length).toBeGreaterThan(80);
    }
  });

  it("says as it opens what it found about the workbook, and the message can be dismissed", () => {
    const notice = {
      intent: "info" as const,
      title: "Settings from the command line taken in",
      detail: "This workbook was saved by the bo command line: its validation rules now apply here too.",
    };
    render(<App services={createServices(untouchedWorkbook(), "excel", undefined, [notice])} dark={false} />);
    const bar = screen.getByTestId("status-info");
    expect(bar.textContent).toContain(notice.title);
    expect(bar.textContent).toContain(notice.detail);
    fireEvent.click(screen.getByRole("button", { name: /dismiss/i }));
    expect(screen.queryByTestId("status-info")).toBeNull();
  });

  it("uses a provided panel for a workflow", () => {
    render(
      <App services={services("demo")} dark={false} panels={{ reports: () => <p>custom reports</p> }} />,
    );
    fireEvent.click(screen.getByTestId("nav-reports"));
    expect(screen.getByTestId("panel-reports").textContent).toContain("custom reports");
  });

  it("renders hostile text from cells as text, never as markup (hazard 21)", async () => {
    const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
    function Reporter() {
      const { notify } = useStatus();
      return <button onClick={() => notify("error", hostile, hostile)}>report</button>;
    }
    render(<App services={services("demo")} dark={false} panels={{ validate: Reporter }} />);
    await act(async () => fireEvent.click(screen.getByText("report")));
    const area = screen.getByTestId("status-area");
    expect(area.querySelector("img")).toBeNull();
    expect(area.querySelector("script")).toBeNull();
    expect(area.textContent).toContain(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("refuses a second task while one runs (hazard 16)", async () => {
    let release: () => void = () => undefined;
    function Runner() {
      const { run } = useStatus();
      return (
        <button onClick={() => void run("Long task", () => new Promise<void>((r) => (release = r)))}>
          start
        </button>
      );
    }
    render(<App services={services("demo")} dark={false} panels={{ validate: Runner }} />);
    await act(async () => fireEvent.click(screen.getByText("start")));
    await act(async () => fireEvent.click(screen.getByText("start")));
    expect(screen.getByTestId("status-warning").textContent).toContain("Another task is still running");
    await act(async () => release());
  });
});
