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
    [
      "two-digit years that read day first or year first take day first, as each value is read alone",
      ["26/03/31", "26/12/01", "27/01/31"],
      "DMY",
    ],
    ["two-digit years, a day above 12 settles a German export's dd.mm.yy", ["02.04.26", "31.03.26"], "DMY"],
    ["two-digit years, a day above 12 second settles mm/dd/yy", ["04/02/26", "03/31/26"], "MDY"],
    ["two-digit years that read every way stay undecided", ["02.04.26", "03.04.26"], undefined],
    ["every value fits every order", ["03/04/2026", "01/02/2026"], undefined],
    ["only ISO dates", ["2026-03-31", "2026-04-01"], undefined],
    ["no text at all", [46112, null], undefined],
    ["values that rule out every order", ["31/03/2026", "03/31/2026"], undefined],
    ["a value that is not a date", ["31/03/2026", "hello"], undefined],
    ["month names fit every order", ["3 Mar 2026", "31/03/2026"], "DMY"],
    ["two-digit years, day above 12 first", ["31/03/26", "13/01/27"], "DMY"],
    ["two-digit years, year above 31 first", ["45/03/01", "03/04/05"], "YMD"],
  ])("%s", (_why, cells, order) => {
    expect(inferDateOrder(cells)).toBe(order);
  });
});
