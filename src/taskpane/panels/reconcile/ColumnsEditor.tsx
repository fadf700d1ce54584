/**
 * One side's reading: how it gives its amounts (a signed Amount column, Debit and Credit columns, or an
 * amount with a Dr/Cr column), which header each field comes from (detected, always overridable; one
 * column is one field's), and which amounts are money in on this side.
 */
import { Caption1, Dropdown, Field, Label, Option, Radio, RadioGroup } from "@fluentui/react-components";
import { Fragment, useId, useState } from "react";
import { fieldLabel, type ReconcileField } from "../../../core/reconcileInput";
import type { SideProposal, SideSetup } from "../../../services/reconciliation";
import { usePaneStyles } from "../../components/paneStyles";
import {
  amountColumnsOf,
  FIELDS_OF,
  holderOf,
  withAmountColumns,
  withColumn,
  type AmountColumns,
} from "./amountColumns";
import { MoneyInChoice } from "./MoneyInChoice";

/** The fields after the date and the amount's, in the order the editor lists them. */
const OTHER_FIELDS: readonly ReconcileField[] = [
  "reference",
  "description",
  "party",
  "currency",
  "id",
  "balance",
  "account",
  "contraAccount",
];
const NONE = "\u0000none";
const NOT_IN_TABLE = "(not in the table)";

const WAYS: readonly { readonly value: AmountColumns; readonly text: string }[] = [
  { value: "amount", text: "One signed Amount column" },
  { value: "debit-credit", text: "Debit and Credit columns" },
  { value: "indicator", text: "An Amount column and a Dr/Cr column" },
];

const MISSING: Readonly<Record<AmountColumns, string>> = {
  amount: "an Amount column",
  "debit-credit": "the Debit and Credit columns",
  indicator: "an Amount column and its Dr/Cr column",
};

export interface ColumnsEditorProps {
  readonly side: "left" | "right";
  readonly setup: SideSetup;
  readonly view: SideProposal;
  readonly onChange: (change: (s: SideSetup) => SideSetup) => void;
  readonly disabled: boolean;
}

export function ColumnsEditor({ side, setup, view, onChange, disabled }: ColumnsEditorProps) {
  const styles = usePaneStyles();
  const id = useId();
  // The way chosen here, kept while the columns allow it (a way whose columns are not found yet).
  const [chosen, setChosen] = useState<AmountColumns | null>(null);
  // The field a column was just taken from, said once under the columns.
  const [taken, setTaken] = useState<{ field: ReconcileField; from: ReconcileField; header: string } | null>(
    null,
  );
  const headers = view.headers.filter((h) => h.trim() !== "");
  const way = amountColumnsOf(view.columns, chosen);
  const fields: readonly ReconcileField[] = ["date", ...FIELDS_OF[way], ...OTHER_FIELDS];
  const editColumns = (change: (c: NonNullable<SideSetup["reading"]["columns"]>) => typeof c) =>
    onChange((s) => ({ ...s, reading: { ...s.reading, columns: change(s.reading.columns ?? {}) } }));
  const setColumn = (field: ReconcileField, header: string | null) => {
    const from = header === null ? undefined : holderOf(view.columns, field, header);
    setTaken(from === undefined || header === null ? null : { field, from, header });
    editColumns((c) => withColumn(c, view.columns, field, header) as typeof c);
  };
  const chooseWay = (next: AmountColumns) => {
    setChosen(next);
    setTaken(null);
    editColumns((c) => withAmountColumns(c, next) as typeof c);
  };
  return (
    <div className={styles.stack} data-testid={`columns-${side}`}>
      <Field label="Amounts are given as" size="small">
        <RadioGroup
          value={way}
          disabled={disabled}
          data-testid={`amount-columns-${side}`}
          onChange={(_, d) => chooseWay(d.value as AmountColumns)}
        >
          {WAYS.map((w) => (
            <Radio key={w.value} value={w.value} label={w.text} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.pair}>
        {fields.map((f) => {
          const header = view.columns[f] ?? null;
          const label = fieldLabel(f);
          return (
            <Fragment key={f}>
              <Label htmlFor={`${id}-${f}`} size="small">
                {label}
              </Label>
              <Dropdown
                id={`${id}-${f}`}
                className={styles.fill}
                size="small"
                aria-label={`${view.name}: column for ${label}`}
                disabled={disabled}
                value={header ?? NOT_IN_TABLE}
                selectedOptions={[header ?? NONE]}
                onOptionSelect={(_, d) =>
                  d.optionValue !== undefined && setColumn(f, d.optionValue === NONE ? null : d.optionValue)
                }
              >
                <Option value={NONE} text={NOT_IN_TABLE}>
                  {NOT_IN_TABLE}
                </Option>
                {headers.map((h) => {
                  // A column another field reads says so: choosing it here takes it from that field.
                  const holder = holderOf(view.columns, f, h);
                  return (
                    <Option key={h} value={h} text={h}>
                      {holder === undefined ? h : `${h} (now ${fieldLabel(holder)})`}
                    </Option>
                  );
                })}
              </Dropdown>
            </Fragment>
          );
        })}
      </div>
      {taken !== null && (
        <Caption1 role="status" className={styles.wrap} data-testid={`column-taken-${side}`}>
          {`${fieldLabel(taken.field)} now reads "${taken.header}", so ${fieldLabel(taken.from)} no longer does: choose its column, or leave it not in the table.`}
        </Caption1>
      )}
      {view.amountMode !== null && (
        <MoneyInChoice
          side={side}
          mode={view.amountMode}
          reading={setup.reading}
          columns={view.columns}
          disabled={disabled}
          onChange={(reading) => onChange((s) => ({ ...s, reading: { ...s.reading, ...reading } }))}
        />
      )}
      {view.amountMode === null && (
        <Caption1 className={styles.muted}>
          {`Choose a Date column and ${MISSING[way]} for ${view.name}.`}
        </Caption1>
      )}
    </div>
  );
}
