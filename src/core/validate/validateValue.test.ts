import { cellError } from "../cell";
import { fieldTypeFrom, validateValue } from "./validateValue";

describe("validateValue (=BO.ISVALID)", () => {
  it.each([
    [42, "integer"],
    [" 42 ", "Integer"],
    [3.5, "number"],
    ["1e3", "number"],
    ["1,234.50", "amount"],
    ["(50.00)", "money"],
    [46112, "date"],
    ["2026-03-31", "date"],
    ["2026-03-31 14:30", "datetime"],
    [true, "boolean"],
    ["yes", "bool"],
    ["ana@example.com", "email"],
    ["usd", "currency"],
    ["Europe/Paris", "time zone"],
    ["FREQ=WEEKLY;BYDAY=MO,WE", "rrule"],
    ["Ana; Ben", "list"],
    ["anything", "text"],
    [0, "any"],
  ])("%j is a valid %s", (value, type) => {
    expect(validateValue(value, type)).toEqual({ valid: true });
  });

  it.each([
    [4.5, "integer", "type", "Not a whole number; enter a value such as 42."],
    ["0x10", "number", "type", "Not a number; enter a value such as 3.5."],
    ["12,3.4", "amount", "amount_invalid", undefined],
    ["31/02/2026", "date", "date_invalid", undefined],
    ["03/04/2026", "date", "date_ambiguous", undefined],
    ["maybe", "boolean", "type", "Not TRUE or FALSE; enter a value such as TRUE."],
    ["ana@", "email", "type", undefined],
    ["XYZ", "currency", "type", undefined],
    ["Mars/Olympus", "timezone", "type", undefined],
    [
      "FREQ=SOMETIMES",
      "rrule",
      "rrule_invalid",
      "Not a recurrence rule: SOMETIMES is not a valid FREQ. Write it like FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10.",
    ],
    [null, "text", "required", "Is required but the cell is blank; fill it in."],
    ["  ", "integer", "required", undefined],
  ])("%j is not a valid %s (%s)", (value, type, code, message) => {
    const r = validateValue(value, type);
    expect(r).toMatchObject({ valid: false, code });
    if (message !== undefined) expect(r).toMatchObject({ message });
  });

  it("reports error cells as such", () => {
    expect(validateValue(cellError("#N/A"), "text")).toMatchObject({ valid: false, code: "error_cell" });
    expect(validateValue(cellError("#REF!"), "amount")).toMatchObject({
      valid: false,
      code: "amount_error_cell",
    });
    expect(validateValue(cellError("#DIV/0!"), "date")).toMatchObject({
      valid: false,
      code: "date_error_cell",
    });
  });

  it("checks a pattern against the whole value, and each list item", () => {
    expect(validateValue("INV-0001", "text", { pattern: "INV-\\d{4}" })).toEqual({ valid: true });
    expect(validateValue("xINV-0001", "text", { pattern: "INV-\\d{4}" })).toMatchObject({
      valid: false,
      code: "pattern",
    });
    expect(validateValue("A1; B2", "list", { pattern: "[A-Z]\\d" })).toEqual({ valid: true });
    expect(validateValue("A1; 22", "list", { pattern: "[A-Z]\\d" })).toMatchObject({
      valid: false,
      code: "pattern",
    });
  });

  it("uses the given date order, decimals and currency", () => {
    expect(validateValue("03/04/2026", "date", { dateOrder: "DMY" })).toEqual({ valid: true });
    expect(validateValue("1.005", "amount", { currency: "BHD" })).toEqual({ valid: true });
    expect(validateValue(1462, "date", { dateSystem: 1904 })).toEqual({ valid: true });
  });

  it("tells bad arguments apart from invalid values", () => {
    expect(validateValue(1, "colour")).toMatchObject({ valid: false, badArgument: true });
    expect(validateValue("x", "text", { pattern: "([" })).toMatchObject({ valid: false, badArgument: true });
  });

  it("reads type names as users write them", () => {
    expect(["String", "int", "Money", "e-mail", "TZ", "Date-Time"].map(fieldTypeFrom)).toEqual([
      "text",
      "integer",
      "amount",
      "email",
      "timezone",
      "datetime",
    ]);
  });
});
