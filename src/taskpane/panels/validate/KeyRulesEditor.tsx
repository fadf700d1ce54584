/**
 * Keys across rows, edited in the pane rather than in JSON: combinations of columns that must not repeat,
 * the primary key (present and unique), and foreign keys (values that must appear in another table's
 * columns, or in this table's own).
 */
import { Button, Caption1, Field, Select, Subtitle2 } from "@fluentui/react-components";
import { AddRegular, DismissRegular } from "@fluentui/react-icons";
import type { TableRules } from "../../../core/validate";
import { usePaneStyles } from "../../components/paneStyles";
import { RemoveButton } from "../../components/RemoveButton";
import {
  columnsOf,
  foreignKeysOf,
  setForeignKeys,
  setPrimaryKey,
  setUniqueKeys,
  without,
  type ForeignKeyDraft,
} from "./rulesEdit";

/** A table a foreign key may point at. */
export interface KeyTarget {
  readonly name: string;
  readonly headers: readonly string[];
}

export interface KeyRulesEditorProps {
  /** The validated table's name: a foreign key may point at its own columns. */
  readonly table: string;
  readonly headers: readonly string[];
  readonly others: readonly KeyTarget[];
  readonly rules: TableRules;
  readonly onChange: (rules: TableRules) => void;
  readonly disabled: boolean;
}

interface ComboProps {
  readonly label: string;
  readonly headers: readonly string[];
  readonly value: readonly string[];
  readonly onChange: (columns: string[]) => void;
  readonly disabled: boolean;
}

/** An ordered list of columns: each shown as a button that removes it, and a picker that appends one. */
function ColumnCombo({ label, headers, value, onChange, disabled }: ComboProps) {
  const styles = usePaneStyles();
  const left = headers.filter((h) => !value.includes(h));
  return (
    <div className={styles.row} role="group" aria-label={label}>
      {value.map((c) => (
        <Button
          key={c}
          size="small"
          icon={<DismissRegular />}
          iconPosition="after"
          aria-label={`Remove ${c} from ${label}`}
          disabled={disabled}
          onClick={() => onChange(value.filter((x) => x !== c))}
        >
          {c}
        </Button>
      ))}
      <Select
        size="small"
        aria-label={`Add a column to ${label}`}
        value=""
        disabled={disabled || left.length === 0}
        onChange={(_, d) => {
          if (d.value !== "") onChange([...value, d.value]);
        }}
      >
        <option value="">{value.length === 0 ? "Pick a column…" : "+ column…"}</option>
        {left.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </Select>
    </div>
  );
}

export function KeyRulesEditor({ table, headers, others, rules, onChange, disabled }: KeyRulesEditorProps) {
  const styles = usePaneStyles();
  const unique = (rules.unique ?? []).map((k) => [...k]);
  const primary = columnsOf(rules.primaryKey);
  const foreign = foreignKeysOf(rules);
  const targets: KeyTarget[] = [{ name: table, headers }, ...others.filter((t) => t.name !== table)];
  const headersOf = (name: string): readonly string[] =>
    targets.find((t) => t.name.toLowerCase() === (name === "" ? table : name).toLowerCase())?.headers ?? [];
  const putForeign = (i: number, patch: Partial<ForeignKeyDraft>) =>
    onChange(
      setForeignKeys(
        rules,
        foreign.map((f, k) => (k === i ? { ...f, ...patch } : f)),
      ),
    );

  return (
    <div className={styles.stack} data-testid="validate-key-rules">
      <Subtitle2 as="h4">Keys</Subtitle2>
      <Field
        label="Primary key"
        hint="The columns that identify a row: every row needs them, and no two rows share them."
      >
        <ColumnCombo
          label="Primary key"
          headers={headers}
          value={primary}
          onChange={(c) => onChange(setPrimaryKey(rules, c))}
          disabled={disabled}
        />
      </Field>

      <Caption1 className={styles.muted}>
        Combinations that must not repeat (rows with a blank part are skipped):
      </Caption1>
      {unique.map((combo, i) => (
        <div key={i} className={styles.row}>
          <ColumnCombo
            label={`Unique combination ${i + 1}`}
            headers={headers}
            value={combo}
            onChange={(c) =>
              onChange(
                setUniqueKeys(
                  rules,
                  unique.map((k, n) => (n === i ? c : k)),
                ),
              )
            }
            disabled={disabled}
          />
          <RemoveButton
            label={`Remove unique combination ${i + 1}`}
            disabled={disabled}
            onRemove={() => onChange(setUniqueKeys(rules, without(unique, i)))}
          />
        </div>
      ))}
      <div>
        <Select
          size="small"
          aria-label="Add a unique combination starting with"
          value=""
          disabled={disabled || headers.length === 0}
          onChange={(_, d) => {
            if (d.value !== "") onChange(setUniqueKeys(rules, [...unique, [d.value]]));
          }}
        >
          <option value="">Add a combination that must not repeat…</option>
          {headers.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </Select>
      </div>

      <Caption1 className={styles.muted}>
        Foreign keys: values of these columns must appear in the chosen columns of a table.
      </Caption1>
      {foreign.map((f, i) => {
        const label = `Foreign key ${i + 1}`;
        const known = targets.some((t) => t.name.toLowerCase() === (f.table || table).toLowerCase());
        const mismatch = f.references.length > 0 && f.references.length !== f.columns.length;
        return (
          <div key={i} className={styles.stack} role="group" aria-label={label}>
            <ColumnCombo
              label={`${label} columns`}
              headers={headers}
              value={f.columns}
              onChange={(c) => putForeign(i, { columns: c })}
              disabled={disabled}
            />
            <div className={styles.row}>
              <Caption1>must appear in</Caption1>
              <Select
                size="small"
                aria-label={`${label} table`}
                value={f.table === "" ? table : f.table}
                disabled={disabled}
                onChange={(_, d) => putForeign(i, { table: d.value, references: [] })}
              >
                {targets.map((t) => (
                  <option key={t.name} value={t.name}>
                    {t.name === table ? `${t.name} (this table)` : t.name}
                  </option>
                ))}
                {!known && <option value={f.table}>{f.table} (not in this workbook)</option>}
              </Select>
              <RemoveButton
                label={`Remove ${label.toLowerCase()}`}
                disabled={disabled}
                onRemove={() => onChange(setForeignKeys(rules, without(foreign, i)))}
              />
            </div>
            <ColumnCombo
              label={`${label} referenced columns`}
              headers={headersOf(f.table)}
              value={f.references}
              onChange={(c) => putForeign(i, { references: c })}
              disabled={disabled}
            />
            {f.references.length === 0 && (
              <Caption1 className={styles.muted}>
                Pick the column{f.columns.length === 1 ? "" : "s"} of {f.table || table} to look the values up
                in.
              </Caption1>
            )}
            {mismatch && (
              <Caption1 className={styles.muted}>
                Pick as many referenced columns as columns ({f.columns.length}); they pair up in order.
              </Caption1>
            )}
          </div>
        );
      })}
      <div>
        <Button
          size="small"
          icon={<AddRegular />}
          disabled={disabled || headers.length === 0}
          onClick={() =>
            onChange(
              setForeignKeys(rules, [
                ...foreign,
                { columns: [headers[0] as string], table: others[0]?.name ?? table, references: [] },
              ]),
            )
          }
        >
          Add a foreign key
        </Button>
      </div>
    </div>
  );
}
