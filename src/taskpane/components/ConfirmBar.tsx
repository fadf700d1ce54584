/**
 * A question in the pane before an action that changes much at once: what will happen, the action's
 * button and Cancel. Test ids: `${testId}-confirm` for the bar, `${testId}-yes` and `${testId}-no` for
 * its buttons. Keyboard focus moves to Cancel when the question shows, and back to the button that asked
 * when it goes (`useAskFirst`), so nothing happens by pressing Enter twice. Escape cancels, as it
 * dismisses any question.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type RefObject } from "react";

export interface ConfirmBarProps {
  readonly intent: MessageBarIntent;
  readonly title: string;
  readonly text: string;
  /** The action button's label, e.g. "Accept 1,706". */
  readonly confirm: string;
  readonly disabled: boolean;
  readonly testId: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Whether the question shows, with the button that asks it (give it `trigger` as its ref). */
export function useAskFirst(): {
  readonly asking: boolean;
  readonly ask: () => void;
  readonly close: () => void;
  readonly trigger: RefObject<HTMLButtonElement | null>;
} {
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const was = useRef(false);
  useEffect(() => {
    if (was.current && !asking) trigger.current?.focus();
    was.current = asking;
  }, [asking]);
  return { asking, ask: () => setAsking(true), close: () => setAsking(false), trigger };
}

export function ConfirmBar(props: ConfirmBarProps) {
  const cancel = useRef<HTMLButtonElement | null>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <MessageBar
      intent={props.intent}
      layout="multiline"
      data-testid={`${props.testId}-confirm`}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        // The question is what Escape dismisses, not whatever holds the bar.
        e.stopPropagation();
        props.onCancel();
      }}
    >
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.text}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          appearance="primary"
          disabled={props.disabled}
          onClick={props.onConfirm}
          data-testid={`${props.testId}-yes`}
        >
          {props.confirm}
        </Button>
        <Button size="small" ref={cancel} onClick={props.onCancel} data-testid={`${props.testId}-no`}>
          Cancel
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
