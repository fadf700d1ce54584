/* Types for check.js: the project's own offline manifest checker. */

/** A defect found in the manifest (or in functions.json), naming the element it concerns. */
export interface ManifestProblem {
  /** Which rule found it: xml, basics, order, resources, shared-runtime, urls, limits, icons, functions, schema. */
  rule: string;
  /** The element as written, e.g. `<Version>` or `<bt:Url id="Taskpane.Url">`. */
  element: string;
  /** Local names from the root, e.g. OfficeApp/VersionOverrides/Resources. */
  path: string;
  line: number | undefined;
  /** Set for problems in another file (functions.json). */
  file?: string;
  message: string;
}

export interface ManifestContext {
  /** The namespace the project declares (package.json config.namespace). */
  expectedNamespace?: string;
  /** functions.json to check against the namespace. */
  functionsMetadata?: { file: string; text: string };
  /** URLs under this base map to files readAsset can read, e.g. "https://localhost:3000/". */
  devBaseUrl?: string;
  /** Reads a served file by its path relative to the base URL; undefined when missing. */
  readAsset?: (relativePath: string) => Buffer | undefined;
}

export function checkManifest(xmlText: string, context?: ManifestContext): ManifestProblem[];
export function formatProblem(problem: ManifestProblem, file: string): string;
