/**
 * The candidates of an ambiguous suggestion. For a one-to-one match, side by side: for each of its two
 * rows, the other side's rows within the amount and date limits of its rule (open, or held by another
 * suggestion), each with a button that matches it with that row by hand instead. For a split, the other
 * groups of rows that sum to its single row within its rule's limits, each with a button that matches
 * that group with the row by hand instead. For a many:many group, the other groups of both sides that net
 * to the same sum and share one of its rows, each with a button that matches them by hand instead.
 */
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular, LinkRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import {
  otherCandidates,
  otherGroups,
  otherNetGroups,
  type CandidateView,
  type NetCandidates,
  type ReconcileOutcome,
  type RowCandidates,
  type SplitCandidates,
} from "../../../services/reconciliation";
import { usePaneStyles } from "../../components/paneStyles";
import { count, money, rowPrefixes } from "./format";

const useStyles = makeStyles({
  box: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  candidate: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", minWidth: 0 },
  grow: { flex: "1 1 0", minWidth: 0 },
});

const dayShift = (days: number) =>
  days === 0 ? "same date" : `${days > 0 ? "+" : "−"}${Math.abs(days)} day${Math.abs(days) === 1 ? "" : "s"}`;

export interface CandidatesViewProps {
  readonly outcome: ReconcileOutcome;
  readonly matchId: string;
  readonly disabled: boolean;
  readonly onMatch: (left: readonly string[], right: readonly string[]) => void;
  readonly onShow: (side: "left" | "right", row: number) => void;
  readonly onClose: () => void;
}

export function CandidatesView({
  outcome,
  matchId,
  disabled,
  onMatch,
  onShow,
  onClose,
}: CandidatesViewProps) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const sides = useMemo(() => otherCandidates(outcome, matchId), [outcome, matchId]);
  const split = useMemo(() => otherGroups(outcome, matchId), [outcome, matchId]);
  const net = useMemo(() => otherNetGroups(outcome, matchId), [outcome, matchId]);
  // The panel opens above the list: keyboard focus goes to it, not left on the link below.
  const close = useRef<HTMLButtonElement | null>(null);
  const shown = sides.length > 0 || split !== null || net !== null;
  useEffect(() => {
    if (shown) close.current?.focus();
  }, [matchId, shown]);
  if (!shown) return null;
  const name = (side: "left" | "right") => (side === "left" ? outcome.setup.left : outcome.setup.right).name;
  const prefixes = rowPrefixes(outcome.setup.left.name, outcome.setup.right.name);
  const short = (side: "left" | "right", row: number) => `${prefixes[side]}${row}`;
  /** One row of the other side: a link to it, what it says, its date, amount and state, and an action. */
  const candidate = (c: CandidateView, action?: ReactNode) => (
    <div key={c.key} className={styles.candidate}>
      <Button
        size="small"
        appearance="transparent"
        aria-label={`Show ${name(c.side)} row ${c.row}`}
        onClick={() => onShow(c.side, c.row)}
      >
        {short(c.side, c.row)}
      </Button>
      <span className={`${styles.wrap} ${styles.grow}`}>
        {[c.reference, c.description].filter((t) => t !== "").join(" · ")}
        <Caption1 as="span" block className={styles.muted}>
          {`${c.date} (${dayShift(c.days)}) · ${money(c.minor, c.currency)} · ${
            c.matchId === null
              ? "open"
              : c.matchId === matchId
                ? "in this suggestion"
                : `suggested in ${c.matchId}`
          }`}
        </Caption1>
        {action}
      </span>
    </div>
  );
  const groups = (g: SplitCandidates) => {
    const many = g.side === "left" ? "right" : "left";
    const limits = `the amount and date limits of the rule ${g.rule}`;
    return (
      <div className={styles.stack} data-testid="candidates-groups">
        <Caption1>
          {g.total === 0
            ? `No other group of ${name(many)} rows sums to ${name(g.side)} row ${g.row} within ${limits}.`
            : `Other groups of ${name(many)} rows that sum to ${name(g.side)} row ${g.row} (${g.date}, ` +
              `${money(g.minor, g.currency)}) within ${limits}, fewest rows first:`}
        </Caption1>
        {g.groups.map((group, n) => {
          const keys = group.members.map((c) => c.key);
          return (
            <div key={keys.join("|")} className={`${styles.stack} ${styles.box}`} data-testid={`group-${n}`}>
              <Caption1>{`${count(group.members.length)} rows, together ${money(group.minor, g.currency)}`}</Caption1>
              {group.members.map((c) => candidate(c))}
              <Button
                size="small"
                icon={<LinkRegular />}
                disabled={disabled}
                // The visible text is the same on every group: the name says which rows.
                aria-label={`Match ${name(many)} rows ${group.members.map((c) => c.row).join(", ")} with ${name(g.side)} row ${g.row}`}
                data-testid={`match-group-${n}`}
                onClick={() => (g.side === "left" ? onMatch([g.key], keys) : onMatch(keys, [g.key]))}
              >
                {`Match these with ${name(g.side)} row ${g.row}`}
              </Button>
            </div>
          );
        })}
        {g.total > g.groups.length && (
          <Caption1
            className={styles.muted}
          >{`and ${count(g.total - g.groups.length)} more groups`}</Caption1>
        )}
        <Caption1 className={styles.muted}>
          {`Looked at ${count(g.looked)} ${name(many)} rows: ` +
            (g.byParty ? "those of the same party first, then the nearest in date" : "the nearest in date") +
            (g.truncated ? "; the search stopped at its bound, so there may be more." : ".")}
        </Caption1>
      </div>
    );
  };
  const netGroups = (g: NetCandidates) => {
    const limits = `the amount and date limits of the rule ${g.rule}`;
    const rows = (side: "left" | "right", members: readonly CandidateView[]) =>
      `${name(side)} row${members.length === 1 ? "" : "s"} ${members.map((c) => c.row).join(", ")}`;
    return (
      <div className={styles.stack} data-testid="candidates-net">
        <Caption1>
          {g.total === 0
            ? `No other group of rows of both sides nets to the same sum within ${limits}.`
            : `Other groups of rows of both sides that net to the same sum within ${limits} and share a ` +
              `row with this suggestion, fewest rows first (days from ${g.date}):`}
        </Caption1>
        {g.groups.map((group, n) => {
          const left = group.left.map((c) => c.key);
          const right = group.right.map((c) => c.key);
          return (
            <div
              key={`${left.join("|")}/${right.join("|")}`}
              className={`${styles.stack} ${styles.box}`}
              data-testid={`net-group-${n}`}
            >
              <Caption1>
                {`${count(group.left.length)} ${name("left")} and ${count(group.right.length)} ${name("right")} rows, ` +
                  (group.leftMinor === group.rightMinor
                    ? `each side together ${money(group.leftMinor, g.currency)}`
                    : `together ${money(group.leftMinor, g.currency)} against ${money(group.rightMinor, g.currency)}`)}
              </Caption1>
              {group.left.map((c) => candidate(c))}
              {group.right.map((c) => candidate(c))}
              <Button
                size="small"
                icon={<LinkRegular />}
                disabled={disabled}
                aria-label={`Match ${rows("left", group.left)} with ${rows("right", group.right)}`}
                data-testid={`match-net-${n}`}
                onClick={() => onMatch(left, right)}
              >
                Match these instead
              </Button>
            </div>
          );
        })}
        {g.total > g.groups.length && (
          <Caption1
            className={styles.muted}
          >{`and ${count(g.total - g.groups.length)} more groups`}</Caption1>
        )}
        <Caption1 className={styles.muted}>
          {`Looked at ${count(g.looked.left)} ${name("left")} and ${count(g.looked.right)} ${name("right")} rows: this ` +
            "suggestion's own, then those of its parties, then the nearest in date" +
            (g.truncated ? "; the search stopped at its bound, so there may be more." : ".")}
        </Caption1>
      </div>
    );
  };
  const section = (s: RowCandidates) => {
    const other = s.side === "left" ? "right" : "left";
    return (
      <div key={s.side} className={styles.stack} data-testid={`candidates-${s.side}`}>
        <Caption1>
          {s.total === 0
            ? `No other open or suggested row of ${name(other)} is within the amount and date limits of ` +
              `the rule ${s.rule} for ${name(s.side)} row ${s.row}.`
            : `Rows of ${name(other)} within the amount and date limits of the rule ${s.rule} for ` +
              `${name(s.side)} row ${s.row} (${s.date}, ${money(s.minor, s.currency)}):`}
        </Caption1>
        {s.candidates.map((c) =>
          candidate(
            c,
            <Button
              size="small"
              icon={<LinkRegular />}
              disabled={disabled}
              aria-label={`Match ${name(c.side)} row ${c.row} with ${name(s.side)} row ${s.row}`}
              data-testid={`match-candidate-${c.key}`}
              onClick={() => (s.side === "left" ? onMatch([s.key], [c.key]) : onMatch([c.key], [s.key]))}
            >
              {`Match with ${name(s.side)} row ${s.row}`}
            </Button>,
          ),
        )}
        {s.total > s.candidates.length && (
          <Caption1 className={styles.muted}>{`and ${count(s.total - s.candidates.length)} more`}</Caption1>
        )}
      </div>
    );
  };
  return (
    <section className={`${styles.stack} ${styles.box}`} aria-label="Candidates" data-testid="candidates">
      <div className={styles.row}>
        <Subtitle2 className={styles.grow}>{`Candidates for ${matchId}`}</Subtitle2>
        <Button
          size="small"
          appearance="subtle"
          icon={<DismissRegular />}
          ref={close}
          aria-label="Close the candidates"
          onClick={onClose}
          data-testid="candidates-close"
        />
      </div>
      {sides.map(section)}
      {split !== null && groups(split)}
      {net !== null && netGroups(net)}
    </section>
  );
}
