/**
 * The statement of a run: from the book balance, the lines that take it to the statement balance, and
 * the unexplained difference shown as it is, never forced to zero; with the engine's remarks on it
 * (signs running the other way, a closing balance that disagrees, what to check first) and whether the
 * identity holds.
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
import { bareMessage, type Issue, type IssueCode } from "../../../core/issues";
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

/** The remarks that advise on what stays unexplained: the body of the unexplained bar, not bars of their own. */
const ADVICE: ReadonlySet<string> = new Set<IssueCode>([
  "recon_unexplained_unreadable",
  "recon_unexplained_closing",
  "recon_opening_missing",
  "recon_unexplained_difference",
]);

/** Each remark once, even were the engine to list one twice: a bar said twice reads as two problems. */
function distinct(remarks: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return remarks.filter((r) => {
    const key = `${r.code}\u0000${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface StatementViewProps {
  readonly statement: Statement;
}

export function StatementView({ statement }: StatementViewProps) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const c = statement.currency;
  const lines = statement.lines.filter((l) => l.kind !== "unexplained" && (l.count > 0 || l.effect !== 0));
  const remarks = distinct(statement.remarks);
  const advice = remarks.find((r) => ADVICE.has(r.code));
  const others = remarks.filter((r) => !ADVICE.has(r.code));
  // "Every difference is accounted for" would be untrue beside a remark that says otherwise.
  const warned = others.some((r) => r.severity !== "info");
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
      {others.map((r) => (
        <MessageBar key={`${r.code}-${r.message}`} intent={r.severity} data-testid={`remark-${r.code}`}>
          <MessageBarBody className={styles.wrap}>{bareMessage(r)}</MessageBarBody>
        </MessageBar>
      ))}
      {statement.unexplained !== 0 ? (
        <MessageBar intent="warning" data-testid="unexplained">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>
              {advice?.code === "recon_opening_missing" && advice.table !== undefined
                ? `${advice.table} has no opening balance`
                : `${money(statement.unexplained, c)} is unexplained`}
            </MessageBarTitle>
            {advice === undefined ? "" : bareMessage(advice)}
          </MessageBarBody>
        </MessageBar>
      ) : (
        !warned && (
          <Caption1 data-testid="unexplained">
            Nothing is unexplained: every difference is accounted for above.
          </Caption1>
        )
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
