/** Layout styles the workflow panels share: controls that fit a 320 px pane, compact grids and lists. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  /** Fluent's Dropdown asks for 250 px; in a narrow pane it takes the row instead. */
  fill: { minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.4fr)",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    alignItems: "center",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  wrap: { overflowWrap: "anywhere", minWidth: 0 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  grid: { minWidth: 0 },
  /** A grid that may be wider than the pane scrolls inside its box, never the page. */
  scroller: { overflowX: "auto", minWidth: 0 },
  /** A grid row's cells laid out by the grid itself. */
  contents: { display: "contents" },
});
