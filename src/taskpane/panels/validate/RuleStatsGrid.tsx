/** Every rule that ran, with the units it checked, how many failed and the % failing ("mostly" rules say so). */
import {
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
}

export function RuleStatsGrid({ stats, columns: reports }: RuleStatsGridProps) {
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
