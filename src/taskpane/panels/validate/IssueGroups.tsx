/**
 * The findings grouped by the rule that raised them: each group's header gives its severity, its count and
 * the rule's % failing; opening it shows the issues and a button that switches the rule off in the rules
 * draft (it takes effect on the next run). A last group lists every rule that ran, each with the same switch.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Issue, Severity } from "../../../core/issues";
import type { IssueGroup, ValidationRun } from "../../../services/validation";
import { IssueGrid } from "./IssueGrid";
import { RuleStatsGrid } from "./RuleStatsGrid";
import { usePaneStyles } from "../../components/paneStyles";
import { count, counted } from "../../components/counts";

const COLOR: Readonly<Record<Severity, "danger" | "warning" | "informative">> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  head: { display: "flex", flexDirection: "column", minWidth: 0, gap: tokens.spacingVerticalXXS },
  title: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", minWidth: 0 },
});

/** What a rule set's "off" list names to silence a group: its rule id, or the code of rule-less findings. */
function offIdOf(g: IssueGroup): string {
  return g.id.startsWith("code:") ? g.code : g.id;
}

function counts(g: IssueGroup): string {
  const s = g.stat;
  if (s === undefined) return `${counted(g.issues.length, "finding", "findings")} about the table`;
  const pct = s.percentFailed.toLocaleString(undefined, { maximumFractionDigits: 2 });
  // A note (hidden rows checked, headers found lower down) fails nothing: no "mostly" to be within.
  const mostly = s.passed && s.failed > 0 ? ", within “mostly”" : "";
  return `${s.failed.toLocaleString()} of ${s.checked.toLocaleString()} failed (${pct}%)${mostly}`;
}

export interface IssueGroupsProps {
  readonly run: ValidationRun;
  readonly onSelect: (issue: Issue) => void;
  /** Ids switched off in the rules draft (see offIdOf). */
  readonly off: readonly string[];
  readonly onSwitchOff: (id: string) => void;
  readonly disabled: boolean;
}

export function IssueGroups({ run, onSelect, off, onSwitchOff, disabled }: IssueGroupsProps) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const first = run.groups[0];
  return (
    <Accordion
      multiple
      collapsible
      defaultOpenItems={first === undefined ? [] : [first.id]}
      data-testid="issue-groups"
    >
      {run.groups.map((g) => (
        <AccordionItem key={g.id} value={g.id} data-testid="issue-group">
          <AccordionHeader size="small">
            <span className={styles.head}>
              <span className={styles.title}>
                <Badge color={COLOR[g.severity]} aria-label={`${count(g.issues.length)} ${g.severity}`}>
                  {g.issues.length.toLocaleString()}
                </Badge>
                <Text weight="semibold" className={styles.wrap}>
                  {g.title}
                </Text>
              </span>
              <Caption1 className={styles.muted}>{counts(g)}</Caption1>
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <IssueGrid run={run} issues={g.issues} onSelect={onSelect} />
            <div>
              {off.includes(offIdOf(g)) ? (
                <Caption1 className={styles.muted}>Switched off: validate again to leave it out.</Caption1>
              ) : (
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={disabled}
                  onClick={() => onSwitchOff(offIdOf(g))}
                >
                  Switch this rule off
                </Button>
              )}
            </div>
          </AccordionPanel>
        </AccordionItem>
      ))}
      <AccordionItem value="all-rules">
        <AccordionHeader size="small">All rules ({run.result.stats.length})</AccordionHeader>
        <AccordionPanel>
          <RuleStatsGrid
            stats={run.result.stats}
            columns={run.result.columns}
            off={off}
            onSwitchOff={onSwitchOff}
            disabled={disabled}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
