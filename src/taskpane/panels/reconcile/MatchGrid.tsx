/**
 * Matches as a Fluent DataGrid: the rows of both sides (buttons that select the row in the workbook),
 * the amount and any difference, why they match, and the review actions — accept or reject a
 * suggestion (or all those shown), unmatch a confirmed match. Long lists show in pages; Find narrows them by words, a row
 * as the list writes it ("L16") or its number, the match id from the BO Match ID column, or an amount.
 * The rows column sorts by amount and the reason's by date, the whole list before its pages.
 *
 * Keyboard: the arrows move between cells; each review action is a cell of its own, so the arrows land
 * on it; the rows cell and the why cell (with Compare) are entered with Enter and left with Escape.
 * After an action that takes its row away, focus goes to the same action on the row now in its place.
 */
import {
  Button,
  Caption1,
  Field,
  Link,
  SearchBox,
  Tooltip,
  createTableColumn,
  makeStyles,
  tokens,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { CheckmarkRegular, DismissRegular, LinkDismissRegular } from "@fluentui/react-icons";
import { useDeferredValue, useMemo, useState } from "react";
import { dayFromIso } from "../../../core/dates";
import { findMatches, type MatchView, type MatchViewList } from "../../../services/reconciliation";
import { count, money, rowPrefixes } from "./format";
import { usePaneStyles } from "../../components/paneStyles";
import {
  CompactGrid,
  sortItems,
  useRowActionFocus,
  type Compares,
  type GridSort,
} from "../../components/CompactGrid";
import { AcceptTogether } from "./AcceptTogether";
import { findByRows, type RowSearch } from "./findRows";
import { RowButtons } from "./RowButtons";

const PAGE = 50;

// In a 320 px pane (296 px inside its margins): the rows with the amount under them, why they match (the
// widest), and a column per review action, so the arrow keys land on each. Cells keep 4 px a side, not 8.
const cell = {
  minWidth: "0",
  paddingLeft: tokens.spacingHorizontalXS,
  paddingRight: tokens.spacingHorizontalXS,
};
const useStyles = makeStyles({
  match: { ...cell, flex: "0 0 96px" },
  why: { ...cell, flex: "1 1 0" },
  act: { ...cell, flex: "0 0 32px" },
  // A header that names its action column to screen readers; the column is too narrow to show it.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  compare: { fontSize: tokens.fontSizeBase200 },
  // A long amount wraps before its currency rather than running into the next column.
  amount: { fontVariantNumeric: "tabular-nums" },
  rowButton: {
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
});

export interface MatchGridProps {
  /** Views are made as they are shown; a search makes them all. */
  readonly matches: MatchViewList;
  readonly leftName: string;
  readonly rightName: string;
  readonly onShow: (side: "left" | "right", row: number) => void;
  /** The review actions; each may return a promise of its end, after which focus returns to the grid. */
  readonly onAccept?: (m: MatchView) => unknown;
  readonly onReject?: (m: MatchView) => unknown;
  readonly onUnmatch?: (m: MatchView) => unknown;
  /**
   * Offers, on an ambiguous one-to-one match or split, to compare it with the candidates as good; a
   * promise returned settles when the comparison is over, and focus comes back to the grid.
   */
  readonly onCompare?: (m: MatchView) => unknown;
  /** Offers to accept the unambiguous matches shown, all at once. */
  readonly onAcceptTogether?: (ids: readonly string[]) => void;
  readonly disabled: boolean;
  readonly label: string;
}

/** The review actions a match can offer, in the order they show; each test id is `${kind}-${match id}`. */
const REVIEW_ACTIONS = [
  { kind: "accept", name: "Accept", label: "Accept: confirm this match", icon: <CheckmarkRegular /> },
  {
    kind: "reject",
    name: "Reject",
    label: "Reject: these rows do not belong together",
    icon: <DismissRegular />,
  },
  { kind: "unmatch", name: "Unmatch", label: "Unmatch: keep these rows apart", icon: <LinkDismissRegular /> },
] as const;
const ACTION_COLUMNS: ReadonlySet<string | number> = new Set(REVIEW_ACTIONS.map((a) => a.kind));

const firstRow = (m: MatchView) => m.left[0]?.row ?? m.right[0]?.row ?? 0;
/** A match's date as a day, to compare as a date; one without (none) sorts first. */
const dayOf = (m: MatchView) => dayFromIso(m.date) ?? Number.NEGATIVE_INFINITY;

/** The sortable columns: the rows and amount by the amount's value, the reason by the match's date. */
const COMPARE: Compares<MatchView> = {
  match: (a, b) => a.leftTotal - b.leftTotal || firstRow(a) - firstRow(b),
  why: (a, b) => dayOf(a) - dayOf(b) || firstRow(a) - firstRow(b),
};

export function MatchGrid(props: MatchGridProps) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const { matches, leftName, rightName, onShow, disabled } = props;
  const handlers = { accept: props.onAccept, reject: props.onReject, unmatch: props.onUnmatch };
  const prefixes = rowPrefixes(leftName, rightName);
  const rowButtons = (m: MatchView, side: "left" | "right") => (
    <RowButtons
      side={side}
      rows={m[side]}
      name={side === "left" ? leftName : rightName}
      prefix={prefixes[side]}
      onShow={onShow}
      className={styles.rowButton}
    />
  );
  const [shown, setShown] = useState(PAGE);
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<GridSort | null>(null);
  // Searching 100,000 matches takes a tenth of a second: typing stays responsive, the list follows.
  const searched = useDeferredValue(query);
  const found = useMemo(() => {
    if (searched.trim() === "") return null;
    const how: RowSearch<MatchView> = {
      prefixes: rowPrefixes(leftName, rightName),
      search: findMatches,
      key: (m) => m.id,
      hasRow: (m, row, side) =>
        (side !== "right" && m.left.some((r) => r.row === row)) ||
        (side !== "left" && m.right.some((r) => r.row === row)),
    };
    return findByRows(matches.slice(0, matches.length), searched, how);
  }, [matches, searched, leftName, rightName]);
  // Sorted, the whole list is in the new order before its first page (its views all made then).
  const sorted = useMemo(
    () => (sort === null ? null : sortItems(found ?? matches.slice(0, matches.length), sort, COMPARE)),
    [matches, found, sort],
  );
  const total = found === null ? matches.length : found.length;
  const { onAcceptTogether } = props;
  const together = useMemo(() => {
    if (!onAcceptTogether) return null;
    const ids =
      found === null ? matches.unambiguousIds() : found.filter((m) => !m.ambiguous).map((m) => m.id);
    return { ids, ambiguous: (found === null ? matches.length : found.length) - ids.length };
  }, [matches, found, onAcceptTogether]);
  const page =
    sorted !== null
      ? sorted.slice(0, shown)
      : found === null
        ? matches.slice(0, shown)
        : found.slice(0, shown);
  const { run, focusReturn } = useRowActionFocus();
  const width = (id: string | number) =>
    id === "match" ? styles.match : ACTION_COLUMNS.has(id) ? styles.act : styles.why;
  // An action cell holds one button, which the arrows reach; the others hold several, entered with Enter.
  const focusMode = (id: string | number) => (ACTION_COLUMNS.has(id) ? "none" : "group");
  const columns: TableColumnDefinition<MatchView>[] = [
    createTableColumn<MatchView>({
      columnId: "match",
      compare: COMPARE.match,
      renderHeaderCell: () => "Rows · amount",
      renderCell: (m) => (
        <span>
          <span className={styles.wrap}>
            {rowButtons(m, "left")}↔{rowButtons(m, "right")}
          </span>
          <Caption1 as="span" block className={styles.amount}>
            {money(m.leftTotal, m.currency)}
          </Caption1>
          {m.difference !== 0 && (
            <Caption1
              as="span"
              block
              className={styles.amount}
            >{`Δ ${money(m.difference, m.currency)}`}</Caption1>
          )}
        </span>
      ),
    }),
    createTableColumn<MatchView>({
      columnId: "why",
      compare: COMPARE.why,
      renderHeaderCell: () => "Why · date",
      renderCell: (m) => (
        <span className={styles.wrap}>
          {m.text}
          <Caption1 as="span" block className={styles.muted}>{`${m.date} · ${m.rule}: ${m.reason}`}</Caption1>
          {props.onCompare && m.ambiguous && (
            <Link
              as="button"
              className={styles.compare}
              // Focusable while a decision runs: the keyboard user keeps their place.
              disabledFocusable={disabled}
              data-testid={`compare-${m.id}`}
              data-action="compare"
              onClick={(e) => run(e.currentTarget, () => props.onCompare?.(m))}
            >
              Compare the candidates
            </Link>
          )}
        </span>
      ),
    }),
    ...REVIEW_ACTIONS.flatMap(({ kind, name, label, icon }) => {
      const act = handlers[kind];
      if (!act) return [];
      return [
        createTableColumn<MatchView>({
          columnId: kind,
          renderHeaderCell: () => <span className={styles.hidden}>{name}</span>,
          renderCell: (m) => (
            <Tooltip content={label} relationship="label">
              <Button
                size="small"
                icon={icon}
                // Focusable while the decision runs: focus stays here until the row goes.
                disabledFocusable={disabled}
                data-testid={`${kind}-${m.id}`}
                data-action={kind}
                onClick={(e) => run(e.currentTarget, () => act(m))}
              />
            </Tooltip>
          ),
        }),
      ];
    }),
  ];
  return (
    <div className={styles.stack}>
      {matches.length > 0 && (
        <Field
          label="Find"
          hint={
            found === null
              ? `Words of the reason or description, a row such as ${prefixes.left}12, a match id, or an amount such as 1,234.00.`
              : `${count(total)} of ${count(matches.length)} found.`
          }
        >
          <SearchBox className={styles.fill} value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
      )}
      {together && onAcceptTogether && (
        <AcceptTogether
          ids={together.ids}
          ambiguous={together.ambiguous}
          searching={found !== null}
          disabled={disabled}
          onAccept={onAcceptTogether}
        />
      )}
      <CompactGrid
        className={styles.grid}
        items={page}
        columns={columns}
        getRowId={(m: MatchView) => m.id}
        label={props.label}
        columnClass={width}
        cellFocusMode={focusMode}
        focusReturn={focusReturn}
        rowTestId={(item) => `match-${item.id}`}
        sort={{ state: sort, onChange: setSort }}
      />
      {total === 0 && (
        <Caption1 className={styles.muted}>{matches.length === 0 ? "None." : "Nothing found."}</Caption1>
      )}
      {total > shown && (
        <div>
          <Button size="small" onClick={() => setShown((n) => n + PAGE)}>
            {`Show ${count(Math.min(PAGE, total - shown))} more of ${count(total - shown)}`}
          </Button>
        </div>
      )}
    </div>
  );
}
