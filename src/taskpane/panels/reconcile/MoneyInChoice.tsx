/**
 * Which amounts of a side are money in, as a choice between two options, each named for what it means
 * and the current one selected: positive or negative amounts for a signed column; Debit or Credit (with
 * the columns' own headers) for a debit/credit pair; rows marked debit or credit beside a Dr/Cr column.
 * For the last two, flipping the sign of every amount (and of the balance) stays a switch of its own.
 */
import { Field, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import type { AmountMode, ReconcileField, SideReading } from "../../../core/reconcileInput";

export interface MoneyInChoiceProps {
  readonly side: "left" | "right";
  readonly mode: AmountMode;
  readonly reading: SideReading;
  /** Field -> the header it reads, to name the Debit and Credit options by the table's own headers. */
  readonly columns: Readonly<Partial<Record<ReconcileField, string>>>;
  readonly disabled: boolean;
  readonly onChange: (reading: Pick<SideReading, "sign" | "debitCredit">) => void;
}

/** "Debit", or "Debit (Paid Out)" where the table's header says it otherwise. */
function named(label: string, header: string | undefined): string {
  return header === undefined || header.trim().toLowerCase() === label.toLowerCase()
    ? label
    : `${label} (${header})`;
}

export function MoneyInChoice({ side, mode, reading, columns, disabled, onChange }: MoneyInChoiceProps) {
  const flipped = reading.sign === "flip";
  const testId = `money-in-${side}`;
  if (mode === "amount")
    return (
      <Field label="Money in is" size="small">
        <RadioGroup
          value={flipped ? "negative" : "positive"}
          disabled={disabled}
          data-testid={testId}
          onChange={(_, d) => onChange({ sign: d.value === "negative" ? "flip" : "as-is" })}
        >
          <Radio value="positive" label="Positive amounts (negative ones are money out)" />
          <Radio value="negative" label="Negative amounts (positive ones are money out)" />
        </RadioGroup>
      </Field>
    );
  const options =
    mode === "debit-credit"
      ? { debit: named("Debit", columns.debit), credit: named("Credit", columns.credit) }
      : { debit: "Rows marked debit (Dr)", credit: "Rows marked credit (Cr)" };
  return (
    <>
      <Field
        label="Money in is"
        size="small"
        hint={flipped ? "The sign of every amount is flipped below: these count as money out." : undefined}
      >
        <RadioGroup
          value={reading.debitCredit === "credit-positive" ? "credit" : "debit"}
          disabled={disabled}
          data-testid={testId}
          onChange={(_, d) =>
            onChange({ debitCredit: d.value === "credit" ? "credit-positive" : "debit-positive" })
          }
        >
          <Radio value="debit" label={options.debit} />
          <Radio value="credit" label={options.credit} />
        </RadioGroup>
      </Field>
      <Switch
        disabled={disabled}
        checked={flipped}
        label="Flip the sign of every amount on this side"
        data-testid={`flip-${side}`}
        onChange={(_, d) => onChange({ sign: d.checked ? "flip" : "as-is" })}
      />
    </>
  );
}
