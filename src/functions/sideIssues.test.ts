/**
 * A side's column errors said for the worksheet functions are made from the issues' kept parameters, so the
 * catalogue can reword its messages without the functions' messages going wrong.
 */
import { tableOf } from "../../test/support/tableLiteral";
import { formatLocation, type Issue } from "../core/issues";
import { readSide, type SideRecords } from "../core/reconcileInput";
import { columnErrors } from "./sideIssues";

const READ_FROM_PARAMS = new Set(["header_ambiguous", "header_missing"]);

const twoDates = tableOf({ name: "Book" })`
  Booking Date | Posting Date | Amount
  2026-03-05   | 2026-03-06   | 100
`;
const noAmount = tableOf({ name: "Book" })`
  Date       | Memo
  2026-03-05 | x
`;
const twoAmounts = tableOf({ name: "Book" })`
  Date       | Amount | Amount
  2026-03-05 | 100    | 100
`;

const read = (table: typeof twoDates): SideRecords => readSide(table, { side: "left", dateSystem: 1900 });

/** The side with the issues whose parameters are read worded otherwise, or stripped of their parameters. */
function reworded(side: SideRecords, change: (i: Issue) => Issue): SideRecords {
  return { ...side, issues: side.issues.map((i) => (READ_FROM_PARAMS.has(i.code) ? change(i) : i)) };
}
const otherWording = (i: Issue): Issue => ({ ...i, message: `${formatLocation(i)}: Worded some other way.` });
const withoutParams = ({ params: _dropped, ...i }: Issue): Issue => i;

describe("columnErrors reads the field and headers from the issues, not their messages", () => {
  it("core's issues about a side's columns keep the parameters the functions' messages are made of", () => {
    const issues = [twoDates, noAmount, twoAmounts].flatMap((t) => read(t).issues);
    const about = issues.filter((i) => READ_FROM_PARAMS.has(i.code));
    expect(about.map((i) => i.code).sort()).toEqual([
      "header_ambiguous",
      "header_ambiguous",
      "header_missing",
    ]);
    for (const issue of about) expect(issue.params).toMatchObject({ field: expect.any(String) });
  });

  it.each([
    [
      "a field several columns could be",
      twoDates,
      'Several columns could be Date ("Booking Date", "Posting Date"); choose one in rulesJson: {"left": {"columns": {"date": "…"}}}.',
    ],
    [
      "a field no column is",
      noAmount,
      'No column for Amount; add a column named "Amount", "Debit" or "Credit" or name it in rulesJson: {"left": {"columns": {"amount": "…"}}}.',
    ],
    [
      "a header written twice over a column a field is read from",
      twoAmounts,
      'The header "Amount" also names column 2; rename one of them.',
    ],
  ])("%s, however the catalogue words it", (_what, table, message) => {
    expect(columnErrors("left", reworded(read(table), otherWording), undefined)).toBe(message);
  });

  it("an issue without its parameters is said as the catalogue words it, not dropped", () => {
    expect(columnErrors("left", reworded(read(twoDates), withoutParams), undefined)).toBe(
      'Several columns could be Date ("Booking Date", "Posting Date"); choose one in the column mapping.',
    );
  });
});
