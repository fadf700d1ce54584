/**
 * What the document remembers of the user's review for this pair — matches made by hand, accepted
 * suggestions, pairs kept apart — and a way to forget all of it, after asking, to start the review over.
 */
import { Button, Caption1 } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import { describeDecisions, type ReconcileOutcome } from "../../../services/reconciliation";
import { ConfirmBar, useAskFirst } from "../../components/ConfirmBar";
import { usePaneStyles } from "../../components/paneStyles";

export interface DecisionsBarProps {
  readonly outcome: ReconcileOutcome;
  readonly disabled: boolean;
  readonly onForget: () => void;
}

export function DecisionsBar({ outcome, disabled, onForget }: DecisionsBarProps) {
  const styles = usePaneStyles();
  const { asking, ask, close, trigger } = useAskFirst();
  const text = describeDecisions(outcome.decisions);
  if (text === "") return null;
  const { left, right } = outcome.setup;
  if (!asking)
    return (
      <div className={styles.row} data-testid="reconcile-decisions">
        <Caption1 className={styles.muted}>{`Your review, kept in the document: ${text}.`}</Caption1>
        <Button
          size="small"
          appearance="subtle"
          icon={<DeleteRegular />}
          disabled={disabled}
          ref={trigger}
          onClick={ask}
          data-testid="forget-decisions"
        >
          Forget…
        </Button>
      </div>
    );
  return (
    <ConfirmBar
      intent="warning"
      title="Forget your review?"
      text={
        `The document forgets ${text} for ${left.name} and ${right.name}, and the rules decide every row ` +
        "again. This cannot be undone."
      }
      confirm="Forget"
      disabled={disabled}
      testId="forget-decisions"
      onConfirm={() => {
        close();
        onForget();
      }}
      onCancel={close}
    />
  );
}
