/**
 * One rule's issues as a Fluent DataGrid: the cell (a button that selects it in Excel), the value, and what
 * is wrong. Long lists show in pages so a rule with thousands of findings stays quick to open.
 */
import {
  Button,
  createTableColumn,
  makeStyles,
  tokens,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Issue } from "../../../core/issues";
import { bareMessage, issueCell, type ValidationRun } from "../../../services/validation";
import { usePaneStyles } from "../../components/paneStyles";
import { CompactGrid } from "../../components/CompactGrid";

const PAGE = 50;

// Column widths as flex rules, so the grid fits the pane's width instead of forcing its own.
const useStyles = makeStyles({
  grid: { minWidth: 0 },
  cell: { flex: "0 0 56px", minWidth: 0 },
  value: { flex: "0 1 84px", minWidth: 0 },
  message: { flex: "1 1 0", minWidth: 0 },
  text: { overflowWrap: "anywhere", paddingBlock: tokens.spacingVerticalXS },
});

interface Row {
  readonly issue: Issue;
  readonly key: number;
  readonly where: string;
}

export interface IssueGridProps {
  readonly run: ValidationRun;
  readonly issues: readonly Issue[];
  readonly onSelect: (issue: Issue) => void;
}

export function IssueGrid({ run, issues, onSelect }: IssueGridProps) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const [shown, setShown] = useState(PAGE);
  const width = (id: string | number) =>
    id === "cell" ? styles.cell : id === "value" ? styles.value : styles.message;
  const rows: Row[] = issues.slice(0, shown).map((issue, key) => {
    const at = issueCell(issue, run.table);
    return { issue, key, where: at === null ? "Table" : at.address };
  });
  const columns: TableColumnDefinition<Row>[] = [
    createTableColumn<Row>({
      columnId: "cell",
      renderHeaderCell: () => "Cell",
      renderCell: (r) => (
        <Button
          size="small"
          appearance="transparent"
          data-testid={`issue-cell-${r.where}`}
          aria-label={`Select ${r.where === "Table" ? "the table" : `cell ${r.where}`}: ${r.issue.code}`}
          onClick={() => onSelect(r.issue)}
        >
          {r.where}
        </Button>
      ),
    }),
    createTableColumn<Row>({
      columnId: "value",
      renderHeaderCell: () => "Value",
      renderCell: (r) => <span className={styles.wrap}>{r.issue.value ?? ""}</span>,
    }),
    createTableColumn<Row>({
      columnId: "message",
      renderHeaderCell: () => "Problem",
      renderCell: (r) => <span className={styles.text}>{bareMessage(r.issue)}</span>,
    }),
  ];
  return (
    <div className={styles.stack}>
      <CompactGrid
        className={styles.grid}
        items={rows}
        columns={columns}
        getRowId={(r: Row) => r.key}
        label="Issues of this rule"
        columnClass={width}
        rowTestId={() => "issue-row"}
      />
      {issues.length > shown && (
        <div>
          <Button size="small" onClick={() => setShown((n) => n + PAGE)}>
            Show {Math.min(PAGE, issues.length - shown)} more of {issues.length - shown}
          </Button>
        </div>
      )}
    </div>
  );
}
