/**
 * The open rows of both sides, each a DataGrid with row selection, and a bar to match the selected rows
 * by hand: it shows both sums and their difference before the user commits. Find narrows both lists (by
 * words, a row as its line writes it, "Row 28", or an amount), so any open row can be reached however
 * many there are; each list sorts by amount or by date. Rows selected stay
 * selected while the search changes, so a row found on one side can be matched with one found next on
 * the other. A row whose finding names its counterpart (two digits swapped, a sign flipped) selects both
 * in one click, for the bar to show their difference before the match.
 *
 * Keyboard: each list is a grid, the arrows move between its cells; Space selects the row; the item cell
 * (Row N, Select both) is entered with Enter and left with Escape.
 */
import { Button, Caption1, Field, SearchBox, type TableRowId } from "@fluentui/react-components";
import { LinkRegular } from "@fluentui/react-icons";
import { useDeferredValue, useMemo, useRef, useState } from "react";
import {
  findOpen,
  openItems,
  type OpenItemView,
  type OpenPairing,
  type ReconcileOutcome,
} from "../../../services/reconciliation";
import { count, money, rowPrefixes } from "./format";
import { usePaneStyles } from "../../components/paneStyles";
import { findByRows } from "./findRows";
import { OpenGrid } from "./OpenGrid";

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
  const found = useMemo(() => {
    const find = (list: readonly OpenItemView[]) =>
      findByRows(list, searched, {
        prefixes: rowPrefixes(outcome.setup.left.name, outcome.setup.right.name),
        search: findOpen,
        key: (o) => o.key,
        hasRow: (o, row, side) => o.row === row && (side === null || side === o.side),
      }) ?? list;
    return { left: find(items.left), right: find(items.right) };
  }, [items, searched, outcome]);
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
        hint="Words of the reference or description, a date, a row such as Row 12, or an amount such as 1,234.00."
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
            : `${count(chosen.left.length)} + ${count(chosen.right.length)} rows selected${hidden > 0 ? ` (${count(hidden)} not shown by Find)` : ""}; ${ready ? `difference ${money(sum(chosen.right) - sum(chosen.left), currency)}` : "select rows on both sides to match them"}`}
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
