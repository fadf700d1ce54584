/** Run, Apply and Revert: what each will do, enabled only when it makes sense. */
import { Button, Caption1, useId } from "@fluentui/react-components";
import { ArrowUndoRegular, PlayRegular, TableSimpleRegular } from "@fluentui/react-icons";
import type { ApplyReceipt } from "../../../services/reconciliation";
import { usePaneStyles } from "../../components/paneStyles";

export interface ApplyBarProps {
  readonly canApply: boolean;
  readonly receipt: ApplyReceipt | null;
  readonly busy: boolean;
  readonly onApply: () => void;
  readonly onRevert: () => void;
}

export interface RunButtonProps {
  readonly canRun: boolean;
  /** Why Run waits for the user (shown beside it, and Run disabled), or null. */
  readonly blocked: string | null;
  readonly busy: boolean;
  readonly hasRun: boolean;
  readonly onRun: () => void;
}

export function RunButton({ canRun, blocked, busy, onRun, hasRun }: RunButtonProps) {
  const styles = usePaneStyles();
  const why = useId("reconcile-run-blocked");
  return (
    <div className={styles.row}>
      <Button
        appearance="primary"
        icon={<PlayRegular />}
        disabled={!canRun || blocked !== null || busy}
        onClick={onRun}
        aria-describedby={blocked !== null ? why : undefined}
        data-testid="reconcile-run"
      >
        {hasRun ? "Run again" : "Run"}
      </Button>
      {blocked !== null && (
        <Caption1 id={why} data-testid="reconcile-run-blocked">
          {blocked}
        </Caption1>
      )}
    </div>
  );
}

export function ApplyBar({ canApply, receipt, busy, onApply, onRevert }: ApplyBarProps) {
  const styles = usePaneStyles();
  return (
    <div className={styles.stack}>
      <Caption1 className={styles.muted}>
        Apply writes BO Match ID, BO Status, BO Rule and BO Note beside both tables (your columns are not
        touched) and the statement with the open items to a Reconciliation sheet. Applying again replaces
        them.
      </Caption1>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<TableSimpleRegular />}
          disabled={!canApply || busy}
          onClick={onApply}
          data-testid="reconcile-apply"
        >
          Apply to the workbook
        </Button>
        {receipt && (
          <Button
            icon={<ArrowUndoRegular />}
            disabled={busy}
            onClick={onRevert}
            data-testid="reconcile-revert"
          >
            Revert apply
          </Button>
        )}
      </div>
      {receipt && <Caption1 data-testid="reconcile-applied">{receipt.summary}.</Caption1>}
    </div>
  );
}
