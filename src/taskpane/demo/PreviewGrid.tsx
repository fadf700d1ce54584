/** One sheet of the demo workbook as a grid with row numbers and column letters. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { SheetGridView } from "../../workbook/memory/sheetView";
import { columnLetter } from "../../core/table";

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "420px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    whiteSpace: "nowrap",
    maxWidth: "180px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: "right" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  noted: { boxShadow: `inset -6px 6px 0 -3px ${tokens.colorPaletteRedBorder2}` },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

export function PreviewGrid({ grid }: { grid: SheetGridView }) {
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [grid.selected, grid.sheet]);
  const width = grid.rows[0]?.length ?? 0;
  return (
    <div className={styles.scroller}>
      <table className={styles.grid} data-testid={`grid-${grid.sheet}`}>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: width }, (_, j) => (
              <th key={j} className={styles.head} scope="col">
                {columnLetter(grid.firstCol + j)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((line, i) => (
            <tr key={grid.firstRow + i}>
              <th className={styles.rowHead} scope="row">
                {grid.firstRow + i}
              </th>
              {line.map((c) => {
                const selected = grid.selected === c.address;
                const classes = [
                  styles.cell,
                  c.kind === "number" ? styles.number : "",
                  c.bold ? styles.bold : "",
                  c.note ? styles.noted : "",
                  selected ? styles.selected : "",
                ].join(" ");
                return (
                  <td
                    key={c.address}
                    ref={selected ? selectedRef : undefined}
                    className={classes}
                    style={c.fill ? { backgroundColor: c.fill } : undefined}
                    data-address={c.address}
                    data-selected={selected ? "true" : undefined}
                    data-fill={c.fill ?? undefined}
                    data-note={c.note ?? undefined}
                    aria-selected={selected}
                    title={c.note ?? undefined}
                  >
                    {c.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {grid.truncated && <p>Only the first rows and columns are shown.</p>}
    </div>
  );
}
