import { cellError, type Cell } from "../cell";
import { inferDateOrder } from "./inferDateOrder";

describe("inferDateOrder", () => {
  it.each<[string, Cell[], string | undefined]>([
    ["a day above 12 in first place settles DMY", ["03/04/2026", "31/03/2026"], "DMY"],
    ["a day above 12 in second place settles MDY", ["03/04/2026", "03/31/2026"], "MDY"],
    [
      "blanks, serials, errors and ISO dates say nothing",
      ["31/03/2026", null, "", 46112, cellError("#N/A"), "2026-03-31"],
      "DMY",
    ],
    ["two-digit years that read both ways stay undecided", ["26/03/31", "26/12/01", "27/01/31"], undefined],
    ["every value fits every order", ["03/04/2026", "01/02/2026"], undefined],
    ["only ISO dates", ["2026-03-31", "2026-04-01"], undefined],
    ["no text at all", [46112, null], undefined],
    ["values that rule out every order", ["31/03/2026", "03/31/2026"], undefined],
    ["a value that is not a date", ["31/03/2026", "hello"], undefined],
    ["month names fit every order", ["3 Mar 2026", "31/03/2026"], "DMY"],
    ["two-digit years, day above 12 first", ["31/03/26", "13/01/27"], undefined],
    ["two-digit years, year above 31 first", ["45/03/01", "03/04/05"], "YMD"],
  ])("%s", (_why, cells, order) => {
    expect(inferDateOrder(cells)).toBe(order);
  });
});
