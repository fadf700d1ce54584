/** The workflow's actions: validate, then mark the cells, clear the marks, or write the report sheet. */
import { Button, Tooltip } from "@fluentui/react-components";
import {
  CheckmarkCircleRegular,
  DocumentTableRegular,
  EraserRegular,
  PaintBucketRegular,
} from "@fluentui/react-icons";
import type { ReactElement } from "react";
import { usePaneStyles } from "../../components/paneStyles";

export interface ValidateActionsProps {
  /** The table's rules are loaded and its column mapping is shown (or could not be worked out). */
  readonly canRun: boolean;
  /** The table's rules are loaded: marks can be cleared without a mapping. */
  readonly canClear: boolean;
  readonly hasRun: boolean;
  readonly busy: boolean;
  readonly onRun: () => void;
  readonly onMark: () => void;
  readonly onClear: () => void;
  readonly onReport: () => void;
}

interface ActionProps {
  readonly tip: string;
  readonly icon: ReactElement;
  readonly disabled: boolean;
  readonly onClick: () => void;
  readonly testId: string;
  readonly children: string;
}

/** A button whose tooltip says what it will do to the workbook. */
function Action({ tip, icon, disabled, onClick, testId, children }: ActionProps) {
  return (
    <Tooltip content={tip} relationship="description">
      <Button icon={icon} disabled={disabled} onClick={onClick} data-testid={testId}>
        {children}
      </Button>
    </Tooltip>
  );
}

export function ValidateActions({
  canRun,
  canClear,
  hasRun,
  busy,
  onRun,
  onMark,
  onClear,
  onReport,
}: ValidateActionsProps) {
  const styles = usePaneStyles();
  return (
    <div className={styles.row} role="toolbar" aria-label="Validation actions">
      <Button
        appearance="primary"
        icon={<CheckmarkCircleRegular />}
        disabled={!canRun || busy}
        onClick={onRun}
        data-testid="validate-run"
      >
        Validate
      </Button>
      <Action
        tip="Fill each offending cell and add a note saying what is wrong"
        icon={<PaintBucketRegular />}
        disabled={!hasRun || busy}
        onClick={onMark}
        testId="validate-mark"
      >
        Mark cells
      </Action>
      <Action
        tip="Remove exactly the fills and notes validation added to this table"
        icon={<EraserRegular />}
        disabled={!canClear || busy}
        onClick={onClear}
        testId="validate-clear"
      >
        Clear marks
      </Action>
      <Action
        tip="Put the findings on a sheet with a link to each cell"
        icon={<DocumentTableRegular />}
        disabled={!hasRun || busy}
        onClick={onReport}
        testId="validate-report"
      >
        Write report
      </Action>
    </div>
  );
}
