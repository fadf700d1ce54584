/**
 * A run's results: the counts, the statement, and the review lists — suggestions to accept (one by one
 * or together, with an undo) or reject, confirmed matches to unmatch, and the open rows to match by hand.
 */
import { MessageBar, MessageBarBody, Tab, TabList, makeStyles } from "@fluentui/react-components";
import { memo, useMemo, useRef, useState } from "react";
import {
  acceptedIds,
  matchViewList,
  type DecisionAction,
  type ReconcileOutcome,
} from "../../../services/reconciliation";
import { AcceptedTogether } from "./AcceptTogether";
import { CandidatesView } from "./CandidatesView";
import { DecisionsBar } from "./DecisionsBar";
import { MatchGrid } from "./MatchGrid";
import { OpenItems } from "./OpenItems";
import { StatementView } from "./StatementView";
import { SummaryBar } from "./SummaryBar";
import { usePaneStyles } from "../../components/paneStyles";
import { count } from "./format";

type View = "suggested" | "confirmed" | "open";

// Long counts wrap the tabs onto a second line rather than past the pane's edge.
const useStyles = makeStyles({ tabs: { flexWrap: "wrap" } });

export interface ResultsViewProps {
  readonly outcome: ReconcileOutcome;
  readonly stale: boolean;
  readonly busy: boolean;
  readonly onDecide: (action: DecisionAction) => unknown;
  readonly onShow: (side: "left" | "right", row: number) => void;
}

export const ResultsView = memo(function ResultsView({
  outcome,
  stale,
  busy,
  onDecide,
  onShow,
}: ResultsViewProps) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const suggested = useMemo(() => matchViewList(outcome, "suggested"), [outcome]);
  const confirmed = useMemo(() => matchViewList(outcome, "confirmed"), [outcome]);
  const s = outcome.result.summary;
  const [view, setView] = useState<View>(suggested.length > 0 ? "suggested" : "open");
  // The ambiguous suggestion whose candidates are shown, if any.
  const [comparing, setComparing] = useState<string | null>(null);
  // Settles the comparison's promise (given to the grid) when it closes: focus goes back to the list.
  const compared = useRef<(() => void) | null>(null);
  const endComparing = () => {
    setComparing(null);
    compared.current?.();
    compared.current = null;
  };
  // The last suggestions accepted together, offered for undo while the decisions still hold them.
  const [together, setTogether] = useState<readonly string[] | null>(null);
  const held = useMemo(() => {
    if (together === null) return false;
    const accepted = acceptedIds(outcome.decisions);
    return together.every((id) => accepted.has(id));
  }, [together, outcome]);
  const L = outcome.setup.left.name;
  const R = outcome.setup.right.name;
  const disabled = busy || stale;
  return (
    <section className={styles.stack} aria-label="Reconciliation results" data-testid="reconcile-results">
      {stale && (
        <MessageBar intent="warning" data-testid="reconcile-stale">
          <MessageBarBody>
            The setup changed since this run: run again to review and apply the new result.
          </MessageBarBody>
        </MessageBar>
      )}
      <SummaryBar outcome={outcome} />
      <DecisionsBar outcome={outcome} disabled={disabled} onForget={() => void onDecide({ kind: "reset" })} />
      {outcome.result.statements.map((st) => (
        // Each statement carries its own remarks, a missing opening balance among them.
        <StatementView key={st.currency} statement={st} />
      ))}
      <TabList
        size="small"
        selectedValue={view}
        onTabSelect={(_, d) => {
          setView(d.value as View);
          setComparing(null);
          compared.current = null;
        }}
        aria-label="Review"
        className={styles.tabs}
      >
        <Tab value="suggested" data-testid="tab-suggested">{`Suggested (${count(suggested.length)})`}</Tab>
        <Tab value="confirmed" data-testid="tab-confirmed">{`Confirmed (${count(confirmed.length)})`}</Tab>
        <Tab
          value="open"
          data-testid="tab-open"
        >{`Open (${count(s.unmatched.left.rows + s.unmatched.right.rows)})`}</Tab>
      </TabList>
      {held && together && (
        <AcceptedTogether
          ids={together}
          disabled={disabled}
          onUndo={() => {
            setTogether(null);
            void onDecide({ kind: "undoAccept", matchIds: together });
          }}
        />
      )}
      {view === "suggested" && comparing !== null && (
        <CandidatesView
          outcome={outcome}
          matchId={comparing}
          disabled={disabled}
          onShow={onShow}
          onClose={endComparing}
          onMatch={(left, right) => {
            setComparing(null);
            void Promise.resolve(onDecide({ kind: "match", left, right })).finally(endComparing);
          }}
        />
      )}
      {view === "suggested" && (
        <MatchGrid
          label="Suggested matches"
          matches={suggested}
          leftName={L}
          rightName={R}
          onShow={onShow}
          onAccept={(m) => onDecide({ kind: "accept", matchId: m.id })}
          onReject={(m) => onDecide({ kind: "reject", matchId: m.id })}
          onCompare={(m) =>
            new Promise<void>((resolve) => {
              compared.current = resolve;
              setComparing(m.id);
            })
          }
          onAcceptTogether={(ids) => {
            setTogether(ids);
            void onDecide({ kind: "acceptAll", matchIds: ids });
          }}
          disabled={disabled}
        />
      )}
      {view === "confirmed" && (
        <MatchGrid
          label="Confirmed matches"
          matches={confirmed}
          leftName={L}
          rightName={R}
          onShow={onShow}
          onUnmatch={(m) => onDecide({ kind: "unmatch", matchId: m.id })}
          disabled={disabled}
        />
      )}
      {view === "open" && (
        <OpenItems
          outcome={outcome}
          onShow={onShow}
          onMatch={(left, right) => onDecide({ kind: "match", left, right })}
          disabled={disabled}
        />
      )}
    </section>
  );
});
