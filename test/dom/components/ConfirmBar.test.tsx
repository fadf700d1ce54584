/** The pane's ask-first question: Cancel, or Escape, closes it and gives focus back to the button that asked. */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ConfirmBar, useAskFirst } from "../../../src/taskpane/components/ConfirmBar";

function Forget({ onForget }: { onForget: () => void }) {
  const { asking, ask, close, trigger } = useAskFirst();
  if (!asking)
    return (
      <Button ref={trigger} onClick={ask} data-testid="forget">
        Forget…
      </Button>
    );
  return (
    <ConfirmBar
      intent="warning"
      title="Forget your review?"
      text="This cannot be undone."
      confirm="Forget"
      disabled={false}
      testId="forget"
      onConfirm={() => {
        close();
        onForget();
      }}
      onCancel={close}
    />
  );
}

function renderForget(): jest.Mock {
  const onForget = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <Forget onForget={onForget} />
    </FluentProvider>,
  );
  return onForget;
}

describe("ConfirmBar", () => {
  it("moves focus to Cancel when it asks, and back to the button that asked on Cancel", async () => {
    const onForget = renderForget();
    await act(async () => fireEvent.click(screen.getByTestId("forget")));
    expect(document.activeElement).toBe(screen.getByTestId("forget-no"));
    await act(async () => fireEvent.click(screen.getByTestId("forget-no")));
    expect(screen.queryByTestId("forget-confirm")).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId("forget"));
    expect(onForget).not.toHaveBeenCalled();
  });

  it.each(["forget-no", "forget-yes"])("cancels on Escape with focus on %s", async (focused) => {
    const onForget = renderForget();
    await act(async () => fireEvent.click(screen.getByTestId("forget")));
    const target = screen.getByTestId(focused);
    target.focus();
    await act(async () => fireEvent.keyDown(target, { key: "Escape" }));
    expect(screen.queryByTestId("forget-confirm")).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId("forget"));
    expect(onForget).not.toHaveBeenCalled();
  });
});
