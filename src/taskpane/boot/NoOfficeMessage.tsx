/** Shown when office.js did not load at all: a readable explanation instead of a blank pane. */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";

export function NoOfficeMessage({ onOpenDemo }: { onOpenDemo: () => void }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <div style={{ padding: 16, display: "flex", flexDirection: "column", gap: 12 }}>
        <MessageBar intent="error" data-testid="no-office">
          <MessageBarBody>
            <MessageBarTitle>Office could not be reached</MessageBarTitle>
            The Office JavaScript library (office.js) did not load, so the add-in cannot talk to Excel. Check
            the network connection or proxy that Excel uses, then close and reopen the task pane.
          </MessageBarBody>
        </MessageBar>
        <Button appearance="secondary" onClick={onOpenDemo}>
          Open the demo on sample data instead
        </Button>
      </div>
    </FluentProvider>
  );
}
