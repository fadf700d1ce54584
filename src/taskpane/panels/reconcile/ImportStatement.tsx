/**
 * Imports a bank statement file (camt.053 XML, MT940, OFX, BAI2) as a new sheet and table, and makes it the
 * statement side; what the import wrote can be undone while it is the last change.
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
import type { ReconciliationService, StatementImport } from "../../../services/reconciliation";
import { useStatus } from "../../state/status";

/** The extensions banks give these files, with camt's own and .txt (a download that is often MT940). */
export const STATEMENT_FILE_TYPES = [...STATEMENT_FILE_EXTENSIONS, ".camt", ".053", ".txt"].join(",");

const KEY = "reconcile:import";

function summaryOf(imp: StatementImport): string {
  const statements = imp.statements === 1 ? "1 statement" : `${imp.statements} statements`;
  const lines = imp.lines === 1 ? "1 line" : `${imp.lines.toLocaleString("en-US")} lines`;
  const tables =
    imp.tables.length === 1 ? `table ${imp.table}` : `a table per account: ${imp.tables.join(", ")}`;
  return `${imp.format}: ${lines} from ${statements}, on sheet ${imp.sheet} (${tables}).`;
}

export function ImportStatement(props: {
  readonly service: ReconciliationService;
  readonly disabled: boolean;
  /** The import shown, kept by the panel (the chooser it stands in changes once there are two tables). */
  readonly imported: StatementImport | null;
  /** A file was imported (its table becomes the statement side), or the import was undone (null). */
  readonly onImported: (imported: StatementImport | null) => void;
}) {
  const { service, disabled, imported, onImported } = props;
  const status = useStatus();
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // The same file chosen again must fire again.
    e.target.value = "";
    if (file === undefined) return;
    await status.run(`Import ${file.name}`, async (t) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const imp = await service.importStatement(file.name, bytes, {
        signal: t.signal,
        onProgress: (p) => t.progress(p.done, p.total, p.phase),
      });
      status.notify("success", `Imported ${file.name}`, summaryOf(imp), KEY);
      onImported(imp);
    });
  };

  const undo = async () => {
    if (imported === null) return;
    await status.run("Undo the import", async (t) => {
      await service.undoImport(imported, { signal: t.signal });
      status.notify("info", `Import of ${imported.file} undone`, `Sheet ${imported.sheet} was removed.`, KEY);
      onImported(null);
    });
  };

  return (
    <>
      <div>
        <input
          ref={input}
          type="file"
          accept={STATEMENT_FILE_TYPES}
          hidden
          data-testid="statement-file"
          aria-label="Bank statement file"
          onChange={(e) => void onFile(e)}
        />
        <Tooltip
          content="A bank statement file — camt.053 XML, MT940, OFX or BAI2 — becomes a new sheet with one table"
          relationship="description"
        >
          <Button
            size="small"
            appearance="subtle"
            icon={<DocumentArrowUpRegular />}
            disabled={disabled}
            data-testid="import-statement"
            onClick={() => input.current?.click()}
          >
            Import a statement file…
          </Button>
        </Tooltip>
      </div>
      {imported !== null && (
        <MessageBar
          intent={imported.issues.length > 0 ? "warning" : "success"}
          layout="multiline"
          data-testid="import-result"
        >
          <MessageBarBody>
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
