/**
 * One side's reading: which header each field comes from (detected, always overridable), and how its
 * amounts are signed — which of debit and credit (columns, or a Dr/Cr indicator) is money in, and a flip
 * for a side kept the other way.
 */
import { Caption1, Dropdown, Label, Option, Switch } from "@fluentui/react-components";
import { Fragment, useId } from "react";
import { fieldLabel, type ReconcileField } from "../../../core/reconcileInput";
import type { SideProposal, SideSetup } from "../../../services/reconciliation";
import { usePaneStyles } from "../../components/paneStyles";

const FIELDS: readonly ReconcileField[] = [
  "date",
  "amount",
  "debit",
  "credit",
  "indicator",
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
  const headers = view.headers.filter((h) => h.trim() !== "");
  const setColumn = (field: ReconcileField, header: string | null) =>
    onChange((s) => ({
      ...s,
      reading: { ...s.reading, columns: { ...(s.reading.columns ?? {}), [field]: header } },
    }));
  const creditPositive = setup.reading.debitCredit === "credit-positive";
  return (
    <div className={styles.stack} data-testid={`columns-${side}`}>
      <div className={styles.pair}>
        {FIELDS.map((f) => {
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
                value={header ?? "(not in the table)"}
                selectedOptions={[header ?? NONE]}
                onOptionSelect={(_, d) =>
                  d.optionValue !== undefined && setColumn(f, d.optionValue === NONE ? null : d.optionValue)
                }
              >
                <Option value={NONE} text="(not in the table)">
                  (not in the table)
                </Option>
                {headers.map((h) => (
                  <Option key={h} value={h} text={h}>
                    {h}
                  </Option>
                ))}
              </Dropdown>
            </Fragment>
          );
        })}
      </div>
      {(view.amountMode === "debit-credit" || view.amountMode === "indicator") && (
        <Switch
          disabled={disabled}
          checked={creditPositive}
          label={creditPositive ? "Credit (paid in) is money in" : "Debit is money in"}
          onChange={(_, d) =>
            onChange((s) => ({
              ...s,
              reading: { ...s.reading, debitCredit: d.checked ? "credit-positive" : "debit-positive" },
            }))
          }
        />
      )}
      <Switch
        disabled={disabled}
        checked={setup.reading.sign === "flip"}
        label="Flip the sign of every amount on this side"
        onChange={(_, d) =>
          onChange((s) => ({ ...s, reading: { ...s.reading, sign: d.checked ? "flip" : "as-is" } }))
        }
      />
      {view.amountMode === null && (
        <Caption1 className={styles.muted}>
          Choose a Date column and an Amount column (or Debit and Credit) for {view.name}.
        </Caption1>
      )}
    </div>
  );
}
