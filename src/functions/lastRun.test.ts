/** The one-entry memo that lets worksheet functions over the same ranges share a reconciliation run. */
import { LastRun, sameInputs, type RunInputs, type Timers } from "./lastRun";

const inputs = (over: Partial<RunInputs> = {}): RunInputs => ({
  left: [
    ["Date", "Amount"],
    [46083, 10],
  ],
  right: [
    ["Date", "Amount"],
    [46084, 10],
  ],
  rules: "",
  addresses: ["A1:B2", "D1:E2"],
  dateSystem: 1900,
  ...over,
});

/** Timers a test fires by hand. */
function manualTimers(): Timers & { fire: () => void; pending: () => number } {
  let due: (() => void)[] = [];
  return {
    set: (f) => {
      due.push(f);
      return f;
    },
    clear: (h) => {
      due = due.filter((f) => f !== h);
    },
    fire: () => {
      const now = due;
      due = [];
      now.forEach((f) => f());
    },
    pending: () => due.length,
  };
}

describe("sameInputs", () => {
  it("holds for equal copies and fails on any one difference", () => {
    expect(sameInputs(inputs(), structuredClone(inputs()))).toBe(true);
    const differing: Partial<RunInputs>[] = [
      {
        left: [
          ["Date", "Amount"],
          [46083, 10.01],
        ],
      },
      {
        right: [
          ["Date", "Amount"],
          [46084, "10"],
        ],
      },
      { right: [["Date", "Amount"]] },
      {
        left: [
          ["Date", "Amount", ""],
          [46083, 10, ""],
        ],
      },
      { rules: '{"rules":[]}' },
      { addresses: ["A2:B3", "D1:E2"] },
      { dateSystem: 1904 },
    ];
    for (const d of differing) expect(sameInputs(inputs(), inputs(d))).toBe(false);
  });
});

describe("LastRun", () => {
  it("computes once for equal inputs and again for different ones", () => {
    const memo = new LastRun<number>(5_000, manualTimers());
    let runs = 0;
    const compute = () => ++runs;
    expect(memo.get(inputs(), compute)).toBe(1);
    expect(memo.get(structuredClone(inputs()), compute)).toBe(1);
    expect(memo.get(inputs({ dateSystem: 1904 }), compute)).toBe(2);
    // One entry: the first inputs were let go.
    expect(memo.get(inputs(), compute)).toBe(3);
    expect(memo).toMatchObject({ computed: 3, reused: 1 });
  });

  it("lets the run go when its time is up, with one timer at a time", () => {
    const timers = manualTimers();
    const memo = new LastRun<number>(5_000, timers);
    let runs = 0;
    memo.get(inputs(), () => ++runs);
    memo.get(inputs({ rules: "x" }), () => ++runs);
    expect(timers.pending()).toBe(1);
    timers.fire();
    expect(memo.get(inputs({ rules: "x" }), () => ++runs)).toBe(3);
  });

  it("keeps nothing from a run that threw", () => {
    const memo = new LastRun<number>(5_000, manualTimers());
    memo.get(inputs(), () => 1);
    expect(() =>
      memo.get(inputs({ rules: "bad" }), () => {
        throw new Error("bad rules");
      }),
    ).toThrow("bad rules");
    expect(memo.get(inputs(), () => 2)).toBe(2);
  });
});
