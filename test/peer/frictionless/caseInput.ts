/**
 * What a Frictionless test case validates, read from its stored Python source: the data (a fixture file
 * or inline rows), the schema, the detector/dialect options, and the report filters (pick/skip errors,
 * limits). A case that needs something the engine has no counterpart for is "not expressible", with why.
 */
import { isCall, isName, readBody, type PyCall, type PyValue } from "./pyLiteral";

export type Source = { readonly file: string } | { readonly rows: readonly (readonly PyValue[])[] };

export interface CaseInput {
  readonly source: Source;
  /** A Table Schema descriptor, the path of one, or undefined when the case has none. */
  readonly schema: unknown;
  readonly sync: boolean;
  /** Names for a file without a header row (Dialect(header=False) + Detector(field_names=…)). */
  readonly headerless?: readonly string[];
  readonly missingValues?: readonly string[];
  readonly pick?: readonly string[];
  readonly skip?: readonly string[];
  readonly limitErrors?: number;
  readonly limitRows?: number;
}

export type CaseReading = { readonly input: CaseInput } | { readonly notExpressible: string };

const no = (why: string): CaseReading => ({ notExpressible: why });

function dict(v: PyValue | undefined): Record<string, PyValue> | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isCall(v) && !isName(v)
    ? (v as Record<string, PyValue>)
    : undefined;
}

/** The schema argument as a descriptor or a path; undefined for "none"; a string reason when unusable. */
function schemaOf(v: PyValue | undefined): { schema: unknown } | { why: string } {
  if (v === undefined || v === null) return { schema: undefined };
  if (typeof v === "string") return { schema: v };
  if (isCall(v, "Schema.from_descriptor")) return { schema: v.args[0] };
  if (dict(v) !== undefined) return { schema: v };
  return { why: `the schema is built by ${isCall(v) ? v.callee : "code"}` };
}

function sourceOf(v: PyValue | undefined): Source | string {
  if (typeof v === "string") return { file: v };
  if (isCall(v, "pathlib.Path") && typeof v.args[0] === "string") return { file: v.args[0] };
  if (isCall(v, "open") && typeof v.args[0] === "string") return { file: v.args[0] };
  if (Array.isArray(v)) {
    if (!v.every((row) => Array.isArray(row))) return "the inline data has a row that is not a list";
    return { rows: v as PyValue[][] };
  }
  return "the data source is not a file or inline rows";
}

function resourceOf(
  call: PyValue | undefined,
): { resource: PyCall; descriptor?: Record<string, PyValue> } | string {
  if (!isCall(call)) return "the resource is not built by a call this harness reads";
  if (
    call.callee === "TableResource.from_descriptor" ||
    call.callee === "TableResource.validate_descriptor"
  ) {
    const d = dict(call.args[0]);
    return d === undefined ? "the resource descriptor is not a literal" : { resource: call, descriptor: d };
  }
  if (call.callee === "Resource" || call.callee === "TableResource") return { resource: call };
  return `the resource is built by ${call.callee}`;
}

export function readCase(source: string): CaseReading {
  const { scope, statements } = readBody(source);
  const extra = statements.filter((s) => !s.startsWith("assert") && !s.startsWith("print("));
  if (extra.length > 0)
    return no(`the case runs code this harness does not read (${extra[0]?.split("\n")[0]})`);
  const report = scope.get("report");
  if (!isCall(report)) return no("no report = ...validate(...) statement");
  if (report.callee === "Schema.validate_descriptor")
    return no("it validates a schema descriptor alone, not a table");

  let resourceCall: PyValue | undefined;
  let validateArgs: PyCall | undefined;
  if (report.callee === "TableResource.validate_descriptor") resourceCall = report;
  else if (report.callee.endsWith(".validate")) {
    validateArgs = report;
    resourceCall =
      report.callee === ".validate"
        ? report.kwargs.self
        : scope.get(report.callee.slice(0, -".validate".length));
  } else return no(`the report comes from ${report.callee}`);

  const found = resourceOf(resourceCall);
  if (typeof found === "string") return no(found);
  const { resource, descriptor } = found;
  const kw: Record<string, PyValue> = { ...(descriptor ?? resource.kwargs) };
  if (kw.compression !== undefined) return no("the data is compressed");
  if (kw.encoding !== undefined && kw.encoding !== "utf-8")
    return no(`the data is read as ${String(kw.encoding)}`);
  const data = sourceOf(kw.path ?? kw.data ?? resource.args[0]);
  if (typeof data === "string") return no(data);
  if ("file" in data && !/\.(csv|xlsx|json)$/.test(data.file))
    return no(`the data is ${data.file}, not a table file this harness reads`);
  const schema = schemaOf(kw.schema);
  if ("why" in schema) return no(schema.why);

  const detector = isCall(kw.detector, "Detector") ? kw.detector.kwargs : {};
  const dialect = isCall(kw.dialect, "Dialect") ? kw.dialect.kwargs : {};
  const patch = dict(detector.schema_patch);
  const missing = patch?.missingValues;

  const checklist = validateArgs?.args[0];
  let pick: readonly string[] | undefined;
  let skip: readonly string[] | undefined;
  if (checklist !== undefined) {
    if (isCall(checklist, "Checklist")) {
      if (checklist.kwargs.checks !== undefined)
        return no("the case adds Frictionless checks the engine has no counterpart for");
      pick = checklist.kwargs.pick_errors as string[] | undefined;
      skip = checklist.kwargs.skip_errors as string[] | undefined;
    } else return no("the case adds Frictionless checks the engine has no counterpart for");
  }
  const names = detector.field_names;
  return {
    input: {
      source: data,
      schema: schema.schema,
      sync: detector.schema_sync === true,
      ...(dialect.header === false && Array.isArray(names) ? { headerless: names as string[] } : {}),
      ...(Array.isArray(missing) ? { missingValues: missing as string[] } : {}),
      ...(pick === undefined ? {} : { pick }),
      ...(skip === undefined ? {} : { skip }),
      ...(typeof validateArgs?.kwargs.limit_errors === "number"
        ? { limitErrors: validateArgs.kwargs.limit_errors }
        : {}),
      ...(typeof validateArgs?.kwargs.limit_rows === "number"
        ? { limitRows: validateArgs.kwargs.limit_rows }
        : {}),
    },
  };
}
