/**
 * Matches as a Fluent DataGrid: the rows of both sides (buttons that select the row in the workbook),
 * the amount and any difference, why they match, and the review actions — accept or reject a
 * suggestion (or all those shown), unmatch a confirmed match. Long lists show in pages; Find narrows them by words, a row
 * number, the match id from the BO Match ID column, or an amount.
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
import { findMatches, type MatchView, type MatchViewList } from "../../../services/reconciliation";
import { money, rowPrefixes } from "./format";
import { usePaneStyles } from "../../components/paneStyles";
import { CompactGrid } from "../../components/CompactGrid";
import { AcceptTogether } from "./AcceptTogether";

const PAGE = 50;

// Three columns in a 320 px pane (296 px inside its margins): the rows with the amount under them, why
// they match (the widest), and the actions. Cells keep 4 px a side, not Fluent's 8.
const cell = {
  minWidth: "0",
  paddingLeft: tokens.spacingHorizontalXS,
  paddingRight: tokens.spacingHorizontalXS,
};
const useStyles = makeStyles({
  match: { ...cell, flex: "0 0 96px" },
  why: { ...cell, flex: "1 1 0" },
  act: { ...cell, flex: "0 0 60px" },
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
  readonly onAccept?: (m: MatchView) => void;
  readonly onReject?: (m: MatchView) => void;
  readonly onUnmatch?: (m: MatchView) => void;
  /** Offers, on an ambiguous one-to-one match or split, to compare it with the candidates as good. */
  readonly onCompare?: (m: MatchView) => void;
  /** Offers to accept the unambiguous matches shown, all at once. */
  readonly onAcceptTogether?: (ids: readonly string[]) => void;
  readonly disabled: boolean;
  readonly label: string;
}

/** The review actions a match can offer, in the order they show; each test id is `${kind}-${match id}`. */
const REVIEW_ACTIONS = [
  { kind: "accept", label: "Accept: confirm this match", icon: <CheckmarkRegular /> },
  { kind: "reject", label: "Reject: these rows do not belong together", icon: <DismissRegular /> },
  { kind: "unmatch", label: "Unmatch: keep these rows apart", icon: <LinkDismissRegular /> },
] as const;

function RowButtons({
  side,
  rows,
  name,
  prefix,
  onShow,
  className,
}: {
  side: "left" | "right";
  rows: readonly { row: number }[];
  name: string;
  prefix: string;
  onShow: MatchGridProps["onShow"];
  className: string;
}) {
  return (
    <>
      {rows.map((r) => (
        <Button
          key={r.row}
          size="small"
          appearance="transparent"
          className={className}
          aria-label={`Show ${name} row ${r.row}`}
          onClick={() => onShow(side, r.row)}
        >
          {`${prefix}${r.row}`}
        </Button>
      ))}
    </>
  );
}

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
  // Searching 100,000 matches takes a tenth of a second: typing stays responsive, the list follows.
  const searched = useDeferredValue(query);
  const found = useMemo(
    () => (searched.trim() === "" ? null : findMatches(matches.slice(0, matches.length), searched)),
    [matches, searched],
  );
  const count = found === null ? matches.length : found.length;
  const { onAcceptTogether } = props;
  const together = useMemo(() => {
    if (!onAcceptTogether) return null;
    const ids =
      found === null ? matches.unambiguousIds() : found.filter((m) => !m.ambiguous).map((m) => m.id);
    return { ids, ambiguous: (found === null ? matches.length : found.length) - ids.length };
  }, [matches, found, onAcceptTogether]);
  const page = found === null ? matches.slice(0, shown) : found.slice(0, shown);
  const width = (id: string | number) =>
    id === "match" ? styles.match : id === "act" ? styles.act : styles.why;
  const columns: TableColumnDefinition<MatchView>[] = [
    createTableColumn<MatchView>({
      columnId: "match",
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
      renderHeaderCell: () => "Why",
      renderCell: (m) => (
        <span className={styles.wrap}>
          {m.text}
          <Caption1 as="span" block className={styles.muted}>{`${m.date} · ${m.rule}: ${m.reason}`}</Caption1>
          {props.onCompare && m.ambiguous && (
            <Link
              as="button"
              className={styles.compare}
              disabled={disabled}
              data-testid={`compare-${m.id}`}
              onClick={() => props.onCompare?.(m)}
            >
              Compare the candidates
            </Link>
          )}
        </span>
      ),
    }),
    createTableColumn<MatchView>({
      columnId: "act",
      renderHeaderCell: () => "",
      renderCell: (m) => (
        <span className={styles.row}>
          {REVIEW_ACTIONS.map(({ kind, label, icon }) => {
            const act = handlers[kind];
            return (
              act && (
                <Tooltip key={kind} content={label} relationship="label">
                  <Button
                    size="small"
                    icon={icon}
                    disabled={disabled}
                    data-testid={`${kind}-${m.id}`}
                    onClick={() => act(m)}
                  />
                </Tooltip>
              )
            );
          })}
        </span>
      ),
    }),
  ];
  return (
    <div className={styles.stack}>
      {matches.length > 0 && (
        <Field
          label="Find"
          hint={
            found === null
              ? "Words of the reason or description, a row, a match id, or an amount such as 1,234.00."
              : `${count.toLocaleString()} of ${matches.length.toLocaleString()} found.`
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
        rowTestId={(item) => `match-${item.id}`}
      />
      {count === 0 && (
        <Caption1 className={styles.muted}>{matches.length === 0 ? "None." : "Nothing found."}</Caption1>
      )}
      {count > shown && (
        <div>
          <Button size="small" onClick={() => setShown((n) => n + PAGE)}>
            Show {Math.min(PAGE, count - shown)} more of {count - shown}
          </Button>
        </div>
      )}
    </div>
  );
}
