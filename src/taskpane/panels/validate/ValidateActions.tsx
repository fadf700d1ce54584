/** The workflow's actions: validate, then mark the cells, clear the marks, or write the report sheet. */
import { Button, Tooltip } from "@fluentui/react-components";
import {
  CheckmarkCircleRegular,
  DocumentTableRegular,
  EraserRegular,
  PaintBucketRegular,
} from "@fluentui/react-icons";
import { usePaneStyles } from "../../components/paneStyles";

export interface ValidateActionsProps {
  readonly canRun: boolean;
  readonly hasRun: boolean;
  readonly busy: boolean;
  readonly onRun: () => void;
  readonly onMark: () => void;
  readonly onClear: () => void;
  readonly onReport: () => void;
}

export function ValidateActions({
  canRun,
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
      <Tooltip
        content="Fill each offending cell and add a note saying what is wrong"
        relationship="description"
      >
        <Button
          icon={<PaintBucketRegular />}
          disabled={!hasRun || busy}
          onClick={onMark}
          data-testid="validate-mark"
        >
          Mark cells
        </Button>
      </Tooltip>
      <Tooltip
        content="Remove exactly the fills and notes validation added to this table"
        relationship="description"
      >
        <Button
          icon={<EraserRegular />}
          disabled={!canRun || busy}
          onClick={onClear}
          data-testid="validate-clear"
        >
          Clear marks
        </Button>
      </Tooltip>
      <Tooltip content="Put the findings on a sheet with a link to each cell" relationship="description">
        <Button
          icon={<DocumentTableRegular />}
          disabled={!hasRun || busy}
          onClick={onReport}
          data-testid="validate-report"
        >
          Write report
        </Button>
      </Tooltip>
    </div>
  );
}
