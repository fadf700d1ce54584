/** A run's outcome: verdict and counts, a note when the choices changed since, and the grouped findings. */
import { Badge, Body1, Caption1, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { Issue } from "../../../core/issues";
import { kindLabel, type ValidationRun } from "../../../services/validation";
import { IssueGroups } from "./IssueGroups";
import { usePaneStyles } from "../../components/paneStyles";

export interface ResultsViewProps {
  readonly run: ValidationRun;
  readonly stale: boolean;
  readonly onSelect: (issue: Issue) => void;
  /** Rules switched off in the draft, and how to switch one off (see IssueGroups). */
  readonly off: readonly string[];
  readonly onSwitchOff: (id: string) => void;
  readonly disabled: boolean;
}

export function ResultsView({ run, stale, onSelect, off, onSwitchOff, disabled }: ResultsViewProps) {
  const styles = usePaneStyles();
  const { counts, records, valid, kind, kindHow } = run.result;
  const kindText = kind === undefined ? "no kind (column rules only)" : `${kindLabel(kind)}, ${kindHow}`;
  return (
    <section className={styles.stack} aria-label="Validation results" data-testid="validate-results">
      <Subtitle2 as="h2">
        Results for {run.info.name}{" "}
        <Badge color={valid ? "success" : "danger"} data-testid="validate-verdict">
          {valid ? "Valid" : "Not valid"}
        </Badge>
      </Subtitle2>
      <div className={styles.row} data-testid="validate-counts">
        <Badge appearance="tint" color="danger">{`${counts.error} errors`}</Badge>
        <Badge appearance="tint" color="warning">{`${counts.warning} warnings`}</Badge>
        <Badge appearance="tint" color="informative">{`${counts.info} notes`}</Badge>
      </div>
      <Caption1 className={styles.muted}>
        {records.toLocaleString()} records checked as {kindText}
        {run.lookups.length > 0 && `; looked up in ${run.lookups.map((l) => l.table).join(", ")}`}.
      </Caption1>
      {stale && (
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>
            You changed the table’s settings since this run: validate again to apply them.
          </MessageBarBody>
        </MessageBar>
      )}
      {run.groups.length === 0 && <Body1>No issues: every rule passed.</Body1>}
      <IssueGroups run={run} onSelect={onSelect} off={off} onSwitchOff={onSwitchOff} disabled={disabled} />
    </section>
  );
}
