/** Accepting suggestions together: what the offer says when some shown are ambiguous, and what it passes on. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { AcceptTogether } from "../../../src/taskpane/panels/reconcile/AcceptTogether";

function show(ids: string[], ambiguous: number, onAccept = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <AcceptTogether
        ids={ids}
        ambiguous={ambiguous}
        searching={false}
        disabled={false}
        onAccept={onAccept}
      />
    </FluentProvider>,
  );
  return onAccept;
}

describe("AcceptTogether", () => {
  it("leaves ambiguous suggestions out, says so, and passes on only the others", async () => {
    const onAccept = show(["M-000000000001", "M-000000000002"], 1201);
    expect(screen.getByTestId("accept-together").parentElement?.textContent).toBe(
      "Accept all 2 suggestions1,201 ambiguous left to check one by one",
    );
    await act(async () => fireEvent.click(screen.getByTestId("accept-together")));
    expect(screen.getByTestId("accept-together-confirm").textContent).toContain(
      "The 1,201 ambiguous stay suggested. You can undo this right after.",
    );
    expect(onAccept).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByTestId("accept-together-yes")));
    expect(onAccept).toHaveBeenCalledWith(["M-000000000001", "M-000000000002"]);
    expect(screen.getByTestId("accept-together").textContent).toBe("Accept all 2 suggestions");
  });

  it("moves focus to Cancel when it asks, and back to its button when the question goes", async () => {
    show(["M-000000000001"], 0);
    await act(async () => fireEvent.click(screen.getByTestId("accept-together")));
    expect(document.activeElement).toBe(screen.getByTestId("accept-together-no"));
    await act(async () => fireEvent.click(screen.getByTestId("accept-together-no")));
    expect(screen.queryByTestId("accept-together-confirm")).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId("accept-together"));
  });

  it("offers nothing when every suggestion shown is ambiguous", () => {
    show([], 1);
    expect(screen.queryByTestId("accept-together")).toBeNull();
    expect(screen.getByText("1 suggestion is ambiguous: check each and accept it on its own.")).toBeTruthy();
  });
});
