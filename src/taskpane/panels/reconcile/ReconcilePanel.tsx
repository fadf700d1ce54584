/**
 * The Reconcile workflow: choose the kind and the two tables, confirm how each side reads (columns,
 * signs, rows taking part, balances) and the rules, run with progress and cancel, review suggestions,
 * confirmed matches and open rows, then apply to the workbook — or revert what was applied.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { Rule } from "../../../core/reconcile";
import { presetById, type SideSetup } from "../../../services/reconciliation";
import { useServices } from "../../state/ServicesContext";
import { ApplyBar, RunButton } from "./ApplyBar";
import { balancesToCorrect } from "./BalanceFields";
import { ColumnsEditor } from "./ColumnsEditor";
import { ResultsView } from "./ResultsView";
import { RulesEditor } from "./RulesEditor";
import { ImportFile, type Imported } from "./ImportFile";
import { PairChooser } from "./PairChooser";
import { SideCard } from "./SideCard";
import { usePaneStyles } from "../../components/paneStyles";
import { useReconcileRun } from "./useReconcileRun";
import { useReconcileSetup } from "./useReconcileSetup";

export function ReconcilePanel() {
  const styles = usePaneStyles();
  const service = useServices().reconciliation;
  const s = useReconcileSetup(service);
  const r = useReconcileRun(service, s.setup);
  const disabled = r.busy;
  const { editSide, editSetup, reloadTables, chooseTables, guessTables } = s;
  // An imported statement becomes the statement side, beside the book table chosen (or the only other
  // one); an imported ledger the book side, beside the statement chosen.
  const bookTable = s.left ?? s.tables?.[0]?.name ?? null;
  const statementTable = s.right ?? s.tables?.[0]?.name ?? null;
  const [imported, setImported] = useState<Imported | null>(null);
  const [importedLedger, setImportedLedger] = useState<Imported | null>(null);
  /** An import's table takes its side, beside the other side's table; undone, the tables are guessed again. */
  const importedAs = useCallback(
    (side: "left" | "right", keep: (imp: Imported | null) => void) => (imp: Imported | null) => {
      keep(imp);
      reloadTables();
      if (imp === null) return guessTables();
      const other = side === "right" ? bookTable : statementTable;
      const beside = other === imp.table ? null : other;
      if (side === "right") chooseTables(beside, imp.table);
      else chooseTables(imp.table, beside);
    },
    [reloadTables, guessTables, chooseTables, bookTable, statementTable],
  );
  const onImported = useMemo(() => importedAs("right", setImported), [importedAs]);
  const onImportedLedger = useMemo(() => importedAs("left", setImportedLedger), [importedAs]);
  const importer = (
    <>
      <ImportFile
        service={service}
        kind="statement"
        disabled={disabled}
        imported={imported}
        onImported={onImported}
      />
      <ImportFile
        service={service}
        kind="ledger"
        disabled={disabled}
        imported={importedLedger}
        onImported={onImportedLedger}
      />
    </>
  );
  // Stable handlers, so the memoised parts below skip the re-renders of progress ticks.
  const editLeft = useCallback((c: (x: SideSetup) => SideSetup) => editSide("left", c), [editSide]);
  const editRight = useCallback((c: (x: SideSetup) => SideSetup) => editSide("right", c), [editSide]);
  const setRules = useCallback(
    (rules: readonly Rule[] | null) =>
      editSetup((x) =>
        rules === null
          ? { ...x, rules: presetById(x.preset).rules, customRules: false }
          : { ...x, rules, customRules: true },
      ),
    [editSetup],
  );

  if (s.tablesError !== null)
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>The workbook’s tables could not be listed</MessageBarTitle>
          {s.tablesError}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={s.reloadTables}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  if (s.tables === null) return <Spinner size="small" label="Finding the workbook’s tables…" />;
  if (s.tables.length < 2)
    return (
      <div className={styles.stack}>
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Two tables are needed</MessageBarTitle>
            Format the book and the statement as tables (Home › Format as Table), then refresh; or import the
            bank’s statement file, or the ledger export (DATEV, FEC).
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={s.reloadTables}>Refresh</Button>
          </MessageBarActions>
        </MessageBar>
        {importer}
      </div>
    );

  const preset = presetById(s.preset);
  const { setup, views } = s;
  const unusable = views !== null && (views.left.amountMode === null || views.right.amountMode === null);
  return (
    <div className={styles.stack} data-testid="reconcile-panel">
      <PairChooser
        tables={s.tables}
        preset={s.preset}
        left={s.left}
        right={s.right}
        onPreset={s.choosePreset}
        onTables={s.chooseTables}
        disabled={disabled}
      />
      {importer}
      {s.proposalError !== null && (
        <MessageBar intent="error" data-testid="proposal-error">
          <MessageBarBody>{s.proposalError}</MessageBarBody>
        </MessageBar>
      )}
      {s.loading && <Spinner size="tiny" label="Reading both tables…" />}
      {setup !== null && views !== null && (
        <>
          <SideCard
            side="left"
            role={preset.leftRole}
            setup={setup.left}
            view={views.left}
            currency={setup.currency}
            selectBy={preset.selectBy === "account" || preset.selectBy === "party" ? preset.selectBy : null}
            onChange={editLeft}
            disabled={disabled}
          />
          <SideCard
            side="right"
            role={preset.rightRole}
            setup={setup.right}
            view={views.right}
            currency={setup.currency}
            selectBy={null}
            onChange={editRight}
            disabled={disabled}
          />
          <Accordion multiple collapsible>
            {(["left", "right"] as const).map((side) => (
              <AccordionItem key={side} value={side}>
                <AccordionHeader size="small" data-testid={`section-columns-${side}`}>
                  {`Columns and signs: ${views[side].name}`}&nbsp;
                  {views[side].amountMode === null && <Badge color="danger">incomplete</Badge>}
                </AccordionHeader>
                <AccordionPanel>
                  <ColumnsEditor
                    // A way of giving amounts chosen for one table is not carried to the next.
                    key={views[side].name}
                    side={side}
                    setup={setup[side]}
                    view={views[side]}
                    onChange={side === "left" ? editLeft : editRight}
                    disabled={disabled}
                  />
                </AccordionPanel>
              </AccordionItem>
            ))}
            <AccordionItem value="rules">
              <AccordionHeader size="small" data-testid="section-rules">
                {`Rules (${setup.rules.length})`}&nbsp;
                {setup.customRules && (
                  <Badge appearance="tint" color="brand">
                    custom
                  </Badge>
                )}
              </AccordionHeader>
              <AccordionPanel>
                <RulesEditor service={service} setup={setup} disabled={disabled} onRules={setRules} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
      <RunButton
        canRun={setup !== null && !unusable}
        blocked={setup !== null ? balancesToCorrect(setup) : null}
        busy={disabled}
        hasRun={r.outcome !== null}
        onRun={() => setup && void r.run(setup)}
      />
      {r.outcome !== null && (
        <>
          <ResultsView
            outcome={r.outcome}
            stale={r.stale}
            busy={disabled}
            onDecide={r.decide}
            onShow={r.showRow}
          />
          <ApplyBar
            canApply={!r.stale}
            receipt={r.receipt}
            busy={disabled}
            onApply={() => void r.apply()}
            onRevert={() => void r.revert()}
          />
        </>
      )}
    </div>
  );
}
