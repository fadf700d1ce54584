/**
 * Ties a header alone can settle: a column named as the lesser reading of a field gives way to the others
 * (a value date to a booking date), and a header that only contains a synonym beside a word that makes it
 * something else ("Original Amount", "Option 1 Value") is no candidate at all.
 */
import { detectColumnMap, type FieldSpec } from "./columnMap";
import { tableFromRows } from "./table";

const fields: FieldSpec[] = [
  {
    name: "date",
    label: "Date",
    synonyms: ["value date", "booking date"],
    lesser: ["value date", "value", "started", "val"],
  },
  {
    name: "amount",
    label: "Amount",
    synonyms: ["value", "net"],
    excludes: ["original", "option", "shipping"],
  },
  { name: "party", label: "Party", synonyms: ["partner", "payee"], excludes: ["iban"] },
];

const headersOf = (headers: string[]) => tableFromRows({ name: "Bank", sheet: "Bank", headers, records: [] });

describe("detectColumnMap: lesser readings", () => {
  it.each([
    [["Booking Date", "Value Date", "Amount"], 0],
    [["Value Date", "Booking Date", "Amount"], 1],
    [["ValueDate", "BookingDate", "Amount"], 1],
    [["bookingdate", "valuedate", "Amount"], 0],
    [["Started Date", "Completed Date", "Amount"], 1],
    [["Date started (UTC)", "Date completed (UTC)", "Amount"], 1],
    [["dateOp", "dateVal", "Amount"], 0],
  ])("takes the date of %j from column %i, without a word", (headers, date) => {
    const r = detectColumnMap(headersOf(headers), fields);
    expect(r.map.date).toBe(date);
    expect(r.issues).toEqual([]);
    expect(r.ambiguous).toEqual([]);
  });

  it("keeps a lone lesser column as the field", () => {
    expect(detectColumnMap(headersOf(["Value Date", "Amount"]), fields).map).toEqual({ date: 0, amount: 1 });
  });

  it("still asks where every candidate is a lesser one, or several are not", () => {
    const both = detectColumnMap(headersOf(["Started Date", "Date val", "Amount"]), fields);
    expect(both.ambiguous).toEqual(["date"]);
    expect(both.candidates).toEqual({ date: [0, 1] });
    const two = detectColumnMap(headersOf(["Booking Date", "Date", "Value Date", "Amount"]), fields);
    expect(two.ambiguous).toEqual(["date"]);
    expect(two.candidates).toEqual({ date: [0, 1] });
  });

  it("gives the value date that lost to no other field by a word it contains", () => {
    // "Value Date" holds the amount's synonym "value"; the Amount column here is only a partial match.
    const r = detectColumnMap(headersOf(["Booking Date", "Value Date", "Amount (EUR)"]), fields);
    expect(r.map).toEqual({ date: 0, amount: 2 });
  });
});

describe("detectColumnMap: excluded words", () => {
  it("offers no column as the field whose header only contains a synonym beside such a word", () => {
    const r = detectColumnMap(
      headersOf(["Date", "Amount (EUR)", "Original Amount", "Partner Name", "Partner Iban"]),
      fields,
    );
    expect(r.map).toEqual({ date: 0, amount: 1, party: 3 });
    expect(r.issues).toEqual([]);
  });

  it("offers none of PayPal's option values or shipping amounts beside its Net", () => {
    const r = detectColumnMap(
      headersOf(["Date", "Gross", "Net", "Shipping and Handling Amount", "Option 1 Value", "Option 2 Value"]),
      fields,
    );
    expect(r.map).toEqual({ date: 0, amount: 2 });
    const alone = detectColumnMap(headersOf(["Date", "Shipping Amount", "Option 1 Value"]), fields);
    expect(alone.map).toEqual({ date: 0 });
    expect(alone.ambiguous).toEqual([]);
  });
});
