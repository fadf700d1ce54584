/**
 * A side's opening and closing balances for the statement: from its running Balance column when it has
 * one, or as the user types them. Left blank, the statement starts from zero and says so.
 */
import { Button, Caption1, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { SideProposal, SideSetup } from "../../../services/reconciliation";
import { money, readTypedAmount } from "./format";
import { usePaneStyles } from "../../components/paneStyles";

export interface BalanceFieldsProps {
  readonly side: "left" | "right";
  readonly setup: SideSetup;
  readonly view: SideProposal;
  readonly currency: string;
  readonly onChange: (change: (s: SideSetup) => SideSetup) => void;
  readonly disabled: boolean;
}

function TypedBalance(props: {
  label: string;
  testId: string;
  value: number | undefined;
  currency: string;
  onValue: (minor: number | undefined) => void;
  disabled: boolean;
}) {
  const styles = usePaneStyles();
  const [text, setText] = useState(props.value === undefined ? "" : money(props.value, "").replace(/,/g, ""));
  const read = readTypedAmount(text, props.currency);
  return (
    <Field
      label={props.label}
      validationState={read.ok ? "none" : "error"}
      validationMessage={read.ok ? undefined : read.error}
    >
      <Input
        className={styles.fill}
        data-testid={props.testId}
        inputMode="decimal"
        disabled={props.disabled}
        value={text}
        placeholder="e.g. 18,420.35"
        onChange={(_, d) => {
          setText(d.value);
          const r = readTypedAmount(d.value, props.currency);
          if (r.ok) props.onValue(r.minor);
        }}
      />
    </Field>
  );
}

export function BalanceFields({ side, setup, view, currency, onChange, disabled }: BalanceFieldsProps) {
  const styles = usePaneStyles();
  const b = setup.balances;
  const fromColumn = view.columnBalances;
  if (b.source === "column" && fromColumn)
    return (
      <div className={styles.stack} data-testid={`balances-${side}`}>
        <Caption1>
          Opening {money(fromColumn.opening, currency)} and closing {money(fromColumn.closing, currency)},
          from the running balance (rows {fromColumn.firstRow}–{fromColumn.lastRow}).
        </Caption1>
        <div>
          <Button
            size="small"
            disabled={disabled}
            onClick={() => onChange((s) => ({ ...s, balances: { source: "none" } }))}
          >
            Type them instead
          </Button>
        </div>
      </div>
    );
  const set = (key: "opening" | "closing", minor: number | undefined) =>
    onChange((s) => {
      const next = { ...s.balances, source: "typed" as const, [key]: minor };
      if (minor === undefined) delete next[key];
      return {
        ...s,
        balances: next.opening === undefined && next.closing === undefined ? { source: "none" } : next,
      };
    });
  return (
    <div className={styles.stack} data-testid={`balances-${side}`}>
      <div className={styles.pair}>
        <TypedBalance
          label="Opening balance"
          testId={`opening-${side}`}
          value={b.opening}
          currency={currency}
          onValue={(m) => set("opening", m)}
          disabled={disabled}
        />
        <TypedBalance
          label="Closing (optional)"
          testId={`closing-${side}`}
          value={b.closing}
          currency={currency}
          onValue={(m) => set("closing", m)}
          disabled={disabled}
        />
      </div>
      <Caption1 className={styles.muted}>
        {b.source === "none"
          ? `Not given: ${view.name}'s side of the statement starts from zero.`
          : "The closing balance, when given, wins over opening + rows."}
      </Caption1>
      {fromColumn && (
        <div>
          <Button
            size="small"
            disabled={disabled}
            onClick={() => onChange((s) => ({ ...s, balances: { source: "column" } }))}
          >
            Use the running balance column
          </Button>
        </div>
      )}
    </div>
  );
}
