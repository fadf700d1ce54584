/**
 * The demo's stand-in for the Excel grid: the sample workbook's sheets as tabs, each a grid with the
 * fills and notes the add-in wrote and the selected cell outlined. Cell text renders as text only.
 */
import {
  Caption1,
  makeStyles,
  Subtitle2,
  Tab,
  TabList,
  tokens,
  mergeClasses,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { DemoWorkbookView } from "../../services/demo/demoView";
import { PreviewGrid } from "./PreviewGrid";

const useStyles = makeStyles({
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { overflowX: "auto" },
});

export function WorkbookPreview({ view, className }: { view: DemoWorkbookView; className?: string }) {
  const styles = useStyles();
  const version = useSyncExternalStore(view.subscribe, view.version);
  const sheets = view.listSheets();
  const [sheet, setSheet] = useState<string>(sheets[0]?.name ?? "");
  const lastSelected = useRef<string | null>(null);

  // Follow the selection to its sheet, as Excel activates the sheet of a selected cell.
  const selectedSheet = view.selectedSheet();
  useEffect(() => {
    if (selectedSheet && selectedSheet !== lastSelected.current) {
      lastSelected.current = selectedSheet;
      setSheet(selectedSheet);
    }
  }, [selectedSheet, version]);

  const shown = sheets.some((s) => s.name === sheet) ? sheet : (sheets[0]?.name ?? "");
  return (
    <section
      className={mergeClasses(styles.preview, className)}
      aria-label="Sample workbook"
      data-testid="workbook-preview"
    >
      <Subtitle2 as="h2">Sample workbook</Subtitle2>
      <Caption1>What Excel would show: the sheets, with the marks and results the add-in writes.</Caption1>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={shown}
        onTabSelect={(_, d) => setSheet(String(d.value))}
      >
        {sheets.map((s) => (
          <Tab key={s.name} value={s.name} data-testid={`sheet-tab-${s.name}`}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {shown !== "" && <PreviewGrid grid={view.viewSheet(shown)} />}
    </section>
  );
}
