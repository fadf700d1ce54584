/** The demo's workbook preview: sheets as tabs, selection followed, marks shown, cell text as text. */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createDemoWorkbook } from "../../src/services/demo/demoWorkbook";
import { observeDemoWorkbook } from "../../src/services/demo/demoView";
import { WorkbookPreview } from "../../src/taskpane/demo/WorkbookPreview";

function setup() {
  const { port, view } = observeDemoWorkbook(createDemoWorkbook());
  render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookPreview view={view} />
    </FluentProvider>,
  );
  return port;
}

describe("WorkbookPreview", () => {
  it("shows the sample sheets and the first one's cells as Excel would show them", () => {
    setup();
    expect(screen.getByTestId("sheet-tab-Ledger")).toBeTruthy();
    const grid = screen.getByTestId("grid-Ledger");
    expect(grid.querySelector('[data-address="A2"]')?.textContent).toBe("2026-03-02");
    expect(grid.querySelector('[data-address="E2"]')?.textContent).toBe("4,250.00");
  });

  it("switches sheets and follows a selected cell to its sheet", async () => {
    const port = setup();
    fireEvent.click(screen.getByTestId("sheet-tab-Items"));
    expect(screen.getByTestId("grid-Items")).toBeTruthy();
    await act(async () => port.selectCell("Bank", "D5"));
    const cell = screen.getByTestId("grid-Bank").querySelector('[data-address="D5"]');
    expect(cell?.getAttribute("data-selected")).toBe("true");
  });

  it("shows marks written through the port, and their removal", async () => {
    const port = setup();
    await act(async () => {
      await port.markCells({
        key: "t",
        cells: [{ sheet: "Ledger", address: "B3", note: "<b>not bold</b>", severity: "error" }],
      });
    });
    const marked = () => screen.getByTestId("grid-Ledger").querySelector('[data-address="B3"]');
    expect(marked()?.getAttribute("data-fill")).toMatch(/^#/);
    expect(marked()?.getAttribute("data-note")).toBe("<b>not bold</b>");
    expect(marked()?.querySelector("b")).toBeNull();
    await act(async () => {
      await port.clearMarks("t");
    });
    expect(marked()?.getAttribute("data-fill")).toBeNull();
  });
});
