/**
 * A question in the pane before an action that changes much at once: what will happen, the action's
 * button and Cancel. Test ids: `${testId}-confirm` for the bar, `${testId}-yes` and `${testId}-no` for
 * its buttons.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";

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

export function ConfirmBar(props: ConfirmBarProps) {
  return (
    <MessageBar intent={props.intent} layout="multiline" data-testid={`${props.testId}-confirm`}>
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
        <Button size="small" onClick={props.onCancel} data-testid={`${props.testId}-no`}>
          Cancel
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
