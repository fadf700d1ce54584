/**
 * The statement of a run: from the book balance, the lines that take it to the statement balance, and
 * the unexplained difference shown as it is, never forced to zero; plus whether the identity holds.
 */
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Statement } from "../../../core/reconcile";
import { count, money } from "./format";
import { usePaneStyles } from "../../components/paneStyles";

const useStyles = makeStyles({
  table: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
  },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

function Line({ label, value, total }: { label: string; value: string; total?: boolean }) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  return (
    <>
      <span className={`${styles.wrap} ${total ? styles.total : ""}`}>{label}</span>
      <span className={`${styles.number} ${total ? styles.total : ""}`}>{value}</span>
    </>
  );
}

export interface StatementViewProps {
  readonly statement: Statement;
  /**
   * The run's word on a missing opening balance when it concerns this statement: what stays
   * unexplained is exactly one side's opening balance and the other side has none.
   */
  readonly openingMissing?: { readonly table: string; readonly message: string };
}

export function StatementView({ statement, openingMissing }: StatementViewProps) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const c = statement.currency;
  const lines = statement.lines.filter((l) => l.kind !== "unexplained" && (l.count > 0 || l.effect !== 0));
  return (
    <section
      className={styles.stack}
      aria-label={`Statement ${c}`}
      data-testid={`statement-${c || "default"}`}
    >
      <Subtitle2 as="h3">Statement{c === "" ? "" : ` (${c})`}</Subtitle2>
      <div className={styles.table}>
        <Line label={`${statement.leftLabel} balance`} value={money(statement.bookBalance, c)} total />
        {lines.map((l) => (
          <Line
            key={l.kind}
            label={`${l.label}${l.count > 0 ? ` · ${count(l.count)}` : ""}`}
            value={money(l.effect, c)}
          />
        ))}
        <Line label="Unexplained difference" value={money(statement.unexplained, c)} />
        <Line label={`${statement.rightLabel} balance`} value={money(statement.statementBalance, c)} total />
      </div>
      {statement.unexplained !== 0 ? (
        <MessageBar intent="warning" data-testid="unexplained">
          <MessageBarBody>
            <MessageBarTitle>
              {openingMissing
                ? `${openingMissing.table} has no opening balance`
                : `${money(statement.unexplained, c)} is unexplained`}
            </MessageBarTitle>
            {openingMissing
              ? openingMissing.message
              : "Check both opening balances, then look for rows missing from either table."}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Caption1 data-testid="unexplained">
          Nothing is unexplained: every difference is accounted for above.
        </Caption1>
      )}
      {!statement.identityHolds && (
        <MessageBar intent="error">
          <MessageBarBody>
            The statement does not add up (book balance + lines ≠ statement balance). Please report this with
            the workbook.
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
