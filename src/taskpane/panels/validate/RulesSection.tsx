/**
 * The table's own rules: the compact editor for the common cases, the zod check of the draft shown as a
 * readable message, saving in the workbook (never in cells) or discarding, and the JSON import/export.
 */
import {
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
} from "@fluentui/react-components";
import type { TableRules } from "../../../core/validate";
import type { FieldMapping, ValidationService } from "../../../services/validation";
import { useStatus } from "../../state/status";
import { errorText } from "./clock";
import { ColumnRuleEditor } from "./ColumnRuleEditor";
import { KeyRulesEditor, type KeyTarget } from "./KeyRulesEditor";
import { RowRulesEditor } from "./RowRulesEditor";
import { RulesJsonDialog } from "./RulesJsonDialog";
import { TableWideRules } from "./TableWideRules";
import { usePaneStyles } from "../../components/paneStyles";
import type { RulesDraft } from "./useRulesDraft";

export interface RulesSectionProps {
  readonly service: ValidationService;
  readonly table: string;
  readonly headers: readonly string[];
  /** The workbook's other tables, which foreign keys may point at. */
  readonly others: readonly KeyTarget[];
  readonly fields: readonly FieldMapping[];
  readonly isLedger: boolean;
  readonly draft: RulesDraft;
  readonly disabled: boolean;
}

export function RulesSection({
  service,
  table,
  headers,
  others,
  fields,
  isLedger,
  draft,
  disabled,
}: RulesSectionProps) {
  const styles = usePaneStyles();
  const { notify } = useStatus();
  const change = (rules: TableRules) => draft.update(() => rules);
  // A failed save and the later one that worked are one message: the newest.
  const saved = `validate:rules-save:${table}`;
  const save = () =>
    draft.save().then(
      () =>
        notify(
          "success",
          `Rules saved for ${table}`,
          "They are kept in this workbook, not in its cells.",
          saved,
        ),
      (e: unknown) => notify("error", "The rules were not saved", errorText(e), saved),
    );
  return (
    <div className={styles.stack} data-testid="validate-rules">
      {draft.storeProblem !== null && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>Stored rules ignored</MessageBarTitle>
            {draft.storeProblem}
          </MessageBarBody>
        </MessageBar>
      )}
      {draft.invalid !== null && (
        <MessageBar layout="multiline" intent="error" data-testid="rules-invalid">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>These rules cannot be used yet</MessageBarTitle>
            {draft.invalid}
          </MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h3">Whole table</Subtitle2>
      <TableWideRules rules={draft.draft} onChange={change} showLockDate={isLedger} disabled={disabled} />
      <Divider />
      <Subtitle2 as="h3">Columns</Subtitle2>
      <ColumnRuleEditor
        headers={headers}
        fields={fields}
        rules={draft.draft}
        onChange={change}
        disabled={disabled}
      />
      <Divider />
      <Subtitle2 as="h3">Row rules</Subtitle2>
      <RowRulesEditor headers={headers} rules={draft.draft} onChange={change} disabled={disabled} />
      <Divider />
      <KeyRulesEditor
        table={table}
        headers={headers}
        others={others}
        rules={draft.draft}
        onChange={change}
        disabled={disabled}
      />
      <Divider />
      <div className={styles.row}>
        <Button
          appearance="primary"
          size="small"
          data-testid="rules-save"
          disabled={disabled || !draft.dirty || draft.invalid !== null}
          onClick={() => void save()}
        >
          Save rules in the workbook
        </Button>
        <Button size="small" disabled={disabled || !draft.dirty} onClick={draft.discard}>
          Discard changes
        </Button>
        <RulesJsonDialog service={service} table={table} dirty={draft.dirty} onImported={draft.reload} />
      </div>
    </div>
  );
}
