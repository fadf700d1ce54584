/**
 * Import and export of rule sets as JSON: the stored rules shown as text to copy or download, and pasted
 * text imported after the schema check. A bad rule set is shown with every problem and changes nothing.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ValidationService } from "../../../services/validation";
import { useStatus } from "../../state/status";
import { errorText } from "./clock";
import { copyText, downloadText } from "../../components/clipboard";
import { usePaneStyles } from "../../components/paneStyles";

const useStyles = makeStyles({
  json: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, minHeight: "14em" },
});

export interface RulesJsonDialogProps {
  readonly service: ValidationService;
  readonly table: string;
  /** Unsaved edits would be replaced by an import: the dialog says so. */
  readonly dirty: boolean;
  readonly onImported: () => void;
}

type Scope = "table" | "all";

export function RulesJsonDialog({ service, table, dirty, onImported }: RulesJsonDialogProps) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const { notify } = useStatus();
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<Scope>("table");
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const load = (s: Scope) => {
    setScope(s);
    setProblem(null);
    service
      .exportRules(s === "table" ? table : undefined)
      .then(setText, (e: unknown) => setProblem(errorText(e)));
  };
  const doImport = async () => {
    try {
      const read = await service.importRules(text, scope === "table" ? table : undefined);
      if (!read.ok) return setProblem(read.error);
      notify("success", "Rules imported", `Rules stored for ${read.value.tables.join(", ") || "no table"}.`);
      onImported();
      setOpen(false);
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  const copy = () =>
    copyText(text).then(
      () => notify("success", "Rules copied to the clipboard"),
      (e: unknown) => setProblem(`Could not copy: ${errorText(e)}. Select the text and copy it instead.`),
    );
  const name = scope === "table" ? `rules-${table}.json` : "rules.json";

  return (
    <Dialog
      open={open}
      onOpenChange={(_, d) => {
        setOpen(d.open);
        if (d.open) load(scope);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" data-testid="rules-json">
          Import or export JSON…
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Rules as JSON</DialogTitle>
          <DialogContent className={styles.stack}>
            <RadioGroup layout="horizontal" value={scope} onChange={(_, d) => load(d.value as Scope)}>
              <Radio value="table" label={`This table (${table})`} />
              <Radio value="all" label="All tables" />
            </RadioGroup>
            {problem !== null && (
              <MessageBar layout="multiline" intent="error" data-testid="rules-json-error">
                <MessageBarBody className={styles.wrap}>
                  <MessageBarTitle>These rules cannot be used</MessageBarTitle>
                  {problem}
                </MessageBarBody>
              </MessageBar>
            )}
            {dirty && (
              <MessageBar layout="multiline" intent="warning">
                <MessageBarBody>Importing replaces the unsaved changes in the editor.</MessageBarBody>
              </MessageBar>
            )}
            <Field label="Paste a rule set to import, or copy this one">
              <Textarea
                className={styles.json}
                resize="vertical"
                value={text}
                spellCheck={false}
                onChange={(_, d) => setText(d.value)}
              />
            </Field>
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => void doImport()}>
              Import
            </Button>
            <Button onClick={() => void copy()}>Copy</Button>
            <Button onClick={() => downloadText(name, text)}>Download</Button>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="subtle">Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
