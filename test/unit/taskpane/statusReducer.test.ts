/** The status area's messages: a keyed message replaces the earlier one of its key and nothing else. */
import { statusReducer, type StatusMessage } from "../../../src/taskpane/state/status";

const message = (id: number, title: string, key?: string): StatusMessage => ({
  id,
  intent: "success",
  title,
  ...(key === undefined ? {} : { key }),
});

function after(...messages: StatusMessage[]): string[] {
  let state: Parameters<typeof statusReducer>[0] = { task: null, messages: [] };
  for (const m of messages) state = statusReducer(state, { type: "message", message: m });
  return state.messages.map((m) => m.title);
}

describe("status messages", () => {
  it("keeps every message without a key, newest first", () => {
    expect(after(message(1, "a"), message(2, "b"))).toEqual(["b", "a"]);
  });

  it("replaces the message of the same key and leaves the others", () => {
    expect(
      after(
        message(1, "run 1", "counts"),
        message(2, "other"),
        message(3, "applied", "apply"),
        message(4, "run 2", "counts"),
      ),
    ).toEqual(["run 2", "applied", "other"]);
  });

  it("keeps the last four messages", () => {
    expect(after(...[1, 2, 3, 4, 5].map((k) => message(k, `m${k}`)))).toEqual(["m5", "m4", "m3", "m2"]);
  });
});
