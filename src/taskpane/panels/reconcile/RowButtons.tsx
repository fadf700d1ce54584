/** A match's rows of one side as the lists write them ("L12"), each a button that shows the row on its sheet. */
import { Button } from "@fluentui/react-components";

export function RowButtons({
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
  onShow: (side: "left" | "right", row: number) => void;
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
