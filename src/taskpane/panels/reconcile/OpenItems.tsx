/**
 * The open rows of both sides, each a DataGrid with row selection, and a bar to match the selected rows
 * by hand: it shows both sums and their difference before the user commits. Find narrows both lists (by
 * words or an amount), so any open row can be reached however many there are; rows selected stay
 * selected while the search changes, so a row found on one side can be matched with one found next on
 * the other. A row whose finding names its counterpart (two digits swapped, a sign flipped) selects both
 * in one click, for the bar to show their difference before the match.
 *
 * Keyboard: each list is a grid, the arrows move between its cells; Space selects the row; the item cell
 * (Row N, Select both) is entered with Enter and left with Escape.
 */
import {
  Button,
  Caption1,
  Field,
  SearchBox,
  Subtitle2,
  createTableColumn,
  makeStyles,
  type TableColumnDefinition,
  type TableRowId,
} from "@fluentui/react-components";
import { LinkRegular } from "@fluentui/react-icons";
import { useDeferredValue, useMemo, useRef, useState, type Ref } from "react";
import {
  findOpen,
  openItems,
  type OpenItemView,
  type OpenPairing,
  type ReconcileOutcome,
} from "../../../services/reconciliation";
import { money } from "./format";
import { usePaneStyles } from "../../components/paneStyles";
import { CompactGrid } from "../../components/CompactGrid";

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

/** "row 5", "rows 5, 7" */
const rowsText = (rows: readonly number[]): string =>
  `${rows.length === 1 ? "row" : "rows"} ${rows.join(", ")}`;

function OpenGrid(props: {
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
  const width = (id: string | number) => (id === "amount" ? styles.amount : styles.text);
  // The amount is text to read; the item cell holds the row's buttons, entered with Enter.
  const focusMode = (id: string | number) => (id === "amount" ? "cell" : "group");
  const columns: TableColumnDefinition<OpenItemView>[] = [
    createTableColumn<OpenItemView>({
      columnId: "amount",
      renderHeaderCell: () => "Amount",
      renderCell: (o) => <span className={styles.number}>{money(o.minor, o.currency)}</span>,
    }),
    createTableColumn<OpenItemView>({
      columnId: "text",
      renderHeaderCell: () => "Item",
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
  const shown = props.items.slice(0, MAX_SHOWN);
  return (
    <section className={styles.stack} aria-label={`Open in ${props.name}`} data-testid={`open-${props.side}`}>
      <Subtitle2 as="h3">
        {props.items.length === props.total
          ? `Open in ${props.name} (${props.total.toLocaleString()})`
          : `Open in ${props.name} (${props.items.length.toLocaleString()} of ${props.total.toLocaleString()} found)`}
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
        >{`${(props.items.length - MAX_SHOWN).toLocaleString()} more: narrow them with Find, or see them all on the Reconciliation sheet after Apply.`}</Caption1>
      )}
    </section>
  );
}

export interface OpenItemsProps {
  readonly outcome: ReconcileOutcome;
  readonly onShow: (side: "left" | "right", row: number) => void;
  readonly onMatch: (left: readonly string[], right: readonly string[]) => void;
  readonly disabled: boolean;
}

export function OpenItems({ outcome, onShow, onMatch, disabled }: OpenItemsProps) {
  const styles = usePaneStyles();
  const [left, setLeft] = useState<Set<TableRowId>>(new Set());
  const [right, setRight] = useState<Set<TableRowId>>(new Set());
  const [query, setQuery] = useState("");
  // Matching or clearing disables its button until the next selection: focus goes to the first list.
  const leftGrid = useRef<HTMLDivElement | null>(null);
  const items = useMemo(
    () => ({ left: openItems(outcome, "left"), right: openItems(outcome, "right") }),
    [outcome],
  );
  // Typing stays responsive on long lists: the lists follow the search when React has time.
  const searched = useDeferredValue(query);
  const found = { left: findOpen(items.left, searched), right: findOpen(items.right, searched) };
  // Keys of rows that are no longer open (after a re-run) drop out of the selection.
  const pick = (side: "left" | "right", keys: ReadonlySet<TableRowId>) =>
    items[side].filter((o) => keys.has(o.key));
  const chosen = { left: pick("left", left), right: pick("right", right) };
  const sum = (list: readonly OpenItemView[]) => list.reduce((s, o) => s + o.minor, 0);
  const currency = outcome.setup.currency;
  const ready = chosen.left.length > 0 && chosen.right.length > 0;
  const selected = chosen.left.length + chosen.right.length;
  const clear = () => {
    setLeft(new Set());
    setRight(new Set());
  };
  // A finding's rows on both sides become the selection, in place of what was selected.
  const pair = (p: OpenPairing) => {
    setLeft(new Set(p.left));
    setRight(new Set(p.right));
  };
  // Selected rows the search hides are still matched: the bar says how many, so none is a surprise.
  const foundKeys = new Set([...found.left, ...found.right].map((o) => o.key));
  const hidden = [...chosen.left, ...chosen.right].filter((o) => !foundKeys.has(o.key)).length;
  return (
    <div className={styles.stack}>
      <Field
        label="Find"
        hint="Words of the reference or description, a date, or an amount such as 1,234.00."
      >
        <SearchBox className={styles.fill} value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <OpenGrid
        side="left"
        name={outcome.setup.left.name}
        otherName={outcome.setup.right.name}
        items={found.left}
        total={items.left.length}
        selected={left}
        onSelect={setLeft}
        onShow={onShow}
        onPair={pair}
        gridRef={leftGrid}
      />
      <OpenGrid
        side="right"
        name={outcome.setup.right.name}
        otherName={outcome.setup.left.name}
        items={found.right}
        total={items.right.length}
        selected={right}
        onSelect={setRight}
        onShow={onShow}
        onPair={pair}
      />
      <div className={styles.row} data-testid="manual-match-bar">
        <Caption1>
          {selected === 0
            ? "Select rows on both sides to match them by hand."
            : `${chosen.left.length} + ${chosen.right.length} rows selected${hidden > 0 ? ` (${hidden} not shown by Find)` : ""}; ${ready ? `difference ${money(sum(chosen.right) - sum(chosen.left), currency)}` : "select rows on both sides to match them"}`}
        </Caption1>
        <Button
          size="small"
          icon={<LinkRegular />}
          disabled={disabled || !ready}
          data-testid="match-selected"
          onClick={() => {
            onMatch(
              chosen.left.map((o) => o.key),
              chosen.right.map((o) => o.key),
            );
            clear();
            leftGrid.current?.focus();
          }}
        >
          Match selected
        </Button>
        <Button
          size="small"
          appearance="subtle"
          disabled={selected === 0}
          data-testid="clear-selected"
          onClick={() => {
            clear();
            leftGrid.current?.focus();
          }}
        >
          Clear selection
        </Button>
      </div>
    </div>
  );
}
