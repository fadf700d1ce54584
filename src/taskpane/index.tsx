/** Task pane entry: wait for Office, pick the Excel or the demo workbook, then render the app. */
import { createRoot, type Root } from "react-dom/client";
import { App } from "./app/App";
import { detectHost } from "./boot/officeHost";
import { NoOfficeMessage } from "./boot/NoOfficeMessage";
import { createDemoServices, createExcelServices } from "./boot/compose";
import { workflowPanels } from "./boot/panels";

function prefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

async function renderDemo(root: Root): Promise<void> {
  const services = await createDemoServices();
  root.render(<App services={services} dark={prefersDark()} panels={workflowPanels(services)} />);
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const host = await detectHost();
  switch (host.kind) {
    case "excel": {
      const services = await createExcelServices();
      root.render(<App services={services} dark={host.dark ?? false} panels={workflowPanels(services)} />);
      return;
    }
    case "browser":
      await renderDemo(root);
      return;
    case "no-office":
      root.render(<NoOfficeMessage onOpenDemo={() => void renderDemo(root)} />);
      return;
    default: {
      const never: never = host.kind;
      throw new Error(`unknown host ${String(never)}`);
    }
  }
}

function showStartupFailure(e: unknown): void {
  const el = document.getElementById("boot-message");
  if (el)
    el.textContent = `Back Office Toolkit could not start: ${e instanceof Error ? e.message : String(e)}`;
}

start().catch(showStartupFailure);
