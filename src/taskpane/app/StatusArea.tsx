/** Progress of the running task with Cancel, what happened, and Revert for the last write. */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { useServices } from "../state/ServicesContext";
import { useStatus } from "../state/status";

const useStyles = makeStyles({
  area: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  // A long file name ("EXTF_Buchungsstapel_2026-03.csv") breaks rather than widen the pane.
  body: { overflowWrap: "anywhere", minWidth: 0 },
});

/** Reverting the last change: its newest outcome replaces an earlier one's message. */
const REVERT = "status:revert";

/** Progress appears only after half a second, so quick tasks do not flicker (hazard 19). */
const PROGRESS_DELAY_MS = 500;

export function StatusArea() {
  const styles = useStyles();
  const { task, messages, cancel, dismiss, run, notify } = useStatus();
  const { workbook } = useServices();
  const [visibleTaskId, setVisibleTaskId] = useState<number | null>(null);
  const taskId = task?.id;

  useEffect(() => {
    if (taskId === undefined) return;
    const t = setTimeout(() => setVisibleTaskId(taskId), PROGRESS_DELAY_MS);
    return () => clearTimeout(t);
  }, [taskId]);
  const showProgress = task !== null && visibleTaskId === task.id;

  const last = workbook.lastOperation();
  const revert = () =>
    run(
      "Revert",
      async (t) => {
        const receipt = await workbook.revertLast({ signal: t.signal });
        notify("success", "Reverted", receipt.summary, REVERT);
      },
      REVERT,
    );

  return (
    <section className={styles.area} aria-label="Status" data-testid="status-area">
      {task && showProgress && (
        <div className={styles.row}>
          <Field className={styles.grow} label={task.label} validationState="none">
            <ProgressBar
              value={task.total > 0 ? task.done / task.total : undefined}
              aria-label={`${task.label} progress`}
            />
          </Field>
          <Button onClick={cancel}>Cancel</Button>
        </div>
      )}
      {messages.map((m) => (
        <MessageBar key={m.id} intent={m.intent} layout="multiline" data-testid={`status-${m.intent}`}>
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{m.title}</MessageBarTitle>
            {m.detail}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                aria-label="Dismiss"
                appearance="transparent"
                icon={<DismissRegular />}
                onClick={() => dismiss(m.id)}
              />
            }
          />
        </MessageBar>
      ))}
      {last && !task && (
        <div className={styles.row}>
          <span className={styles.grow}>Last change: {last.summary}</span>
          <Button onClick={revert} data-testid="revert-last">
            Revert
          </Button>
        </div>
      )}
    </section>
  );
}
