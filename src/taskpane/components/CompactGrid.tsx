/**
 * The pane's data grid: a small Fluent DataGrid with a header row, column widths by column id, optional
 * row selection, and a test id per row. Cell content comes from the column definitions, as text.
 */
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  type DataGridProps,
  type TableColumnDefinition,
  type TableColumnId,
  type TableRowId,
} from "@fluentui/react-components";

export interface CompactGridProps<T> {
  readonly items: readonly T[];
  readonly columns: TableColumnDefinition<T>[];
  readonly getRowId: (item: T) => TableRowId;
  /** What the grid lists, for screen readers. */
  readonly label: string;
  /** Class of each column's cells (widths), by column id. */
  readonly columnClass?: (columnId: TableColumnId) => string | undefined;
  readonly rowTestId?: (item: T) => string;
  readonly className?: string;
  /** Multi-row selection with checkboxes; the labels name what a checkbox selects. */
  readonly selection?: {
    readonly selected: ReadonlySet<TableRowId>;
    readonly onChange: NonNullable<DataGridProps["onSelectionChange"]>;
    readonly allLabel: string;
    readonly rowLabel: (item: T) => string;
  };
}

export function CompactGrid<T>(props: CompactGridProps<T>) {
  const { selection, columnClass = () => undefined } = props;
  return (
    <DataGrid
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
            {...(selection
              ? { selectionCell: { checkboxIndicator: { "aria-label": selection.rowLabel(item) } } }
              : {})}
          >
            {({ renderCell, columnId }) => (
              <DataGridCell className={columnClass(columnId)}>{renderCell(item)}</DataGridCell>
            )}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
