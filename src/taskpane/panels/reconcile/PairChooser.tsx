/** Picks the kind of reconciliation and the two tables: the book side and the statement side. */
import { Button, Caption1, Dropdown, Field, Option, Tooltip } from "@fluentui/react-components";
import { ArrowSwapRegular } from "@fluentui/react-icons";
import { PRESETS, presetById, type PresetId } from "../../../services/reconciliation";
import type { TableInfo } from "../../../workbook/port";
import { usePaneStyles } from "../../components/paneStyles";

export interface PairChooserProps {
  readonly tables: readonly TableInfo[];
  readonly preset: PresetId;
  readonly left: string | null;
  readonly right: string | null;
  readonly onPreset: (id: PresetId) => void;
  readonly onTables: (left: string | null, right: string | null) => void;
  readonly disabled: boolean;
}

function tableText(t: TableInfo): string {
  return `${t.name} · ${t.rowCount.toLocaleString()} rows`;
}

function TableDropdown(props: {
  label: string;
  testId: string;
  tables: readonly TableInfo[];
  value: string | null;
  onChange: (name: string) => void;
  disabled: boolean;
}) {
  const styles = usePaneStyles();
  const current = props.tables.find((t) => t.name === props.value);
  return (
    <Field label={props.label}>
      <Dropdown
        className={styles.fill}
        data-testid={props.testId}
        aria-label={props.label}
        disabled={props.disabled}
        value={current ? tableText(current) : ""}
        selectedOptions={props.value === null ? [] : [props.value]}
        placeholder="Pick a table"
        onOptionSelect={(_, d) => d.optionValue !== undefined && props.onChange(d.optionValue)}
      >
        {props.tables.map((t) => (
          <Option key={t.name} value={t.name} text={tableText(t)}>
            {tableText(t)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

export function PairChooser({ tables, preset, left, right, onPreset, onTables, disabled }: PairChooserProps) {
  const styles = usePaneStyles();
  const p = presetById(preset);
  return (
    <div className={styles.stack}>
      <Field label="Reconcile" hint={<Caption1>{p.description}</Caption1>}>
        <Dropdown
          className={styles.fill}
          data-testid="reconcile-preset"
          aria-label="Kind of reconciliation"
          disabled={disabled}
          value={p.label}
          selectedOptions={[preset]}
          onOptionSelect={(_, d) => d.optionValue !== undefined && onPreset(d.optionValue as PresetId)}
        >
          {PRESETS.map((x) => (
            <Option key={x.id} value={x.id} text={x.label}>
              {x.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <TableDropdown
        label={p.leftRole}
        testId="reconcile-left"
        tables={tables}
        value={left}
        onChange={(n) => onTables(n, right)}
        disabled={disabled}
      />
      <TableDropdown
        label={p.rightRole}
        testId="reconcile-right"
        tables={tables}
        value={right}
        onChange={(n) => onTables(left, n)}
        disabled={disabled}
      />
      <div>
        <Tooltip content="Swap the book and the statement tables" relationship="description">
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowSwapRegular />}
            disabled={disabled || left === null || right === null}
            onClick={() => onTables(right, left)}
          >
            Swap sides
          </Button>
        </Tooltip>
      </div>
    </div>
  );
}
