/**
 * The rules of the picked table as the user edits them: the stored copy, the draft, whether they differ,
 * and saving or discarding. The draft drives the mapping review and the run before it is saved.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { TableRules } from "../../../core/validate";
import { rulesProblem, type ValidationService } from "../../../services/validation";
import { errorText } from "./clock";

export interface RulesDraft {
  readonly draft: TableRules;
  readonly loaded: boolean;
  readonly dirty: boolean;
  /** Why the draft cannot be saved, every problem with its path; null when it can. */
  readonly invalid: string | null;
  /** Why the stored rules could not be read, when they could not. */
  readonly storeProblem: string | null;
  readonly update: (change: (rules: TableRules) => TableRules) => void;
  readonly save: () => Promise<void>;
  readonly discard: () => void;
  /** Reads the stored rules again (after an import). */
  readonly reload: () => void;
}

const same = (a: TableRules, b: TableRules) => JSON.stringify(a) === JSON.stringify(b);

export function useRulesDraft(service: ValidationService, table: string | null): RulesDraft {
  const [stored, setStored] = useState<TableRules>({});
  const [draft, setDraft] = useState<TableRules>({});
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const [storeProblem, setStoreProblem] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (table === null) return;
    let live = true;
    service.loadTableRules(table).then(
      ({ rules, problem }) => {
        if (!live) return;
        setStored(rules);
        setDraft(rules);
        setStoreProblem(problem ?? null);
        setLoadedFor(table);
      },
      (e: unknown) => {
        if (!live) return;
        setStored({});
        setDraft({});
        setStoreProblem(`The stored rules could not be read: ${errorText(e)}`);
        setLoadedFor(table);
      },
    );
    return () => {
      live = false;
    };
  }, [service, table, generation]);

  const invalid = useMemo(() => rulesProblem(draft), [draft]);
  const update = useCallback((change: (r: TableRules) => TableRules) => setDraft((d) => change(d)), []);
  const save = useCallback(async () => {
    if (table === null) return;
    await service.saveTableRules(table, draft);
    setStored(draft);
  }, [service, table, draft]);
  const discard = useCallback(() => setDraft(stored), [stored]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    draft,
    loaded: table !== null && loadedFor === table,
    dirty: !same(draft, stored),
    invalid,
    storeProblem,
    update,
    save,
    discard,
    reload,
  };
}
