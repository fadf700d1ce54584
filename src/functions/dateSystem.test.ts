/** Where functions learn the workbook's date system, how long one answer serves, and what a failure does. */
import { rejectionOf } from "../../test/support/functionError";
import "./runtime";
import { DATE_SYSTEM_TTL_MS, useDateSystemSource, workbookDateSystem } from "./dateSystem";

afterEach(() => useDateSystemSource(null));

describe("workbookDateSystem", () => {
  it("is 1900 where no source is installed (the demo, Node)", async () => {
    useDateSystemSource(null);
    await expect(workbookDateSystem()).resolves.toBe(1900);
  });

  it("asks the source once for a burst of calls, and again once the answer is old", async () => {
    let now = 1_000;
    let asked = 0;
    let answer: 1900 | 1904 = 1904;
    useDateSystemSource(
      async () => {
        asked++;
        return answer;
      },
      () => now,
    );
    const burst = await Promise.all([workbookDateSystem(), workbookDateSystem(), workbookDateSystem()]);
    expect(burst).toEqual([1904, 1904, 1904]);
    expect(asked).toBe(1);
    now += DATE_SYSTEM_TTL_MS - 1;
    answer = 1900;
    await expect(workbookDateSystem()).resolves.toBe(1904);
    expect(asked).toBe(1);
    now += 1;
    await expect(workbookDateSystem()).resolves.toBe(1900);
    expect(asked).toBe(2);
  });

  it("fails with #N/A when Excel cannot say, and asks again on the next call", async () => {
    let fail = true;
    useDateSystemSource(
      async () => {
        if (fail) throw new Error("GeneralException");
        return 1904;
      },
      () => 0,
    );
    const e = await rejectionOf(() => workbookDateSystem());
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/1900 or the 1904 date system \(GeneralException\); recalculate/);
    fail = false;
    await expect(workbookDateSystem()).resolves.toBe(1904);
  });
});
