/** The issue model: bad user data is a located, coded finding, never an exception. */

export type Severity = "error" | "warning" | "info";

/** Where a finding points: as much of sheet, table, Excel row and column as is known. */
export interface IssueLocation {
  readonly sheet?: string;
  readonly table?: string;
  /** Excel row number as the user sees it (1-based). */
  readonly row?: number;
  /** Column header as written in the table. */
  readonly column?: string;
  /** A1 address of the cell, when known (used to select and mark it). */
  readonly address?: string;
}

export interface Issue extends IssueLocation {
  /** Stable snake_case code from the catalogue. */
  readonly code: string;
  readonly severity: Severity;
  /** Rendered from the catalogue: what is wrong and what to do. */
  readonly message: string;
  /** The offending value as it reads in the cell (see describeCell). */
  readonly value?: string;
  /**
   * The catalogue parameters, for the few codes whose entry keeps them (`keep`), so a consumer that
   * words the finding its own way need not parse `message`; read them typed with `keptParams`. Not part
   * of the CLI's JSON output.
   */
  readonly params?: Readonly<Record<string, unknown>>;
}
