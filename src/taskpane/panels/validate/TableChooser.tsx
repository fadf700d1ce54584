/** Picks the table to validate and its kind; the kind detected from the headers is pre-selected. */
import { Caption1, Dropdown, Field, Option, Select } from "@fluentui/react-components";
import { KIND_OPTIONS, kindLabel, type CandidateTable } from "../../../services/validation";
import { usePaneStyles } from "../../components/paneStyles";

export interface TableChooserProps {
  readonly tables: readonly CandidateTable[];
  readonly table: string | null;
  readonly onTable: (name: string) => void;
  /** "auto", a kind id, or "none". */
  readonly kind: string;
  readonly onKind: (kind: string) => void;
  readonly disabled: boolean;
}

function tableText(t: CandidateTable): string {
  const kind = t.kind === undefined ? "kind not detected" : kindLabel(t.kind);
  return `${t.info.name} · ${kind} · ${t.info.rowCount.toLocaleString()} rows`;
}

function detectedText(t: CandidateTable | undefined): string {
  if (t === undefined) return "Detect from the headers";
  if (t.kind === undefined) return "Detect from the headers (no kind fits)";
  return `Detect from the headers: ${kindLabel(t.kind)}`;
}

function kindHint(t: CandidateTable | undefined, kind: string): string {
  if (t === undefined || kind !== "auto")
    return "Your choice is kept with the table's rules when you save them.";
  if (t.kind !== undefined)
    return `${Math.round(t.confidence * 100)}% of the headers recognised (${t.info.sheet}!${t.info.address}).`;
  if (t.fits.length > 1)
    return `The headers fit ${t.fits.map(kindLabel).join(" and ")} equally well: choose the kind.`;
  return "No kind fits these headers: only your column rules will be checked.";
}

export function TableChooser({ tables, table, onTable, kind, onKind, disabled }: TableChooserProps) {
  const styles = usePaneStyles();
  const current = tables.find((t) => t.info.name === table);
  return (
    <div className={styles.stack}>
      <Field label="Table">
        <Dropdown
          className={styles.fill}
          data-testid="validate-table"
          aria-label="Table to validate"
          disabled={disabled}
          value={current === undefined ? "" : tableText(current)}
          selectedOptions={table === null ? [] : [table]}
          placeholder={tables.length === 0 ? "This workbook has no tables" : "Pick a table"}
          onOptionSelect={(_, d) => d.optionValue !== undefined && onTable(d.optionValue)}
        >
          {tables.map((t) => (
            <Option key={t.info.name} value={t.info.name} text={tableText(t)}>
              {tableText(t)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Kind of table" hint={<Caption1>{kindHint(current, kind)}</Caption1>}>
        <Select
          className={styles.fill}
          data-testid="validate-kind"
          disabled={disabled || current === undefined}
          value={kind}
          onChange={(_, d) => onKind(d.value)}
        >
          <option value="auto">{detectedText(current)}</option>
          {KIND_OPTIONS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
          <option value="none">None: column rules only</option>
        </Select>
      </Field>
    </div>
  );
}
