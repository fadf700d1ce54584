/**
 * The setup half of the Reconcile panel: the workbook's tables, the preset, the two tables chosen (the
 * preset's guess until the user picks), the service's proposal for them and the user's edits of it.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  describeSide,
  presetById,
  type PresetId,
  type ReconcileSetup,
  type ReconciliationService,
  type SetupProposal,
  type SideProposal,
  type SideSetup,
} from "../../../services/reconciliation";
import type { TableInfo } from "../../../workbook/port";
import { errorText } from "./format";

export interface SetupState {
  readonly tables: readonly TableInfo[] | null;
  readonly tablesError: string | null;
  readonly reloadTables: () => void;
  readonly preset: PresetId;
  readonly choosePreset: (id: PresetId) => void;
  readonly left: string | null;
  readonly right: string | null;
  readonly chooseTables: (left: string | null, right: string | null) => void;
  /** Back to the preset's guess of the two tables (after the table chosen is gone). */
  readonly guessTables: () => void;
  readonly proposal: SetupProposal | null;
  readonly proposalError: string | null;
  readonly loading: boolean;
  /** The setup as the user edited it; null until a proposal arrived. */
  readonly setup: ReconcileSetup | null;
  readonly editSide: (side: "left" | "right", change: (s: SideSetup) => SideSetup) => void;
  readonly editSetup: (change: (s: ReconcileSetup) => ReconcileSetup) => void;
  /** How each side reads under the current edits (columns, amount mode, balances column). */
  readonly views: { readonly left: SideProposal; readonly right: SideProposal } | null;
}

export function useReconcileSetup(service: ReconciliationService): SetupState {
  const [tables, setTables] = useState<readonly TableInfo[] | null>(null);
  const [tablesError, setTablesError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [preset, setPreset] = useState<PresetId>("bank-ledger");
  const [chosen, setChosen] = useState<{ left: string | null; right: string | null } | null>(null);
  const [proposal, setProposal] = useState<SetupProposal | null>(null);
  const [proposalError, setProposalError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [setup, setSetup] = useState<ReconcileSetup | null>(null);

  useEffect(() => {
    let live = true;
    service.listTables().then(
      (list) => live && (setTables(list), setTablesError(null)),
      (e: unknown) => live && setTablesError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [service, generation]);

  const guess = useMemo(
    () => (tables ? service.suggestTables(tables, preset) : { left: null, right: null }),
    [service, tables, preset],
  );
  const left = chosen ? chosen.left : guess.left;
  const right = chosen ? chosen.right : guess.right;

  useEffect(() => {
    setProposal(null);
    setSetup(null);
    setProposalError(null);
    if (left === null || right === null) return;
    if (left === right) {
      setProposalError("Choose two different tables: one for the book side and one for the statement.");
      return;
    }
    const ctrl = new AbortController();
    setLoading(true);
    service.proposeSetup({ table: left }, { table: right }, preset, { signal: ctrl.signal }).then(
      (p) => {
        if (ctrl.signal.aborted) return;
        setProposal(p);
        setSetup(p.setup);
        setLoading(false);
      },
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        setProposalError(errorText(e));
        setLoading(false);
      },
    );
    return () => ctrl.abort();
  }, [service, preset, left, right, generation]);

  const views = useMemo(() => {
    if (!proposal || !setup) return null;
    const selectBy = presetById(setup.preset).selectBy;
    const view = (side: "left" | "right") =>
      describeSide(proposal.tables[side], {
        side,
        reading: setup[side].reading,
        selection: setup[side].selection,
        selectBy: side === "left" ? selectBy : null,
        dateSystem: proposal.dateSystem,
        currency: setup.currency,
        cleared: proposal.cleared[side],
      });
    return { left: view("left"), right: view("right") };
  }, [proposal, setup]);

  const editSide = useCallback(
    (side: "left" | "right", change: (s: SideSetup) => SideSetup) =>
      setSetup((s) => (s ? { ...s, [side]: change(s[side]) } : s)),
    [],
  );
  const editSetup = useCallback(
    (change: (s: ReconcileSetup) => ReconcileSetup) => setSetup((s) => (s ? change(s) : s)),
    [],
  );

  return {
    tables,
    tablesError,
    reloadTables: () => setGeneration((g) => g + 1),
    preset,
    choosePreset: (id) => {
      setPreset(id);
      setChosen(null);
    },
    left,
    right,
    chooseTables: (l, r) => setChosen({ left: l, right: r }),
    guessTables: () => setChosen(null),
    proposal,
    proposalError,
    loading,
    setup,
    editSide,
    editSetup,
    views,
  };
}
