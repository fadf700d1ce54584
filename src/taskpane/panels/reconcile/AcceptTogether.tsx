/**
 * Accepting the suggestions a list shows, all at once, after saying what that does: the unambiguous
 * ones become confirmed matches; ambiguous ones stay for a person to check one by one. Once done, the
 * results offer to undo it (the rows are suggested again, nothing is rejected).
 */
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { ArrowUndoRegular, CheckmarkCircleRegular } from "@fluentui/react-icons";
import { ConfirmBar, useAskFirst } from "../../components/ConfirmBar";
import { usePaneStyles } from "../../components/paneStyles";
import { count, counted } from "./format";

const suggestions = (n: number) => counted(n, "suggestion", "suggestions");

export interface AcceptTogetherProps {
  /** Ids of the unambiguous suggestions shown (all of them, or those Find found). */
  readonly ids: readonly string[];
  /** Ambiguous suggestions among those shown: never accepted together. */
  readonly ambiguous: number;
  /** Whether Find narrows the list. */
  readonly searching: boolean;
  readonly disabled: boolean;
  readonly onAccept: (ids: readonly string[]) => void;
}

export function AcceptTogether({ ids, ambiguous, searching, disabled, onAccept }: AcceptTogetherProps) {
  const styles = usePaneStyles();
  const { asking, ask, close, trigger } = useAskFirst();
  if (ids.length === 0)
    return ambiguous > 0 ? (
      <Caption1 className={styles.muted}>
        {`${suggestions(ambiguous)} ${ambiguous === 1 ? "is" : "are"} ambiguous: check each and accept it on its own.`}
      </Caption1>
    ) : null;
  const what = searching ? `the ${suggestions(ids.length)} found` : `all ${suggestions(ids.length)}`;
  if (!asking)
    return (
      <div className={styles.row}>
        <Button
          size="small"
          icon={<CheckmarkCircleRegular />}
          disabled={disabled}
          ref={trigger}
          onClick={ask}
          data-testid="accept-together"
        >
          {`Accept ${what}`}
        </Button>
        {ambiguous > 0 && (
          <Caption1
            className={styles.muted}
          >{`${count(ambiguous)} ambiguous left to check one by one`}</Caption1>
        )}
      </div>
    );
  return (
    <ConfirmBar
      intent="info"
      title={`Accept ${what}?`}
      text={`Each becomes a confirmed match without being looked at one by one. ${
        ambiguous > 0 ? `The ${count(ambiguous)} ambiguous stay suggested. ` : ""
      }You can undo this right after.`}
      confirm={`Accept ${count(ids.length)}`}
      disabled={disabled}
      testId="accept-together"
      onConfirm={() => {
        close();
        onAccept(ids);
      }}
      onCancel={close}
    />
  );
}

export interface AcceptedTogetherProps {
  /** The ids accepted together that the document's decisions still hold. */
  readonly ids: readonly string[];
  readonly disabled: boolean;
  readonly onUndo: () => void;
}

export function AcceptedTogether({ ids, disabled, onUndo }: AcceptedTogetherProps) {
  return (
    <MessageBar intent="success" layout="multiline" data-testid="accepted-together">
      <MessageBarBody>{`${suggestions(ids.length)} accepted together.`}</MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          icon={<ArrowUndoRegular />}
          disabled={disabled}
          onClick={onUndo}
          data-testid="accepted-together-undo"
        >
          Undo
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
