import { CancelledError, runGeneratorInSlices, runInSlices } from "./slices";

/** A clock that advances a fixed amount per step, so slices are exact. */
function steppingClock(msPerCall: number) {
  let t = 0;
  return () => (t += msPerCall);
}

describe("runInSlices (hazard 19)", () => {
  it("yields to the UI between slices of at most sliceMs", async () => {
    let steps = 0;
    const yields: number[] = [];
    await runInSlices(() => ++steps >= 100, {
      sliceMs: 10,
      now: steppingClock(1),
      yieldToUi: async () => {
        yields.push(steps);
      },
    });
    expect(steps).toBe(100);
    // Each slice reads the clock once at start and once per step: about 10 steps per slice.
    expect(yields.length).toBeGreaterThanOrEqual(9);
    for (let i = 1; i < yields.length; i++)
      expect((yields[i] as number) - (yields[i - 1] as number)).toBeLessThanOrEqual(10);
  });

  it("stops at the next yield after the user cancels, with a cancellation error", async () => {
    const ctrl = new AbortController();
    let steps = 0;
    const run = runInSlices(
      () => {
        steps++;
        return false;
      },
      {
        signal: ctrl.signal,
        sliceMs: 5,
        now: steppingClock(1),
        what: "Validation",
        yieldToUi: async () => {
          if (steps > 20) ctrl.abort();
        },
      },
    );
    await expect(run).rejects.toThrow(CancelledError);
    await expect(run).rejects.toThrow("Validation was cancelled.");
    expect(steps).toBeLessThan(40);
  });

  it("really yields a macrotask with real timers, so a timer scheduled meanwhile runs", async () => {
    jest.useFakeTimers();
    try {
      let timerRan = false;
      setTimeout(() => (timerRan = true), 0);
      let stepsBeforeTimer = -1;
      let steps = 0;
      const p = runInSlices(
        () => {
          steps++;
          if (timerRan && stepsBeforeTimer < 0) stepsBeforeTimer = steps;
          return steps >= 3;
        },
        { sliceMs: 0 },
      );
      await jest.runAllTimersAsync();
      await p;
      expect(timerRan).toBe(true);
      expect(stepsBeforeTimer).toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it("returns a generator's result", async () => {
    function* work(): Generator<number, string, void> {
      yield 1;
      yield 2;
      return "done";
    }
    await expect(
      runGeneratorInSlices(work(), { sliceMs: 0, yieldToUi: async () => undefined }),
    ).resolves.toBe("done");
  });
});
