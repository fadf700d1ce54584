/**
 * Rules for the whole table: how text dates are written, the ledger's lock date, missing-value tokens, and
 * the rules switched off (by id, as "All rules" shows them, or by finding code).
 */
import { Caption1, Field, Input, Select, Tag, TagGroup } from "@fluentui/react-components";
import type { TableRules } from "../../../core/validate";
import { RuleInput } from "./RuleInput";
import { parseList, setTableRule, showList, switchOn } from "./rulesEdit";
import { usePaneStyles } from "../../components/paneStyles";

export interface TableWideRulesProps {
  readonly rules: TableRules;
  readonly onChange: (rules: TableRules) => void;
  readonly showLockDate: boolean;
  readonly disabled: boolean;
}

export function TableWideRules({ rules, onChange, showLockDate, disabled }: TableWideRulesProps) {
  const styles = usePaneStyles();
  return (
    <div className={styles.stack}>
      <Field
        label="Text dates are written"
        hint="Dates typed as text, such as 03/04/2026. Excel dates need no order."
      >
        <Select
          className={styles.fill}
          disabled={disabled}
          value={rules.dateOrder ?? ""}
          onChange={(_, d) =>
            onChange(setTableRule(rules, { dateOrder: d.value === "" ? undefined : (d.value as "DMY") }))
          }
        >
          <option value="">Work it out per column (ambiguous dates are reported)</option>
          <option value="DMY">Day / month / year</option>
          <option value="MDY">Month / day / year</option>
          <option value="YMD">Year / month / day</option>
        </Select>
      </Field>
      {showLockDate && (
        <Field label="Lock date" hint="Postings dated on or before it are in a closed period.">
          <Input
            className={styles.fill}
            type="date"
            disabled={disabled}
            value={rules.lockDate ?? ""}
            onChange={(_, d) =>
              onChange(setTableRule(rules, { lockDate: d.value === "" ? undefined : d.value }))
            }
          />
        </Field>
      )}
      <RuleInput
        key={`missing:${showList(rules.missingValues)}`}
        label="Text that means “no value”"
        hint="Separate with commas, e.g. -, N/A. Blank cells always count as empty."
        placeholder="-, N/A"
        value={showList(rules.missingValues)}
        parse={parseList}
        disabled={disabled}
        onCommit={(v) => onChange(setTableRule(rules, { missingValues: v }))}
      />
      <Field
        label="Rules switched off"
        hint="Switch a rule off after a run, from its findings or from All rules; dismiss it here to switch it back on."
      >
        {(rules.off ?? []).length === 0 ? (
          <Caption1 className={styles.muted}>None</Caption1>
        ) : (
          <TagGroup
            aria-label="Rules switched off"
            data-testid="rules-off"
            onDismiss={(_, d) => onChange(switchOn(rules, d.value))}
          >
            {(rules.off ?? []).map((id) => (
              <Tag
                key={id}
                value={id}
                size="small"
                dismissible={!disabled}
                aria-label={`Switch ${id} back on`}
              >
                {id}
              </Tag>
            ))}
          </TagGroup>
        )}
      </Field>
    </div>
  );
}
