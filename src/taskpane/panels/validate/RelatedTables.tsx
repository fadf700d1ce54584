/**
 * The related tables the kind's rules look values up in (chart of accounts, items, people, rooms): the
 * detected one is proposed; the user can pick another table or choose not to check (kept with the rules).
 */
import { Caption1, Field, Select, Text } from "@fluentui/react-components";
import type { LookupProposal } from "../../../services/validation";
import { usePaneStyles } from "../../components/paneStyles";

const AUTO = "\u0000auto";
const NONE = "\u0000none";

export interface RelatedTablesProps {
  readonly lookups: readonly LookupProposal[];
  /** Every table of the workbook but the one being validated. */
  readonly tables: readonly string[];
  /** The user's table for a role (kept with the rules), null to skip it; absent: detect. */
  readonly choices: Readonly<Record<string, string | null>>;
  readonly onChoose: (role: LookupProposal["role"], table: string | null | undefined) => void;
  readonly disabled: boolean;
}

function hint(l: LookupProposal): string {
  if (l.how === "none" && l.table === null)
    return l.candidates.length === 0
      ? `No table looks like ${l.label.toLowerCase()}: pick one, or ${l.purpose} will not be checked.`
      : `Not checked (your choice, kept with the rules): ${l.purpose}.`;
  return `Checks that ${l.purpose}.`;
}

export function RelatedTables({ lookups, tables, choices, onChoose, disabled }: RelatedTablesProps) {
  const styles = usePaneStyles();
  if (lookups.length === 0)
    return <Text className={styles.muted}>This kind of table needs no other table.</Text>;
  return (
    <div className={styles.stack} data-testid="validate-related">
      {lookups.map((l) => {
        const chosen = choices[l.role];
        const value = chosen === undefined ? AUTO : chosen === null ? NONE : chosen;
        const detected = l.how === "detected" && l.table !== null ? l.table : null;
        return (
          <Field key={l.role} label={l.label} hint={<Caption1>{hint(l)}</Caption1>}>
            <Select
              className={styles.fill}
              disabled={disabled}
              value={value}
              aria-label={`${l.label} table`}
              onChange={(_, d) =>
                onChoose(l.role, d.value === AUTO ? undefined : d.value === NONE ? null : d.value)
              }
            >
              <option value={AUTO}>
                {detected === null ? "Detect automatically" : `${detected} (detected)`}
              </option>
              {tables.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
              {chosen !== undefined && chosen !== null && !tables.includes(chosen) && (
                <option value={chosen}>{chosen} (not in this workbook)</option>
              )}
              <option value={NONE}>Do not check</option>
            </Select>
          </Field>
        );
      })}
    </div>
  );
}
