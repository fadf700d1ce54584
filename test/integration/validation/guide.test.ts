/** The user guide stays true: its rule-set example passes the schema, and it explains every code validation can report. */
import * as fs from "fs";
import * as path from "path";
import { readRuleSet } from "../../../src/core/validate";
import { tableCodes } from "../../../src/core/issues/catalogue/tables";
import { validationCodes } from "../../../src/core/issues/catalogue/validation";
import { valueCodes } from "../../../src/core/issues/catalogue/values";

const guide = fs.readFileSync(path.resolve(__dirname, "../../../docs/validation-guide.md"), "utf8");

describe("docs/validation-guide.md", () => {
  it("gives a rule-set example the schema accepts", () => {
    const example = /```json\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(example).toBeDefined();
    expect(readRuleSet(example ?? "")).toMatchObject({ ok: true });
  });

  it("lists every code of values, tables and validation in its codes table", () => {
    const table = guide.slice(guide.indexOf("## Codes"));
    const missing = Object.keys({ ...valueCodes, ...tableCodes, ...validationCodes }).filter(
      (code) => !table.includes(`\`${code}\``),
    );
    expect(missing).toEqual([]);
  });
});
