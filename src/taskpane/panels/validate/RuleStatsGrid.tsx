/**
 * Every rule that ran, with the units it checked, how many failed and the % failing ("mostly" rules say so).
 * Any rule can be switched off here, also one that found nothing (the next run leaves it out).
 */
import {
  Button,
  Caption1,
  mergeClasses,
  makeStyles,
  createTableColumn,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import type { ColumnReport, RuleStat } from "../../../core/validate";
import { ruleTitle } from "../../../services/validation";
import { usePaneStyles } from "../../components/paneStyles";
import { CompactGrid } from "../../components/CompactGrid";

const useStyles = makeStyles({
  rule: { flex: "2 1 0", minWidth: 0 },
  narrow: { flex: "1 1 0", minWidth: 0 },
  action: { minWidth: 0, paddingLeft: 0, paddingRight: 0 },
});

const pct = (p: number) => `${p.toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;

function result(s: RuleStat): string {
  if (s.failed === 0) return "passed";
  if (s.passed) return `passed (mostly ${pct(s.mostly === undefined ? 100 : s.mostly * 100)})`;
  return "failed";
}

export interface RuleStatsGridProps {
  readonly stats: readonly RuleStat[];
  readonly columns: readonly ColumnReport[];
  /** Rule ids switched off in the rules draft. */
  readonly off: readonly string[];
  readonly onSwitchOff: (id: string) => void;
  readonly disabled: boolean;
}

export function RuleStatsGrid({ stats, columns: reports, off, onSwitchOff, disabled }: RuleStatsGridProps) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const width = (id: string | number) => (id === "rule" ? styles.rule : styles.narrow);
  const columns: TableColumnDefinition<RuleStat>[] = [
    createTableColumn<RuleStat>({
      columnId: "rule",
      renderHeaderCell: () => "Rule",
      // The id is what a rule set's "off" list names, so it is shown under the title.
      renderCell: (s) => (
        <span className={styles.stack}>
          <span className={styles.wrap}>{ruleTitle(s, reports)}</span>
          <Caption1 className={mergeClasses(styles.muted, styles.wrap)}>{s.rule}</Caption1>
          {off.includes(s.rule) ? (
            <Caption1 className={styles.muted}>Switched off</Caption1>
          ) : (
            <span>
              <Button
                size="small"
                appearance="transparent"
                className={styles.action}
                disabled={disabled}
                aria-label={`Switch ${s.rule} off`}
                onClick={() => onSwitchOff(s.rule)}
              >
                Switch off
              </Button>
            </span>
          )}
        </span>
      ),
    }),
    createTableColumn<RuleStat>({
      columnId: "failed",
      renderHeaderCell: () => "Failed",
      renderCell: (s) => `${s.failed.toLocaleString()} of ${s.checked.toLocaleString()}`,
    }),
    createTableColumn<RuleStat>({
      columnId: "pct",
      renderHeaderCell: () => "%",
      renderCell: (s) => pct(s.percentFailed),
    }),
    createTableColumn<RuleStat>({
      columnId: "result",
      renderHeaderCell: () => "Result",
      renderCell: (s) => result(s),
    }),
  ];
  return (
    <CompactGrid
      items={stats}
      columns={columns}
      getRowId={(s: RuleStat) => stats.indexOf(s)}
      label="All rules"
      columnClass={width}
    />
  );
}
