/** Renders a workflow panel as the task pane does: theme, services by context, and the status area. */
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createServices, type Services } from "../../../src/services/services";
import { StatusArea } from "../../../src/taskpane/app/StatusArea";
import { ServicesContext } from "../../../src/taskpane/state/ServicesContext";
import { StatusProvider } from "../../../src/taskpane/state/status";
import type { WorkbookPort } from "../../../src/workbook/port";

export function renderWorkflow(panel: ReactNode, port: WorkbookPort): Services {
  const services = createServices(port, "demo");
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services}>
        <StatusProvider>
          {panel}
          <StatusArea />
        </StatusProvider>
      </ServicesContext.Provider>
    </FluentProvider>,
  );
  return services;
}
