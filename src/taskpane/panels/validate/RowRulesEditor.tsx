/** Rules comparing two columns of a row, e.g. Due Date ≥ Issue Date: add, change or remove them. */
import { Button, Caption1, Select } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import type { RowRule, TableRules } from "../../../core/validate";
import { setRowRules, without } from "./rulesEdit";
import { usePaneStyles } from "../../components/paneStyles";
import { RemoveButton } from "../../components/RemoveButton";

const OPS: readonly RowRule["op"][] = ["<", "<=", "=", "!=", ">", ">="];
const OP_TEXT: Readonly<Record<RowRule["op"], string>> = {
  "<": "before / less than",
  "<=": "on or before / at most",
  "=": "equal to",
  "!=": "not equal to",
  ">": "after / more than",
  ">=": "on or after / at least",
};

export interface RowRulesEditorProps {
  readonly headers: readonly string[];
  readonly rules: TableRules;
  readonly onChange: (rules: TableRules) => void;
  readonly disabled: boolean;
}

export function RowRulesEditor({ headers, rules, onChange, disabled }: RowRulesEditorProps) {
  const styles = usePaneStyles();
  const list = rules.rowRules ?? [];
  const put = (i: number, patch: Partial<RowRule>) =>
    onChange(
      setRowRules(
        rules,
        list.map((r, k) => (k === i ? { ...r, ...patch } : r)),
      ),
    );
  const add = () =>
    onChange(
      setRowRules(rules, [
        ...list,
        { left: headers[1] ?? headers[0] ?? "", op: ">=", right: headers[0] ?? "" },
      ]),
    );
  return (
    <div className={styles.stack} data-testid="validate-row-rules">
      <Caption1 className={styles.muted}>
        Each row must satisfy: first column, comparison, second column (rows with a blank side are skipped).
      </Caption1>
      {list.map((r, i) => (
        <div key={i} className={styles.row} role="group" aria-label={`Row rule ${i + 1}`}>
          <Select
            aria-label="First column"
            value={r.left}
            disabled={disabled}
            onChange={(_, d) => put(i, { left: d.value })}
          >
            {headers.map((h) => (
              <option key={h}>{h}</option>
            ))}
          </Select>
          <Select
            aria-label="Comparison"
            value={r.op}
            disabled={disabled}
            onChange={(_, d) => put(i, { op: d.value as RowRule["op"] })}
          >
            {OPS.map((op) => (
              <option key={op} value={op}>
                {op} {OP_TEXT[op]}
              </option>
            ))}
          </Select>
          {r.right !== undefined ? (
            <Select
              aria-label="Second column"
              value={r.right}
              disabled={disabled}
              onChange={(_, d) => put(i, { right: d.value })}
            >
              {headers.map((h) => (
                <option key={h}>{h}</option>
              ))}
            </Select>
          ) : (
            <Caption1>the value {String(r.value)} (edit it in JSON)</Caption1>
          )}
          <RemoveButton
            label={`Remove row rule ${i + 1}`}
            disabled={disabled}
            onRemove={() => onChange(setRowRules(rules, without(list, i)))}
          />
        </div>
      ))}
      <div>
        <Button size="small" icon={<AddRegular />} disabled={disabled || headers.length === 0} onClick={add}>
          Add a row rule
        </Button>
      </div>
    </div>
  );
}
