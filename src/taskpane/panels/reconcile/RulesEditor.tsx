/**
 * The rule cascade in order, each saying in a line what it asks for and whether it confirms on its own
 * or only suggests. A rule can be changed in a form, moved up or down, or removed; the whole cascade can
 * be edited as JSON (checked before it is used) or put back to the preset's rules.
 */
import {
  Badge,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
} from "@fluentui/react-components";
import {
  AddRegular,
  ArrowDownRegular,
  ArrowUpRegular,
  DeleteRegular,
  EditRegular,
} from "@fluentui/react-icons";
import { useState } from "react";
import { MAX_RULES, type Rule } from "../../../core/reconcile";
import {
  addRule,
  describeRule,
  moveRule,
  presetById,
  removeRule,
  type ReconcileSetup,
  type ReconciliationService,
} from "../../../services/reconciliation";
import { copyText, downloadText } from "../../components/clipboard";
import { usePaneStyles } from "../../components/paneStyles";
import { useStatus } from "../../state/status";
import { RuleFormView } from "./RuleFormView";

/** Copying the rules: a failed copy and the later one that worked are one message, the newest. */
const COPY = "reconcile:rules-copy";

export interface RulesEditorProps {
  readonly service: ReconciliationService;
  readonly setup: ReconcileSetup;
  readonly onRules: (rules: readonly Rule[] | null) => void;
  readonly disabled: boolean;
}

function RulesJsonDialog({ service, setup, onRules, disabled }: RulesEditorProps) {
  const styles = usePaneStyles();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<readonly string[]>([]);
  const { notify } = useStatus();
  const save = () => {
    const r = service.parseRules(text);
    if (!r.ok) return setErrors(r.errors);
    onRules(r.rules);
    setOpen(false);
  };
  // The same text serves `bo reconcile --rules`, `bo rules` and the rulesJson of =BO.MATCH.
  const copy = () =>
    copyText(text).then(
      () => notify("success", "Rules copied to the clipboard", undefined, COPY),
      (e: unknown) =>
        notify(
          "error",
          "Could not copy the rules",
          `${e instanceof Error ? e.message : String(e)}: select the text and copy it instead.`,
          COPY,
        ),
    );
  return (
    <Dialog
      open={open}
      onOpenChange={(_, d) => {
        setOpen(d.open);
        if (d.open) {
          setText(JSON.stringify({ rules: setup.rules }, null, 2));
          setErrors([]);
        }
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" disabled={disabled} data-testid="rules-edit">
          Edit as JSON
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Reconciliation rules</DialogTitle>
          <DialogContent className={styles.stack}>
            <Caption1>
              An ordered list: each rule says what must agree (amount, date window, reference, text, party)
              and whether it may confirm on its own. See the reconciliation guide for every setting.
            </Caption1>
            <Textarea
              aria-label="Rules JSON"
              data-testid="rules-json"
              resize="vertical"
              rows={14}
              value={text}
              onChange={(_, d) => setText(d.value)}
            />
            {errors.length > 0 && (
              <MessageBar intent="error" data-testid="rules-errors">
                <MessageBarBody>
                  <MessageBarTitle>These rules cannot be used</MessageBarTitle>
                  {errors.slice(0, 6).join("; ")}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Cancel</Button>
            </DialogTrigger>
            <Button appearance="primary" onClick={save} data-testid="rules-save">
              Use these rules
            </Button>
            <Button onClick={() => void copy()} data-testid="rules-copy">
              Copy
            </Button>
            <Button onClick={() => downloadText("rules.json", text)} data-testid="rules-download">
              Download
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export function RulesEditor(props: RulesEditorProps) {
  const styles = usePaneStyles();
  const { setup, onRules, disabled } = props;
  // The rule being changed, by id (ids are unique in a cascade); none once the cascade no longer has it.
  const [chosen, setEditing] = useState<string | null>(null);
  const rules = setup.rules;
  const editing = rules.some((r) => r.id === chosen) ? chosen : null;
  // A rule just added: Cancel on its first form takes it out again.
  const [added, setAdded] = useState<string | null>(null);
  const add = () => {
    const next = addRule(rules);
    if (next === null) return;
    onRules(next.rules);
    setEditing(next.id);
    setAdded(next.id);
  };
  const stopEditing = () => {
    setEditing(null);
    setAdded(null);
  };
  return (
    <div className={styles.stack} data-testid="rules">
      <ol className={styles.stack} aria-label="Rules, in the order they apply" data-testid="rules-list">
        {rules.map((r, k) => (
          <li key={r.id} className={styles.stack} data-testid={`rule-${r.id}`}>
            <div className={styles.wrap}>
              <strong>{r.id}</strong> {r.label ?? ""}{" "}
              <Badge appearance="tint" size="small" color={r.autoConfirm ? "success" : "informative"}>
                {r.autoConfirm ? "confirms" : "suggests"}
              </Badge>
            </div>
            <Caption1 className={styles.wrap} data-testid={`rule-summary-${r.id}`}>
              {describeRule(r)}
            </Caption1>
            {editing === r.id ? (
              <RuleFormView
                rules={rules}
                index={k}
                disabled={disabled}
                onCancel={() => {
                  if (added === r.id) onRules(removeRule(rules, k));
                  stopEditing();
                }}
                onUse={(next) => {
                  stopEditing();
                  onRules(next);
                }}
              />
            ) : (
              <div className={styles.row}>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<EditRegular />}
                  disabled={disabled || editing !== null}
                  onClick={() => setEditing(r.id)}
                  aria-label={`Change rule ${r.id}`}
                  data-testid={`rule-change-${r.id}`}
                >
                  Change
                </Button>
                {[
                  {
                    key: "up",
                    icon: <ArrowUpRegular />,
                    label: `Move rule ${r.id} up`,
                    off: k === 0,
                    to: () => moveRule(rules, k, -1),
                  },
                  {
                    key: "down",
                    icon: <ArrowDownRegular />,
                    label: `Move rule ${r.id} down`,
                    off: k === rules.length - 1,
                    to: () => moveRule(rules, k, 1),
                  },
                  {
                    key: "remove",
                    icon: <DeleteRegular />,
                    label: `Remove rule ${r.id}`,
                    off: rules.length === 1,
                    to: () => removeRule(rules, k),
                  },
                ].map((b) => (
                  <Button
                    key={b.key}
                    size="small"
                    appearance="subtle"
                    icon={b.icon}
                    disabled={disabled || editing !== null || b.off}
                    onClick={() => onRules(b.to())}
                    aria-label={b.label}
                    data-testid={`rule-${b.key}-${r.id}`}
                  />
                ))}
              </div>
            )}
          </li>
        ))}
      </ol>
      <div className={styles.row}>
        <Button
          size="small"
          icon={<AddRegular />}
          disabled={disabled || editing !== null || rules.length >= MAX_RULES}
          onClick={add}
          data-testid="rule-add"
        >
          Add a rule
        </Button>
        <RulesJsonDialog {...props} />
        {setup.customRules && (
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onRules(null)}>
            Use the {presetById(setup.preset).label.toLowerCase()} rules
          </Button>
        )}
      </div>
    </div>
  );
}
