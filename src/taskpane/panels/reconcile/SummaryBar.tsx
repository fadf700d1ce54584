/** The counts of a run at a glance, and what could not be read or no longer applies. */
import { Badge, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { clearedNotes, type ReconcileOutcome } from "../../../services/reconciliation";
import { usePaneStyles } from "../../components/paneStyles";
import { count, counted } from "./format";

export function SummaryBar({ outcome }: { outcome: ReconcileOutcome }) {
  const styles = usePaneStyles();
  const s = outcome.result.summary;
  const L = outcome.setup.left.name;
  const R = outcome.setup.right.name;
  const errors = outcome.issues.filter((i) => i.severity === "error");
  const stale = outcome.issues.filter((i) => i.code === "recon_decision_stale");
  const cleared = clearedNotes(outcome);
  return (
    <div className={styles.stack}>
      <div className={styles.row} data-testid="reconcile-summary">
        <Badge color="success" appearance="tint">{`${count(s.confirmed.matches)} confirmed`}</Badge>
        <Badge color="warning" appearance="tint">{`${count(s.suggested.matches)} suggested`}</Badge>
        <Badge color="informative" appearance="tint">{`${count(s.unmatched.left.rows)} open in ${L}`}</Badge>
        <Badge color="informative" appearance="tint">{`${count(s.unmatched.right.rows)} open in ${R}`}</Badge>
      </div>
      {errors.length > 0 && (
        <MessageBar intent="error" data-testid="reconcile-errors">
          <MessageBarBody>
            <MessageBarTitle>{`${counted(errors.length, "problem", "problems")} kept rows out of the match`}</MessageBarTitle>
            {errors
              .slice(0, 3)
              .map((i) => i.message)
              .join(" ")}
            {errors.length > 3
              ? ` …and ${count(errors.length - 3)} more (listed on the Reconciliation sheet after Apply).`
              : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {cleared.length > 0 && (
        <MessageBar intent="info" data-testid="reconcile-cleared">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>Cleared earlier</MessageBarTitle>
            {cleared.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {stale.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Some earlier decisions no longer apply</MessageBarTitle>
            {stale
              .slice(0, 2)
              .map((i) => i.message)
              .join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
