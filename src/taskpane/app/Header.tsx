/** The pane's header: name, and whether we work on the user's workbook or on demo data. */
import {
  Badge,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title3,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookMode } from "../../services/services";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function Header({ mode }: { mode: WorkbookMode }) {
  const styles = useStyles();
  return (
    <>
      <header className={styles.header}>
        <Title3 as="h1">Back Office Toolkit</Title3>
        {mode === "demo" ? (
          <Badge appearance="tint" color="warning" data-testid="mode-badge">
            Demo
          </Badge>
        ) : (
          <Badge appearance="tint" color="success" data-testid="mode-badge">
            Excel
          </Badge>
        )}
      </header>
      {mode === "demo" && (
        <MessageBar intent="warning" data-testid="demo-notice">
          <MessageBarBody>
            <MessageBarTitle>Demo on sample data</MessageBarTitle>
            Excel is not connected, so this runs in your browser on a sample workbook (a ledger, a bank
            statement, invoices, inventory and a calendar). Nothing you do here changes a real workbook.
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
