/**
 * One side at a glance: which rows take part (the cash account of a ledger), header problems, and the
 * balances the statement starts from.
 */
import {
  Caption1,
  Card,
  CardHeader,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
} from "@fluentui/react-components";
import { fieldLabel } from "../../../core/reconcileInput";
import type { SideProposal, SideSetup } from "../../../services/reconciliation";
import { memo } from "react";
import { BalanceFields } from "./BalanceFields";
import { usePaneStyles } from "../../components/paneStyles";
import { count, counted } from "./format";

export interface SideCardProps {
  readonly side: "left" | "right";
  readonly role: string;
  readonly setup: SideSetup;
  readonly view: SideProposal;
  readonly currency: string;
  /** The field whose values choose the rows, for the book side of a preset that selects. */
  readonly selectBy: "account" | "party" | null;
  readonly onChange: (change: (s: SideSetup) => SideSetup) => void;
  readonly disabled: boolean;
}

const ALL = "\u0000all";

/** Rows selected, cleared earlier ones included. */
function rowsSelected(setup: SideSetup, view: SideProposal): number {
  const sel = setup.selection;
  if (!sel) return view.rows;
  const wanted = new Set(sel.values.map((v) => v.toLowerCase()));
  return view.selectionChoices
    .filter((c) => wanted.has(c.value.toLowerCase()))
    .reduce((n, c) => n + c.count, 0);
}

export const SideCard = memo(function SideCard({
  side,
  role,
  setup,
  view,
  currency,
  selectBy,
  onChange,
  disabled,
}: SideCardProps) {
  const styles = usePaneStyles();
  const sel = setup.selection;
  const label = selectBy ? fieldLabel(selectBy) : "";
  const current = sel ? sel.values.join(", ") : ALL;
  const choiceText = (value: string, n: number) => `${label} ${value} (${counted(n, "row", "rows")})`;
  const selected = rowsSelected(setup, view);
  const taking = `${count(selected - view.clearedRows)} of ${count(view.rows)} rows take part`;
  return (
    <Card appearance="outline" size="small" data-testid={`side-${side}`}>
      <CardHeader
        header={<Subtitle2>{`${role}: ${view.name}`}</Subtitle2>}
        description={
          <Caption1 data-testid={`side-${side}-rows`}>
            {view.clearedRows > 0
              ? `${taking}; ${count(view.clearedRows)} cleared earlier against another table`
              : taking}
          </Caption1>
        }
      />
      {view.issues.map((i) => (
        <MessageBar
          key={`${i.code}-${i.column ?? ""}-${i.message}`}
          intent={i.severity === "error" ? "error" : "warning"}
        >
          <MessageBarBody>{i.message}</MessageBarBody>
        </MessageBar>
      ))}
      {selectBy && view.selectionChoices.length > 0 && (
        <Field label="Rows to use">
          <Dropdown
            className={styles.fill}
            data-testid={`selection-${side}`}
            aria-label={`${view.name}: rows to use`}
            disabled={disabled}
            value={sel ? choiceText(current, selected) : "All rows"}
            selectedOptions={[sel ? (sel.values[0] ?? ALL) : ALL]}
            onOptionSelect={(_, d) =>
              d.optionValue !== undefined &&
              onChange((s) => ({
                ...s,
                selection:
                  d.optionValue === ALL ? null : { field: selectBy, values: [d.optionValue as string] },
              }))
            }
          >
            <Option value={ALL} text="All rows">
              All rows
            </Option>
            {view.selectionChoices.map((c) => (
              <Option key={c.value} value={c.value} text={choiceText(c.value, c.count)}>
                {choiceText(c.value, c.count)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <BalanceFields
        side={side}
        setup={setup}
        view={view}
        currency={currency}
        onChange={onChange}
        disabled={disabled}
      />
    </Card>
  );
});
