/**
 * The Validate workflow: pick a table (its kind pre-detected), review the column mapping, the related
 * tables and the rules, run with progress and cancel, then work through the findings grouped by rule —
 * select a cell, mark the cells, clear the marks, write the report.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useServices } from "../../state/ServicesContext";
import { ResultsView } from "./ResultsView";
import { SetupSections } from "./SetupSections";
import { TableChooser } from "./TableChooser";
import { ValidateActions } from "./ValidateActions";
import { setTableRule, switchOff } from "./rulesEdit";
import { usePaneStyles } from "../../components/paneStyles";
import { useLookupChoices } from "./useLookupChoices";
import { useProposal } from "./useProposal";
import { useRulesDraft } from "./useRulesDraft";
import { useTables } from "./useTables";
import { useValidationRun } from "./useValidationRun";

export function ValidatePanel() {
  const styles = usePaneStyles();
  const service = useServices().validation;
  const { tables, error, reload } = useTables(service);
  const [picked, setPicked] = useState<string | null>(null);
  const candidate = tables?.find((t) => t.info.name === picked) ?? tables?.[0];
  const table = candidate?.info.name ?? null;
  const draft = useRulesDraft(service, table);
  const lookup = useLookupChoices(table, draft.draft, draft);
  const proposed = useProposal(service, table, draft.draft, lookup.lookups, draft.loaded);
  const proposal = proposed.proposal?.table === table ? proposed.proposal : null;
  const run = useValidationRun(service, table, draft.draft, lookup.lookups);
  const rules = draft.draft;
  const disabled = run.busy;

  if (error !== null)
    return (
      <MessageBar layout="multiline" intent="error">
        <MessageBarBody>
          <MessageBarTitle>The workbook’s tables could not be listed</MessageBarTitle>
          {error}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={reload}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  if (tables === null) return <Spinner size="small" label="Finding the workbook’s tables…" />;
  if (tables.length === 0)
    return (
      <MessageBar layout="multiline" intent="info">
        <MessageBarBody>
          <MessageBarTitle>No tables yet</MessageBarTitle>
          Format your data as a table (Home › Format as Table), then refresh.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={reload}>Refresh</Button>
        </MessageBarActions>
      </MessageBar>
    );

  const headers = candidate?.info.headers.filter((h) => h.trim() !== "") ?? [];
  return (
    <div className={styles.stack} data-testid="validate-panel">
      <TableChooser
        tables={tables}
        table={table}
        onTable={setPicked}
        kind={rules.kind ?? "auto"}
        onKind={(k) =>
          draft.update((r) => setTableRule(r, { kind: k === "auto" ? undefined : (k as "none") }))
        }
        disabled={disabled}
      />
      <div>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowClockwiseRegular />}
          onClick={reload}
          disabled={disabled}
        >
          Refresh tables
        </Button>
      </div>
      {proposed.error !== null && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{proposed.error}</MessageBarBody>
        </MessageBar>
      )}
      {proposal !== null && table !== null && (
        <SetupSections
          service={service}
          table={table}
          headers={headers}
          others={tables
            .filter((t) => t.info.name !== table)
            .map((t) => ({ name: t.info.name, headers: t.info.headers.filter((h) => h.trim() !== "") }))}
          proposal={proposal}
          draft={draft}
          lookupChoices={lookup.shown}
          onLookup={lookup.choose}
          disabled={disabled}
        />
      )}
      <ValidateActions
        // Validate waits for the picked table's mapping: results shown before it would be pushed down
        // the pane when it arrives, under the user's pointer.
        canRun={table !== null && draft.loaded && (proposal !== null || proposed.error !== null)}
        canClear={table !== null && draft.loaded}
        hasRun={run.run !== null}
        busy={run.busy}
        onRun={() => void run.start()}
        onMark={() => void run.mark()}
        onClear={() => void run.clear()}
        onReport={() => void run.report()}
      />
      {run.run !== null && (
        <ResultsView
          run={run.run}
          stale={run.stale}
          onSelect={run.select}
          off={rules.off ?? []}
          onSwitchOff={(id) => draft.update((r) => switchOff(r, id))}
          disabled={disabled}
        />
      )}
    </div>
  );
}
