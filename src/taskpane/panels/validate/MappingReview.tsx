/**
 * The column mapping to review: each field of the kind with the header it is read from. The user can send
 * a field to another header or to none; header problems are listed with what to do.
 */
import { Badge, Caption1, Label, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { bareMessage, type FieldMapping, type MappingProposal } from "../../../services/validation";
import { usePaneStyles } from "../../components/paneStyles";

const AUTO = "\u0000auto";
const NONE = "\u0000none";

export interface MappingReviewProps {
  readonly proposal: MappingProposal;
  readonly headers: readonly string[];
  /** The user's mapping: field -> header, null for "not in the table"; absent: detected. */
  readonly map: Readonly<Record<string, string | null>>;
  readonly onMap: (field: string, header: string | null | undefined) => void;
  readonly disabled: boolean;
}

function howBadge(f: FieldMapping) {
  switch (f.how) {
    case "override":
      return (
        <Badge appearance="tint" color="brand">
          your choice
        </Badge>
      );
    case "exact":
      return (
        <Badge appearance="tint" color="success">
          found
        </Badge>
      );
    case "synonym":
      return (
        <Badge appearance="tint" color="warning">
          close match
        </Badge>
      );
    case "none":
      return f.required ? (
        <Badge appearance="tint" color="danger">
          missing
        </Badge>
      ) : (
        <Badge appearance="tint" color="subtle">
          not used
        </Badge>
      );
  }
}

export function MappingReview({ proposal, headers, map, onMap, disabled }: MappingReviewProps) {
  const styles = usePaneStyles();
  if (proposal.kind === undefined)
    return (
      <Text className={styles.muted}>
        No kind is chosen, so no field is mapped: the table is checked against your column rules only.
      </Text>
    );
  return (
    <div className={styles.stack} data-testid="validate-mapping">
      {proposal.issues.length > 0 && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            {proposal.issues.map((i, k) => (
              <div key={k} className={styles.wrap}>
                {bareMessage(i)}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.pair}>
        {proposal.fields.map((f) => {
          const id = `map-${f.field}`;
          const chosen = map[f.field];
          const value = chosen === undefined ? AUTO : chosen === null ? NONE : chosen;
          return (
            <div key={f.field} className={styles.contents}>
              <div className={styles.wrap}>
                <Label htmlFor={id} required={f.required}>
                  {f.label}
                </Label>{" "}
                {howBadge(f)}
              </div>
              <Select
                id={id}
                className={styles.fill}
                disabled={disabled}
                value={value}
                onChange={(_, d) =>
                  onMap(f.field, d.value === AUTO ? undefined : d.value === NONE ? null : d.value)
                }
              >
                <option value={AUTO}>
                  {chosen === undefined && f.header !== null
                    ? `${f.header} (detected)`
                    : "Detect automatically"}
                </option>
                {headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
                <option value={NONE}>Not in this table</option>
              </Select>
            </div>
          );
        })}
      </div>
      {proposal.otherHeaders.length > 0 && (
        <Caption1 className={styles.muted}>
          Other columns (checked by your column rules, if any): {proposal.otherHeaders.join(", ")}
        </Caption1>
      )}
    </div>
  );
}
