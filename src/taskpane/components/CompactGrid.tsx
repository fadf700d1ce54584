/**
 * The pane's data grid: a small Fluent DataGrid with a header row, column widths by column id, optional
 * row selection, optional sorting by the columns that have a compare function, and a test id per row.
 * Cell content comes from the column definitions.
 *
 * Sorting is the caller's: it keeps the sort (`sort`) and gives the grid its items in that order
 * (`sortItems`), so a list shown a page at a time is sorted as a whole, not page by page. A sortable
 * header is a button: the arrow keys reach it, Enter or Space sorts by it, again the other way.
 *
 * Keyboard: the grid is one Tab stop and the arrow keys move between its cells. A column whose cells
 * hold one action says `none` (the arrows land on the action itself); a column whose cells hold several,
 * or text and an action, says `group` (Enter moves into the cell, Tab between its actions, Escape back).
 * `useRowActionFocus` keeps focus in the grid when an action takes its row away.
 */
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  type DataGridCellFocusMode,
  type DataGridProps,
  type TableColumnDefinition,
  type TableColumnId,
  type TableRowId,
  useMergedRefs,
} from "@fluentui/react-components";
import { useCallback, useLayoutEffect, useRef, useState, type Ref, type RefObject } from "react";

/** Which column a grid is sorted by, and which way. */
export type GridSort = NonNullable<DataGridProps["sortState"]>;

/** How two items compare by a column (negative: `a` first), by column id: the sortable columns. */
export type Compares<T> = Readonly<Record<string, (a: T, b: T) => number>>;

/**
 * The items in the order of `sort`, as the grid orders them: the column's compare (the one its
 * definition is given too), turned round for descending, ties kept in the order given. Unsorted (null,
 * or a column without compare): as given.
 */
export function sortItems<T>(
  items: readonly T[],
  sort: GridSort | null,
  compares: Compares<T>,
): readonly T[] {
  const compare = sort?.sortColumn === undefined ? undefined : compares[String(sort.sortColumn)];
  if (!sort || !compare) return items;
  const way = sort.sortDirection === "ascending" ? 1 : -1;
  return [...items].sort((a, b) => compare(a, b) * way);
}

export interface CompactGridProps<T> {
  readonly items: readonly T[];
  readonly columns: TableColumnDefinition<T>[];
  readonly getRowId: (item: T) => TableRowId;
  /** What the grid lists, for screen readers. */
  readonly label: string;
  /** Class of each column's cells (widths), by column id. */
  readonly columnClass?: (columnId: TableColumnId) => string | undefined;
  /** How keyboard focus meets each column's cells (Fluent's `cell` unless given); see the module note. */
  readonly cellFocusMode?: (columnId: TableColumnId) => DataGridCellFocusMode | undefined;
  readonly rowTestId?: (item: T) => string;
  readonly className?: string;
  /** The grid's root, which can take focus (tabIndex -1): when an action leaves no row, for one. */
  readonly gridRef?: Ref<HTMLDivElement>;
  /** Where a row's action was taken, from `useRowActionFocus`: focus returns there when it has settled. */
  readonly focusReturn?: ActionSpot | null;
  /** Multi-row selection with checkboxes; the labels name what a checkbox selects. */
  readonly selection?: {
    readonly selected: ReadonlySet<TableRowId>;
    readonly onChange: NonNullable<DataGridProps["onSelectionChange"]>;
    readonly allLabel: string;
    readonly rowLabel: (item: T) => string;
  };
  /** Sorting by the columns with a compare function; `items` come in this order (see `sortItems`). */
  readonly sort?: {
    readonly state: GridSort | null;
    readonly onChange: (sort: GridSort) => void;
  };
}

export function CompactGrid<T>({ gridRef, ...props }: CompactGridProps<T>) {
  const { selection, sort, columnClass = () => undefined, cellFocusMode = () => undefined } = props;
  const root = useRef<HTMLDivElement | null>(null);
  const ref = useMergedRefs(root, gridRef);
  useFocusReturn(
    root,
    props.focusReturn,
    props.items.map((item) => String(props.getRowId(item))),
  );
  return (
    <DataGrid
      ref={ref}
      tabIndex={-1}
      className={props.className}
      items={[...props.items]}
      columns={props.columns}
      getRowId={props.getRowId}
      size="small"
      aria-label={props.label}
      {...(selection
        ? {
            selectionMode: "multiselect" as const,
            selectedItems: selection.selected as Set<TableRowId>,
            onSelectionChange: selection.onChange,
          }
        : {})}
      {...(sort
        ? {
            sortable: true,
            // No column yet: the items' own order, which no header claims.
            sortState: sort.state ?? { sortColumn: undefined, sortDirection: "ascending" as const },
            onSortChange: (_: unknown, next: GridSort) => sort.onChange(next),
          }
        : {})}
    >
      <DataGridHeader>
        <DataGridRow
          {...(selection
            ? { selectionCell: { checkboxIndicator: { "aria-label": selection.allLabel } } }
            : {})}
        >
          {({ renderHeaderCell, columnId }) => (
            <DataGridHeaderCell className={columnClass(columnId)}>{renderHeaderCell()}</DataGridHeaderCell>
          )}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<T>>
        {({ item, rowId }) => (
          <DataGridRow<T>
            key={rowId}
            data-testid={props.rowTestId?.(item)}
            data-row-id={String(rowId)}
            {...(selection
              ? { selectionCell: { checkboxIndicator: { "aria-label": selection.rowLabel(item) } } }
              : {})}
          >
            {({ renderCell, columnId }) => (
              <DataGridCell
                className={columnClass(columnId)}
                focusMode={cellFocusMode(columnId) ?? "cell"}
                data-column={columnId}
              >
                {renderCell(item)}
              </DataGridCell>
            )}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}

/** Where a row's action was taken: the row by id and by place, the action, and the column of its cell. */
export interface ActionSpot {
  readonly rowId: string;
  readonly index: number;
  readonly action: string | undefined;
  readonly column: string | undefined;
}

const bodyRows = (grid: HTMLElement) => [...grid.querySelectorAll<HTMLElement>('[role="row"][data-row-id]')];

/**
 * Runs a row's action (`run`, from the element that took it) and, once it has settled, says where it was
 * taken (`focusReturn`, for the grid): the grid puts focus back on the same action (its `data-action`) of
 * the same row or, when the action took the row away, of the row now in its place.
 */
export function useRowActionFocus() {
  const [focusReturn, setFocusReturn] = useState<ActionSpot | null>(null);
  const run = useCallback((from: HTMLElement, act: () => unknown) => {
    const grid = from.closest<HTMLElement>('[role="grid"]');
    const row = from.closest<HTMLElement>("[data-row-id]");
    const result = act();
    if (grid === null || row === null) return;
    const taken: ActionSpot = {
      rowId: row.dataset.rowId ?? "",
      index: bodyRows(grid).indexOf(row),
      action: from.dataset.action,
      column: from.closest<HTMLElement>("[data-column]")?.dataset.column,
    };
    const done = () => setFocusReturn(taken);
    Promise.resolve(result).then(done, (e: unknown) => {
      done();
      throw e;
    });
  }, []);
  return { run, focusReturn };
}

/**
 * Focus back at `spot` in the grid's rows: on its action, else its cell (the row in its place may not
 * offer it), else the row's first cell, else the grid. Focus the user moved out of the grid stays there.
 */
function focusSpot(grid: HTMLElement, rows: readonly HTMLElement[], spot: ActionSpot): void {
  const active = document.activeElement;
  if (active !== null && active !== document.body && !grid.contains(active)) return;
  const row = rows.find((r) => r.dataset.rowId === spot.rowId) ?? rows[Math.min(spot.index, rows.length - 1)];
  const within = (attribute: string, value: string | undefined) =>
    value === undefined
      ? undefined
      : [...(row?.querySelectorAll<HTMLElement>(`[${attribute}]`) ?? [])].find(
          (e) => e.getAttribute(attribute) === value,
        );
  const first = row?.querySelector<HTMLElement>('[role="gridcell"][tabindex]');
  for (const target of [
    within("data-action", spot.action),
    within("data-column", spot.column),
    first,
    grid,
  ]) {
    target?.focus();
    if (target && document.activeElement === target) return;
  }
}

/**
 * Returns focus to `spot` once the grid's rows on the page are those of `rowIds`: Fluent's grid body
 * catches up with new items in a render of its own, after the one that brought them.
 */
function useFocusReturn(
  grid: RefObject<HTMLDivElement | null>,
  spot: ActionSpot | null | undefined,
  rowIds: readonly string[],
): void {
  const returned = useRef<ActionSpot | null>(null);
  const ids = JSON.stringify(rowIds);
  useLayoutEffect(() => {
    const root = grid.current;
    if (!spot || root === null || returned.current === spot) return;
    const expected = JSON.parse(ids) as string[];
    const attempt = () => {
      const rows = bodyRows(root);
      if (rows.length !== expected.length || rows.some((r, k) => r.dataset.rowId !== expected[k])) return;
      returned.current = spot;
      observer.disconnect();
      focusSpot(root, rows, spot);
    };
    const observer = new MutationObserver(attempt);
    observer.observe(root, { childList: true, subtree: true });
    attempt();
    return () => observer.disconnect();
  }, [grid, spot, ids]);
}
