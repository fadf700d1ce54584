/* Types for validate-manifest.js: both manifest checks without printing or exiting. */
import type { ManifestProblem } from "./manifest/check";

export interface ValidateOptions {
  manifest?: string;
  functions?: string;
  root?: string;
  schemaDir?: string;
  schema: boolean;
}

export function validateManifest(options: ValidateOptions): {
  manifestPath: string;
  problems: ManifestProblem[];
  notes: string[];
};
export function parseArgs(argv: string[]): ValidateOptions;
