/**
 * What the validation service hands the task pane, the command line and tests: tables with their detected
 * kinds, the column-mapping and related-table proposals to review, and a finished run with its issues
 * grouped by rule.
 */
import type { Issue, Severity } from "../../core/issues";
import type { TableData } from "../../core/table";
import type {
  FieldType,
  KindId,
  LookupRole,
  RuleStat,
  TableRules,
  ValidationResult,
} from "../../core/validate";
import type { TableInfo, TableRef } from "../../workbook/port";

/** A table of the workbook with the kind its headers suggest. */
export interface CandidateTable {
  readonly info: TableInfo;
  /** The detected kind; undefined when no kind fits or two fit equally well. */
  readonly kind: KindId | undefined;
  /** Share of the headers the detected kind recognises, 0–1 (0 when none is detected). */
  readonly confidence: number;
  /** Every kind that fits, best first (the detected one first when there is one). */
  readonly fits: readonly KindId[];
}

/** One field of the kind and the header it is read from. */
export interface FieldMapping {
  readonly field: string;
  readonly label: string;
  readonly type: FieldType;
  readonly required: boolean;
  /** The header holding the field, or null when the table has no column for it. */
  readonly header: string | null;
  /** How the header was found: the user's mapping, an exact synonym, a close one, or not at all. */
  readonly how: "override" | "exact" | "synonym" | "none";
}

/** A related table the kind's rules look values up in (chart of accounts for a ledger, …). */
export interface LookupProposal {
  readonly role: LookupRole;
  /** "Chart of accounts", as the user reads it. */
  readonly label: string;
  /** What the lookup checks, e.g. "accounts exist in the chart of accounts". */
  readonly purpose: string;
  /** The table that will play the role, or null when none will (the check is then skipped). */
  readonly table: string | null;
  /** From the user's rules or choice, detected among the workbook's tables, or none found. */
  readonly how: "chosen" | "detected" | "none";
  /** Tables whose headers fit the role, best first. */
  readonly candidates: readonly string[];
}

/** The column mapping to review before a run. */
export interface MappingProposal {
  readonly table: string;
  readonly kind: KindId | undefined;
  readonly kindHow: "chosen" | "detected" | "none";
  readonly fields: readonly FieldMapping[];
  /** Headers no field of the kind reads (their user rules still apply). */
  readonly otherHeaders: readonly string[];
  /** Header problems: blank, duplicate, ambiguous, missing, a mapping to a header that is not there. */
  readonly issues: readonly Issue[];
  readonly lookups: readonly LookupProposal[];
}

/** A choice per role: a table name, null to skip the lookup, absent to let the service detect one. */
export type LookupChoices = Partial<Record<LookupRole, string | null>>;

export interface RunChoices {
  /** The table's rules for this run (the pane's draft); default: the rules stored in the document. */
  readonly rules?: TableRules;
  /** A kind id or a word for one; wins over the rules' kind. Default: the rules' kind, else "auto". */
  readonly kind?: string;
  readonly lookups?: LookupChoices;
  /** "Today" as YYYY-MM-DD, for the future-date warnings; the caller reads the clock, never the engine. */
  readonly asOf?: string;
}

/** A rule and the issues it raised, for results grouped by rule. */
export interface IssueGroup {
  /** The rule id (e.g. "Amount:required"), or "code:<code>" for findings no rule counted. */
  readonly id: string;
  /** As a user reads it: "Date is a date", "Entries balance". */
  readonly title: string;
  readonly code: string;
  readonly column?: string;
  /** The most severe of its issues. */
  readonly severity: Severity;
  readonly issues: readonly Issue[];
  /** Counts and % failing, when a rule counted its checks. */
  readonly stat?: RuleStat;
}

export interface UsedLookup {
  readonly role: LookupRole;
  readonly table: string;
  readonly how: "chosen" | "detected";
}

/** A finished validation: the engine's result, the table as read (for marks and links), and its groups. */
export interface ValidationRun {
  readonly info: TableInfo;
  /** How the table was read, to read it again before marking. */
  readonly ref: TableRef;
  readonly table: TableData;
  readonly result: ValidationResult;
  readonly lookups: readonly UsedLookup[];
  readonly groups: readonly IssueGroup[];
  readonly asOf?: string;
}
