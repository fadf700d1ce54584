/**
 * A column's own rules, the common cases: type, required, unique, min/max, length, allowed values, pattern,
 * and how strictly they count (severity, the share of cells that must pass). They add to or override the
 * kind's rules for that column; the JSON import covers the rest.
 */
import { Button, Caption1, Checkbox, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { FieldType, TableRules } from "../../../core/validate";
import { TYPE_OPTIONS, type FieldMapping } from "../../../services/validation";
import { RuleInput } from "./RuleInput";
import {
  clearColumnRule,
  columnRuleOf,
  parseBound,
  parseLength,
  parseList,
  parsePattern,
  parseShare,
  setColumnRule,
  showBound,
  showList,
  showShare,
} from "./rulesEdit";
import { usePaneStyles } from "../../components/paneStyles";

export interface ColumnRuleEditorProps {
  readonly headers: readonly string[];
  /** The kind's fields as mapped, for the defaults each column already has. */
  readonly fields: readonly FieldMapping[];
  readonly rules: TableRules;
  readonly onChange: (rules: TableRules) => void;
  readonly disabled: boolean;
}

export function ColumnRuleEditor({ headers, fields, rules, onChange, disabled }: ColumnRuleEditorProps) {
  const styles = usePaneStyles();
  const [header, setHeader] = useState<string>(headers[0] ?? "");
  const column = headers.includes(header) ? header : (headers[0] ?? "");
  const rule = columnRuleOf(rules, column);
  const field = fields.find((f) => f.header === column);
  const set = (patch: Parameters<typeof setColumnRule>[2]) => onChange(setColumnRule(rules, column, patch));
  const withRules = Object.keys(rules.columns ?? {});
  const key = (what: string, v: string) => `${column}:${what}:${v}`;
  return (
    <div className={styles.stack} data-testid="validate-column-rules">
      <Field label="Column">
        <Select
          className={styles.fill}
          value={column}
          disabled={disabled}
          onChange={(_, d) => setHeader(d.value)}
        >
          {headers.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </Select>
      </Field>
      {withRules.length > 0 && (
        <Caption1 className={styles.muted}>Your rules are set for: {withRules.join(", ")}</Caption1>
      )}
      <Field label="Type">
        <Select
          className={styles.fill}
          disabled={disabled}
          value={rule.type ?? ""}
          onChange={(_, d) => set({ type: d.value === "" ? undefined : (d.value as FieldType) })}
        >
          <option value="">{field === undefined ? "Any value" : `As the kind says (${field.type})`}</option>
          {TYPE_OPTIONS.map((t) => (
            <option key={t.id} value={t.id}>
              {t.id} — {t.expected}, e.g. {t.example}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Checkbox
          label="Required"
          disabled={disabled}
          checked={rule.required ?? field?.required ?? false}
          onChange={(_, d) => set({ required: d.checked === true })}
        />
        <Checkbox
          label="Unique"
          disabled={disabled}
          checked={rule.unique ?? false}
          onChange={(_, d) => set({ unique: d.checked === true ? true : undefined })}
        />
      </div>
      <div className={styles.pair}>
        <RuleInput
          key={key("min", showBound(rule.min))}
          label="Minimum"
          placeholder="0 or 2026-01-01"
          value={showBound(rule.min)}
          parse={parseBound}
          disabled={disabled}
          onCommit={(v) => set({ min: v })}
        />
        <RuleInput
          key={key("max", showBound(rule.max))}
          label="Maximum"
          value={showBound(rule.max)}
          parse={parseBound}
          disabled={disabled}
          onCommit={(v) => set({ max: v })}
        />
      </div>
      <div className={styles.pair}>
        <RuleInput
          key={key("minLength", showBound(rule.minLength))}
          label="Shortest text"
          value={showBound(rule.minLength)}
          parse={parseLength}
          disabled={disabled}
          onCommit={(v) => set({ minLength: v })}
        />
        <RuleInput
          key={key("maxLength", showBound(rule.maxLength))}
          label="Longest text"
          value={showBound(rule.maxLength)}
          parse={parseLength}
          disabled={disabled}
          onCommit={(v) => set({ maxLength: v })}
        />
      </div>
      <RuleInput
        key={key("allowed", showList(rule.allowed))}
        label="Allowed values"
        hint="Separate with commas; case is ignored unless the column says otherwise."
        value={showList(rule.allowed)}
        parse={parseList}
        disabled={disabled}
        onCommit={(v) => set({ allowed: v })}
      />
      <RuleInput
        key={key("pattern", rule.pattern ?? "")}
        label="Pattern"
        hint="A regular expression the whole value must match, e.g. INV-\d{4}."
        value={rule.pattern ?? ""}
        parse={parsePattern}
        disabled={disabled}
        onCommit={(v) => set({ pattern: v })}
      />
      <Field label="Findings are">
        <Select
          className={styles.fill}
          disabled={disabled}
          value={rule.severity ?? ""}
          onChange={(_, d) =>
            set({ severity: d.value === "" ? undefined : (d.value as "error" | "warning") })
          }
        >
          <option value="">As each check says</option>
          <option value="error">Errors</option>
          <option value="warning">Warnings</option>
        </Select>
      </Field>
      <RuleInput
        key={key("mostly", showShare(rule.mostly))}
        label="Passes when at least (%)"
        hint="Its exceptions then count as warnings. Blank: every cell."
        value={showShare(rule.mostly)}
        parse={parseShare}
        disabled={disabled}
        onCommit={(v) => set({ mostly: v })}
      />
      <div>
        <Button
          size="small"
          disabled={disabled || Object.keys(rule).length === 0}
          onClick={() => onChange(clearColumnRule(rules, column))}
        >
          Remove this column’s rules
        </Button>
      </div>
    </div>
  );
}
