/**
 * A side's opening and closing balances for the statement: from its running Balance column when it has
 * one, or as the user types them. Left blank, the statement starts from zero and says so; typed text that
 * does not read as an amount is kept in the setup as unreadable, so the pane refuses to run with it.
 */
import { Button, Caption1, Field, Input, makeStyles, mergeClasses } from "@fluentui/react-components";
import { useState } from "react";
import {
  readTypedBalance,
  rowDetail,
  type BalanceSetup,
  type ReconcileSetup,
  type SideProposal,
  type SideSetup,
  type TypedBalance,
} from "../../../services/reconciliation";
import { columnRows, type StatedBalance } from "../../../core/reconcileInput";
import { money } from "./format";
import { usePaneStyles } from "../../components/paneStyles";

type BalanceKey = "opening" | "closing";
const KEYS: readonly BalanceKey[] = ["opening", "closing"];

/** A validation message under one field must not push the other field down. */
const useStyles = makeStyles({ top: { alignItems: "start" } });

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
  text: string | undefined;
  value: number | undefined;
  read: (text: string) => TypedBalance;
  onRead: (text: string, read: TypedBalance) => void;
  disabled: boolean;
}) {
  const styles = usePaneStyles();
  const [text, setText] = useState(
    props.text ?? (props.value === undefined ? "" : money(props.value, "").replace(/,/g, "")),
  );
  const read = props.read(text);
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
          props.onRead(d.value, props.read(d.value));
        }}
      />
    </Field>
  );
}

/**
 * The balances after one field's text was read: its amount when the text reads (absent when blank),
 * otherwise no amount and the field marked unreadable. Nothing typed or unreadable is "none".
 */
export function withTypedBalance(
  b: BalanceSetup,
  key: BalanceKey,
  typed: string,
  read: TypedBalance,
): BalanceSetup {
  const amount = (k: BalanceKey) => (k !== key ? b[k] : read.ok ? read.minor : undefined);
  const unreadable = KEYS.filter((k) => (k === key ? !read.ok : (b.unreadable ?? []).includes(k)));
  const opening = amount("opening");
  const closing = amount("closing");
  const { [key]: _, ...others } = b.text ?? {};
  const text = typed.trim() === "" ? others : { ...others, [key]: typed };
  if (opening === undefined && closing === undefined && unreadable.length === 0) return { source: "none" };
  return {
    source: "typed",
    ...(opening !== undefined ? { opening } : {}),
    ...(closing !== undefined ? { closing } : {}),
    ...(Object.keys(text).length > 0 ? { text } : {}),
    ...(unreadable.length > 0 ? { unreadable } : {}),
  };
}

/** Why Run must wait for the balances ("Correct the opening balance of Ledger to run."), or null. */
export function balancesToCorrect(setup: ReconcileSetup): string | null {
  const parts = (["left", "right"] as const).flatMap((side) => {
    const b = setup[side].balances;
    const bad = b.source === "typed" ? KEYS.filter((k) => b.unreadable?.includes(k)) : [];
    if (bad.length === 0) return [];
    const what =
      bad.length === 2
        ? "the opening and closing balances"
        : bad[0] === "opening"
          ? "the opening balance"
          : "the closing balance";
    return [`${what} of ${setup[side].name}`];
  });
  return parts.length === 0 ? null : `Correct ${parts.join(" and ")} to run.`;
}

/**
 * What the side's own rows, else its file's own lines, state, as the run takes it where nothing is typed:
 * "Not typed: Bank opens at 10,000.00 USD, as the "Opening Balance" row (row 2) states. A balance typed
 * here wins."; null if none.
 */
function statedText(view: SideProposal, currency: string): string | null {
  const says = (what: string, b: StatedBalance, line: boolean) =>
    `${what} at ${money(b.minor, currency)}, as ${rowDetail(b, line)} states`;
  const parts = (["opening", "closing"] as const).flatMap((key) => {
    const what = key === "opening" ? "opens" : "closes";
    const row = view.statedBalances[key];
    if (row) return [says(what, row, false)];
    const line = view.fileBalances[key];
    return line ? [says(what, line, true)] : [];
  });
  if (parts.length === 0) return null;
  return `Not typed: ${view.name} ${parts.join(", and ")}. A balance typed here wins.`;
}

export function BalanceFields({ side, setup, view, currency, onChange, disabled }: BalanceFieldsProps) {
  const styles = usePaneStyles();
  const local = useStyles();
  const b = setup.balances;
  const fromColumn = view.columnBalances;
  if (b.source === "column" && fromColumn)
    return (
      <div className={styles.stack} data-testid={`balances-${side}`}>
        <Caption1>
          Opening {money(fromColumn.opening, currency)} and closing {money(fromColumn.closing, currency)},
          from the running balance (rows {columnRows(fromColumn)})
          {fromColumn.turned
            ? `, its signs turned: ${view.name} counts the other way here, so its money in is negative`
            : ""}
          .
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
  const set = (key: BalanceKey, text: string, read: TypedBalance) =>
    onChange((s) => ({ ...s, balances: withTypedBalance(s.balances, key, text, read) }));
  // Read as a run reads it: the side's sign convention and decimal separator, the run's currency.
  const how = { name: view.name, reading: setup.reading, decimalSeparator: view.decimalSeparator };
  const reader = (key: BalanceKey) => (text: string) => readTypedBalance(text, key, how, currency);
  return (
    <div className={styles.stack} data-testid={`balances-${side}`}>
      <div className={mergeClasses(styles.pair, local.top)}>
        <TypedBalance
          label="Opening balance"
          testId={`opening-${side}`}
          text={b.text?.opening}
          value={b.opening}
          read={reader("opening")}
          onRead={(t, r) => set("opening", t, r)}
          disabled={disabled}
        />
        <TypedBalance
          label="Closing (optional)"
          testId={`closing-${side}`}
          text={b.text?.closing}
          value={b.closing}
          read={reader("closing")}
          onRead={(t, r) => set("closing", t, r)}
          disabled={disabled}
        />
      </div>
      <Caption1 className={styles.muted} data-testid={`balances-note-${side}`}>
        {b.source === "none"
          ? (statedText(view, currency) ?? `Not given: ${view.name} starts from zero in the statement.`)
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
