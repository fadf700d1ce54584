/**
 * Acceptance oracle (ORACLES.md §12): Frictionless test cases with their expected (row, field, type)
 * errors. Every case whose inputs the engine's rules can express is run through `validateTable` and its
 * report compared with the expected one (as a set; Frictionless's own order is not asserted). Prints
 * "N of M expressible cases agree", lists disagreements and the reasons others are not expressible, and
 * fails if the agreement drops below the figure reached when this test was written.
 */
import * as fs from "fs";
import * as path from "path";
import { validateTable, type TableRules } from "../../src/core/validate";
import { readCase } from "./frictionless/caseInput";
import { loadSource } from "./frictionless/loadSource";
import { ENGINE_TYPES, flatten, report, sortFlat, type FlatError } from "./frictionless/mapIssues";
import { toRules } from "./frictionless/toRules";

const DIR = path.resolve(__dirname, "../../../shared/peer-suites/validation-frictionless");
/** Agreement reached when the harness was written; raise it when the engine improves, never lower it. */
const AGREED_AT_LEAST = 51;

interface Expectation {
  readonly valid?: boolean;
  readonly flatten_keys?: readonly string[] | null;
  readonly expected?: readonly (readonly unknown[])[] | null;
}

interface Case {
  readonly id: string;
  readonly data_files_present: boolean;
  readonly expectations: readonly Expectation[];
  readonly source: string;
}

/** The expected (row, field, type) list, or why the case's expectation is not in those terms. */
function expectedOf(c: Case): FlatError[] | string {
  let out: FlatError[] | undefined;
  for (const e of c.expectations) {
    if (e.valid === true) out ??= [];
    else if (e.valid === false) continue;
    else if (
      e.expected &&
      e.flatten_keys?.[0] === "rowNumber" &&
      e.flatten_keys[1] === "fieldNumber" &&
      e.flatten_keys[2] === "type"
    )
      out = e.expected.map((x) => [x[0] as number | null, x[1] as number | null, x[2] as string]);
    else return "its expectation is not a (row, field, type) list or a validity";
  }
  return out ?? "it has no expectation on the table's errors";
}

type Outcome =
  | { readonly agree: boolean; readonly got: FlatError[]; readonly want: FlatError[] }
  | { readonly skip: string };

async function runCase(c: Case): Promise<Outcome> {
  if (!c.data_files_present) return { skip: "its data files are not in the suite" };
  const want = expectedOf(c);
  if (typeof want === "string") return { skip: want };
  const foreign = want.find((e) => !ENGINE_TYPES.has(e[2]));
  if (foreign !== undefined) return { skip: `it expects ${foreign[2]}, which the engine does not report` };
  const reading = readCase(c.source);
  if ("notExpressible" in reading) return { skip: reading.notExpressible };
  const { input } = reading;
  const table = await loadSource(DIR, input);
  if (typeof table === "string") return { skip: table };
  let rules: TableRules | string | undefined;
  if (typeof input.schema === "string") {
    const text = fs.readFileSync(path.join(DIR, input.schema), "utf8");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // An unreadable schema goes to the engine as the rule text a user would have given it.
      rules = text;
    }
    if (rules === undefined) {
      const r = toRules(parsed as never, table.headers, input.sync, input.missingValues);
      if (typeof r === "string") return { skip: r };
      rules = r;
    }
  } else if (input.schema !== undefined) {
    const r = toRules(input.schema as never, table.headers, input.sync, input.missingValues);
    if (typeof r === "string") return { skip: r };
    rules = r;
  } else if (input.missingValues !== undefined) rules = { missingValues: [...input.missingValues] };
  const result = validateTable(table, { kind: "none", ...(rules === undefined ? {} : { rules }) });
  const got = report(flatten(result.issues, table), {
    ...(input.pick === undefined ? {} : { pick: input.pick }),
    ...(input.skip === undefined ? {} : { skip: input.skip }),
    ...(input.limitErrors === undefined ? {} : { limit: input.limitErrors }),
  });
  const sortedWant = sortFlat(want);
  return {
    agree: JSON.stringify(sortFlat(got)) === JSON.stringify(sortedWant),
    got: sortFlat(got),
    want: sortedWant,
  };
}

if (!fs.existsSync(DIR)) {
  it("Frictionless peer suite", () => {
    console.warn(`Peer suite not found at ${DIR}; the Frictionless comparison was not run.`);
  });
} else {
  describe("Frictionless peer suite (validation-frictionless)", () => {
    it("agrees with the expressible cases' expected errors", async () => {
      const { cases } = JSON.parse(fs.readFileSync(path.join(DIR, "cases.json"), "utf8")) as {
        cases: Case[];
      };
      const agreed: string[] = [];
      const disagreed: string[] = [];
      const skipped = new Map<string, string[]>();
      for (const c of cases) {
        const name = c.id.split("::")[1] ?? c.id;
        const outcome = await runCase(c);
        if ("skip" in outcome) skipped.set(outcome.skip, [...(skipped.get(outcome.skip) ?? []), name]);
        else if (outcome.agree) agreed.push(name);
        else
          disagreed.push(
            `${name}\n    expected ${JSON.stringify(outcome.want)}\n    engine   ${JSON.stringify(outcome.got)}`,
          );
      }
      const expressible = agreed.length + disagreed.length;
      const lines = [
        `Frictionless: ${agreed.length} of ${expressible} expressible cases agree (${cases.length} cases in the suite).`,
        ...(disagreed.length > 0 ? ["Disagreements:", ...disagreed.map((d) => `  ${d}`)] : []),
        "Not expressible:",
        ...[...skipped].map(([why, names]) => `  ${names.length} x ${why}`),
      ];
      console.log(lines.join("\n"));
      expect(agreed.length).toBeGreaterThanOrEqual(AGREED_AT_LEAST);
    });
  });
}
