/** The task pane: header, workflow navigation, the chosen workflow's panel, and the status area. */
import {
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  tokens,
  webDarkTheme,
  webLightTheme,
  Body1,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Services } from "../../services/services";
import { ServicesContext } from "../state/ServicesContext";
import { StatusProvider } from "../state/status";
import { CalendarPanel, InventoryPanel, ReportsPanel } from "../panels/plannedPanels";
import { Header } from "./Header";
import { StatusArea } from "./StatusArea";
import { WORKFLOWS, type WorkflowId } from "./workflows";
import { PlannedPanel } from "../panels/PlannedPanel";
import { WorkbookPreview } from "../demo/WorkbookPreview";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  shell: {
    display: "flex",
    flexDirection: "column",
    flex: "1 1 340px",
    maxWidth: "520px",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  preview: { flex: "999 1 480px" },
  main: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    overflowY: "auto",
  },
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // The workflows wrap onto a second line in a narrow pane: every tab stays in sight, none scrolls away.
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  readonly services: Services;
  readonly dark: boolean;
  /** Panels per workflow; a workflow without one shows what it will do. */
  readonly panels?: Partial<Record<WorkflowId, () => ReactNode>>;
}

const PLANNED: Record<WorkflowId, () => ReactNode> = {
  validate: () => (
    <PlannedPanel
      title="Validate"
      purpose={WORKFLOWS[0]?.purpose ?? ""}
      steps={["Pick a table; its kind is detected from the headers.", "Review the column mapping and run."]}
      needs="Needs: any table of the workbook."
    />
  ),
  reconcile: () => (
    <PlannedPanel
      title="Reconcile"
      purpose={WORKFLOWS[1]?.purpose ?? ""}
      steps={[
        "Choose the two tables and the rules.",
        "Review confirmed, suggested and unmatched items, then apply.",
      ]}
      needs="Needs: two tables with dates and amounts."
    />
  ),
  reports: ReportsPanel,
  inventory: InventoryPanel,
  calendar: CalendarPanel,
};

export function App({ services, dark, panels = {} }: AppProps) {
  const styles = useStyles();
  const [current, setCurrent] = useState<WorkflowId>("validate");
  const workflow = WORKFLOWS.find((w) => w.id === current);
  const Panel = panels[current] ?? PLANNED[current];
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <ServicesContext.Provider value={services}>
        <StatusProvider {...(services.notices ? { initial: services.notices } : {})}>
          <div className={styles.page}>
            <div className={styles.shell}>
              <Header mode={services.mode} />
              <nav className={styles.nav} aria-label="Workflows">
                <TabList
                  selectedValue={current}
                  onTabSelect={(_, d) => setCurrent(d.value as WorkflowId)}
                  size="small"
                  className={styles.tabs}
                >
                  {WORKFLOWS.map((w) => (
                    <Tab key={w.id} value={w.id} data-testid={`nav-${w.id}`}>
                      {w.label}
                    </Tab>
                  ))}
                </TabList>
              </nav>
              <main className={styles.main} aria-label={workflow?.label} data-testid={`panel-${current}`}>
                {workflow && <Body1>{workflow.purpose}</Body1>}
                <Panel />
              </main>
              <StatusArea />
            </div>
            {services.demoView && <WorkbookPreview view={services.demoView} className={styles.preview} />}
          </div>
        </StatusProvider>
      </ServicesContext.Provider>
    </FluentProvider>
  );
}
