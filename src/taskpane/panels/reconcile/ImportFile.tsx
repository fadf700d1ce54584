/**
 * Imports a bank statement file (camt.053 XML, MT940, OFX, BAI2) as a new sheet and table, and makes it the
 * statement side, or a ledger export (DATEV, FEC) and makes it the book side; what the import wrote can be
 * undone while it is the last change.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Tooltip,
} from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useRef, type ChangeEvent } from "react";
import { STATEMENT_FILE_EXTENSIONS } from "../../../core/statementFiles";
import type { LedgerImport, ReconciliationService, StatementImport } from "../../../services/reconciliation";
import { usePaneStyles } from "../../components/paneStyles";
import { useStatus } from "../../state/status";
import { count, counted } from "./format";

/** The extensions banks give these files, with camt's own and .txt (a download that is often MT940). */
export const STATEMENT_FILE_TYPES = [...STATEMENT_FILE_EXTENSIONS, ".camt", ".053", ".txt"].join(",");

/** What an import brought in: a statement file, or a ledger export. */
export type Imported = StatementImport | LedgerImport;

function isStatement(imp: Imported): imp is StatementImport {
  return "statements" in imp;
}

/** The two kinds of file, as the pane offers them. */
const KINDS = {
  statement: {
    key: "reconcile:import",
    accept: STATEMENT_FILE_TYPES,
    input: "statement-file",
    inputLabel: "Bank statement file",
    button: "import-statement",
    label: "Import a statement file…",
    tip: "A bank statement file — camt.053 XML, MT940, OFX or BAI2, or several chosen together, such as a bank's daily files — becomes a new sheet with one table",
    result: "import-result",
  },
  ledger: {
    key: "reconcile:import-ledger",
    accept: ".csv,.txt,.zip",
    input: "ledger-file",
    inputLabel: "Ledger export file",
    button: "import-ledger",
    label: "Import a ledger file…",
    tip: "A DATEV export (or the ZIP a bookkeeping program delivers it in; several booking batches chosen together are joined) or a French FEC file becomes a new sheet with one table, its booking dates with their year",
    result: "ledger-import-result",
  },
} as const;

function summaryOf(imp: Imported): string {
  if (!isStatement(imp)) {
    const lines = counted(imp.lines, "booking line", "booking lines");
    const taken = imp.archive?.taken ?? imp.joined ?? [];
    const from =
      imp.archive || imp.joined
        ? (taken.length === 1
            ? ` from ${taken[0]}`
            : ` from ${count(taken.length)} booking batches joined, in period order (${taken.join(", ")})`) +
          ((imp.archive?.others ?? 0) > 0
            ? ` (${counted(imp.archive?.others ?? 0, "other file", "other files")} in the archive not read)`
            : "")
        : "";
    return `${imp.format}: ${lines}${from}, on sheet ${imp.sheet} (table ${imp.table}).`;
  }
  const statements = counted(imp.statements, "statement", "statements");
  const lines = counted(imp.lines, "line", "lines");
  const tables =
    imp.tables.length === 1 ? `table ${imp.table}` : `a table per account: ${imp.tables.join(", ")}`;
  return `${imp.format}: ${lines} from ${statements}, on sheet ${imp.sheet} (${tables}).`;
}

export function ImportFile(props: {
  readonly service: ReconciliationService;
  /** A bank statement file (the statement side) or a ledger export (the book side). */
  readonly kind: keyof typeof KINDS;
  readonly disabled: boolean;
  /** The import shown, kept by the panel (the chooser it stands in changes once there are two tables). */
  readonly imported: Imported | null;
  /** A file was imported (its table becomes the statement or book side), or the import was undone (null). */
  readonly onImported: (imported: Imported | null) => void;
}) {
  const { service, kind, disabled, imported, onImported } = props;
  const k = KINDS[kind];
  const styles = usePaneStyles();
  const status = useStatus();
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    // The same file chosen again must fire again.
    e.target.value = "";
    const file = files[0];
    if (file === undefined) return;
    // Files chosen together are joined: a bank's daily statement files, a DATEV batch per month.
    const title = files.length === 1 ? file.name : counted(files.length, "file", "files");
    await status.run(
      `Import ${title}`,
      async (t) => {
        const onProgress = (p: { readonly done: number; readonly total: number; readonly phase: string }) =>
          t.progress(p.done, p.total, p.phase);
        const run = { signal: t.signal, onProgress };
        const chosen = await Promise.all(
          files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
        );
        const imp =
          kind === "statement"
            ? await service.importStatementFiles(chosen, run)
            : await service.importLedgerFiles(chosen, run);
        status.notify("success", `Imported ${title}`, summaryOf(imp), k.key);
        onImported(imp);
      },
      k.key,
    );
  };

  const undo = async () => {
    if (imported === null) return;
    await status.run(
      "Undo the import",
      async (t) => {
        await service.undoImport(imported, { signal: t.signal });
        status.notify(
          "info",
          `Import of ${imported.file} undone`,
          `Sheet ${imported.sheet} was removed.`,
          k.key,
        );
        onImported(null);
      },
      k.key,
    );
  };

  return (
    <>
      <div>
        <input
          ref={input}
          type="file"
          accept={k.accept}
          multiple
          hidden
          data-testid={k.input}
          aria-label={k.inputLabel}
          onChange={(e) => void onFile(e)}
        />
        <Tooltip content={k.tip} relationship="description">
          <Button
            size="small"
            appearance="subtle"
            icon={<DocumentArrowUpRegular />}
            disabled={disabled}
            data-testid={k.button}
            onClick={() => input.current?.click()}
          >
            {k.label}
          </Button>
        </Tooltip>
      </div>
      {imported !== null && (
        <MessageBar
          intent={imported.issues.length > 0 ? "warning" : "success"}
          layout="multiline"
          data-testid={k.result}
        >
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>Imported {imported.file}</MessageBarTitle>
            {summaryOf(imported)}
            {imported.issues.map((issue) => (
              <div key={`${issue.code}:${issue.row ?? 0}`}>{issue.message}</div>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={disabled} onClick={() => void undo()}>
              Undo import
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
