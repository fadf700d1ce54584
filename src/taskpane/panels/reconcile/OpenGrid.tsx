/**
 * One side's open rows as a DataGrid with row selection: each row's amount, and its reference and
 * description with its row (a button that shows it on its sheet), date and findings, and "Select both"
 * where a finding names its counterpart on the other side. Sorts by amount or by date, as values; lists
 * the first 500 of those Find shows and counts the rest.
 */
import {
  Button,
  Caption1,
  Subtitle2,
  createTableColumn,
  makeStyles,
  type TableColumnDefinition,
  type TableRowId,
} from "@fluentui/react-components";
import { useState, type Ref } from "react";
import type { OpenItemView, OpenPairing } from "../../../services/reconciliation";
import { count, money } from "./format";
import { usePaneStyles } from "../../components/paneStyles";
import { CompactGrid, sortItems, type Compares, type GridSort } from "../../components/CompactGrid";

/** Open rows listed per side; past this the rest are counted (they are all on the sheet after Apply). */
const MAX_SHOWN = 500;

const useStyles = makeStyles({
  amount: { flex: "0 0 88px", minWidth: 0, justifyContent: "flex-end" },
  text: { flex: "1 1 0", minWidth: 0 },
  // The row's number as a link in the line under its text: the pane keeps its width for the text.
  rowLink: { minWidth: 0, height: "auto", padding: 0, verticalAlign: "baseline", fontSize: "inherit" },
  // A pairing's button sits under the row's text (its finding names the other row; the label says it too).
  pair: {
    whiteSpace: "normal",
    overflowWrap: "normal",
    textAlign: "start",
    height: "auto",
    minWidth: 0,
    maxWidth: "100%",
    paddingLeft: 0,
    justifyContent: "flex-start",
  },
});

/** The sortable columns: the amount by its value, the item by its date (then its row). */
const COMPARE: Compares<OpenItemView> = {
  amount: (a, b) => a.minor - b.minor || a.row - b.row,
  text: (a, b) => a.day - b.day || a.row - b.row,
};

/** "row 5", "rows 5, 7" */
const rowsText = (rows: readonly number[]): string =>
  `${rows.length === 1 ? "row" : "rows"} ${rows.join(", ")}`;

export function OpenGrid(props: {
  side: "left" | "right";
  name: string;
  /** The other side's table, which a pairing names. */
  otherName: string;
  /** The rows Find shows, out of `total` open rows. */
  items: readonly OpenItemView[];
  total: number;
  selected: ReadonlySet<TableRowId>;
  onSelect: (keys: Set<TableRowId>) => void;
  onShow: (side: "left" | "right", row: number) => void;
  onPair: (pairing: OpenPairing) => void;
  gridRef?: Ref<HTMLDivElement>;
}) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const [sort, setSort] = useState<GridSort | null>(null);
  const width = (id: string | number) => (id === "amount" ? styles.amount : styles.text);
  // The amount is text to read; the item cell holds the row's buttons, entered with Enter.
  const focusMode = (id: string | number) => (id === "amount" ? "cell" : "group");
  const columns: TableColumnDefinition<OpenItemView>[] = [
    createTableColumn<OpenItemView>({
      columnId: "amount",
      compare: COMPARE.amount,
      renderHeaderCell: () => "Amount",
      renderCell: (o) => <span className={styles.number}>{money(o.minor, o.currency)}</span>,
    }),
    createTableColumn<OpenItemView>({
      columnId: "text",
      compare: COMPARE.text,
      renderHeaderCell: () => "Item · date",
      renderCell: (o) => (
        <span className={styles.wrap}>
          {[o.reference, o.description].filter((t) => t !== "").join(" · ")}
          <Caption1 as="span" block className={styles.muted}>
            <Button
              size="small"
              appearance="transparent"
              className={styles.rowLink}
              aria-label={`Show ${props.name} row ${o.row}`}
              onClick={(e) => {
                // Showing the row on its sheet is not also selecting it.
                e.stopPropagation();
                props.onShow(props.side, o.row);
              }}
            >
              {`Row ${o.row}`}
            </Button>
            {` · ${[o.date, ...o.findings].join(" · ")}`}
          </Caption1>
          {o.pairings.map((p, k) => (
            <Button
              key={k}
              size="small"
              appearance="transparent"
              className={styles.pair}
              data-testid={`pair-${props.side}-${o.row}`}
              // The name starts with the text shown, so speech input finds it by what it reads.
              aria-label={`Select both: ${props.name} row ${o.row} and ${props.otherName} ${rowsText(p.otherRows)}`}
              onClick={(e) => {
                // Not also a click on the row, which would toggle its selection after the pairing's.
                e.stopPropagation();
                props.onPair(p);
              }}
            >
              Select both
            </Button>
          ))}
        </span>
      ),
    }),
  ];
  // Sorted as a whole: the first rows shown are the first of all found.
  const shown = sortItems(props.items, sort, COMPARE).slice(0, MAX_SHOWN);
  return (
    <section className={styles.stack} aria-label={`Open in ${props.name}`} data-testid={`open-${props.side}`}>
      <Subtitle2 as="h3">
        {props.items.length === props.total
          ? `Open in ${props.name} (${count(props.total)})`
          : `Open in ${props.name} (${count(props.items.length)} of ${count(props.total)} found)`}
      </Subtitle2>
      <CompactGrid
        className={styles.grid}
        items={shown}
        columns={columns}
        getRowId={(o: OpenItemView) => o.key}
        label={`Open rows of ${props.name}`}
        columnClass={width}
        cellFocusMode={focusMode}
        {...(props.gridRef ? { gridRef: props.gridRef } : {})}
        rowTestId={(item) => `open-${props.side}-${item.row}`}
        sort={{ state: sort, onChange: setSort }}
        selection={{
          selected: props.selected,
          // The grid knows only the rows it shows: rows selected earlier and hidden by Find stay selected.
          onChange: (_, d) => {
            const onScreen = new Set(shown.map((o) => o.key));
            const next = new Set([...props.selected].filter((k) => !onScreen.has(k as string)));
            for (const k of d.selectedItems) next.add(k);
            props.onSelect(next);
          },
          allLabel: `Select all open rows of ${props.name}`,
          rowLabel: (item) => `Select ${props.name} row ${item.row}`,
        }}
      />
      {props.items.length === 0 && (
        <Caption1 className={styles.muted}>{props.total === 0 ? "Nothing open." : "Nothing found."}</Caption1>
      )}
      {props.items.length > MAX_SHOWN && (
        <Caption1
          className={styles.muted}
        >{`${count(props.items.length - MAX_SHOWN)} more: narrow them with Find, or see them all on the Reconciliation sheet after Apply.`}</Caption1>
      )}
    </section>
  );
}
