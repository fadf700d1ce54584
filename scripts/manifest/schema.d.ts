/* Types for schema.js: the optional xmllint step against the official schema. */
import type { ManifestProblem } from "./check";

export interface SchemaResult {
  status: "valid" | "invalid" | "skipped";
  problems: ManifestProblem[];
  note: string;
}

export function runSchemaCheck(manifestPath: string, schemaDir: string, xmllint?: string): SchemaResult;
export function parseXmllintLine(line: string): ManifestProblem | undefined;
