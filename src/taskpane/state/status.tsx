/**
 * The status area's state: one running task with progress and a cancel handle, and the messages of what
 * happened. Panels report through `useStatus()`; only one long task runs at a time (hazard 16).
 */
import { createContext, useCallback, useContext, useMemo, useReducer, useRef, type ReactNode } from "react";

export type MessageIntent = "success" | "error" | "warning" | "info";

export interface StatusMessage {
  readonly id: number;
  readonly intent: MessageIntent;
  readonly title: string;
  readonly detail?: string;
  /**
   * What the message is about, such as "the reconciliation's counts": a newer message with the same
   * key replaces the older one, so the area never shows an earlier state beside the present one.
   */
  readonly key?: string;
}

export interface TaskProgress {
  /** Distinguishes one run from the next, so the UI can time each run's progress display. */
  readonly id: number;
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

interface State {
  readonly task: TaskProgress | null;
  readonly messages: readonly StatusMessage[];
}

type Action =
  | { type: "start"; id: number; label: string }
  | { type: "progress"; done: number; total: number; label?: string }
  | { type: "finish" }
  | { type: "message"; message: StatusMessage }
  | { type: "dismiss"; id: number };

/** Keep the last few messages; older ones are of no use in a narrow pane. */
const MAX_MESSAGES = 4;

/** A second task refused while one runs: said once, however often it is tried. */
const BUSY = "status:busy";

export function statusReducer(state: State, action: Action): State {
  switch (action.type) {
    case "start":
      return { ...state, task: { id: action.id, label: action.label, done: 0, total: 0 } };
    case "progress":
      return state.task
        ? {
            ...state,
            task: {
              ...state.task,
              label: action.label ?? state.task.label,
              done: action.done,
              total: action.total,
            },
          }
        : state;
    case "finish":
      return { ...state, task: null };
    case "message": {
      const key = action.message.key;
      const others = key === undefined ? state.messages : state.messages.filter((m) => m.key !== key);
      return { ...state, messages: [action.message, ...others].slice(0, MAX_MESSAGES) };
    }
    case "dismiss":
      return { ...state, messages: state.messages.filter((m) => m.id !== action.id) };
    default: {
      const never: never = action;
      return never;
    }
  }
}

export interface TaskHandle {
  readonly signal: AbortSignal;
  progress(done: number, total: number, label?: string): void;
}

export interface StatusApi {
  readonly task: TaskProgress | null;
  readonly messages: readonly StatusMessage[];
  /**
   * Runs one long task with progress and cancellation. Refuses (returns undefined and says so) while
   * another task runs, so a double click never starts the same write twice. With a `key`, the task's
   * cancellation or failure is a message of that key, as its success should be: the newest outcome of
   * an operation replaces the older one ("Reconcile: cancelled" goes when a later run succeeds).
   */
  run<T>(label: string, work: (task: TaskHandle) => Promise<T>, key?: string): Promise<T | undefined>;
  cancel(): void;
  /** Adds a message; one with a `key` replaces the earlier message of that key. */
  notify(intent: MessageIntent, title: string, detail?: string, key?: string): void;
  dismiss(id: number): void;
}

const StatusContext = createContext<StatusApi | null>(null);

/** Errors that mean "the user pressed Cancel" are reported as such, not as failures. */
function isCancellation(e: unknown): boolean {
  return (
    (e instanceof Error && (e.name === "AbortError" || (e as { code?: unknown }).code === "cancelled")) ||
    (typeof DOMException !== "undefined" && e instanceof DOMException && e.name === "AbortError")
  );
}

export function StatusProvider({
  children,
  initial = [],
}: {
  children: ReactNode;
  /** Messages shown from the start, such as what the pane found about the workbook as it opened. */
  initial?: readonly Omit<StatusMessage, "id">[];
}) {
  const [state, dispatch] = useReducer(statusReducer, initial, (first) => ({
    task: null,
    messages: first.slice(-MAX_MESSAGES).map((m, k) => ({ ...m, id: -1 - k })),
  }));
  const controller = useRef<AbortController | null>(null);
  const nextId = useRef(1);

  const notify = useCallback((intent: MessageIntent, title: string, detail?: string, key?: string) => {
    const message: StatusMessage = {
      id: nextId.current++,
      intent,
      title,
      ...(detail ? { detail } : {}),
      ...(key === undefined ? {} : { key }),
    };
    dispatch({ type: "message", message });
  }, []);

  const run = useCallback(
    async <T,>(
      label: string,
      work: (task: TaskHandle) => Promise<T>,
      key?: string,
    ): Promise<T | undefined> => {
      if (controller.current) {
        notify("warning", "Another task is still running", "Wait for it to finish or cancel it first.", BUSY);
        return undefined;
      }
      const ctrl = new AbortController();
      controller.current = ctrl;
      dispatch({ type: "start", id: nextId.current++, label });
      try {
        return await work({
          signal: ctrl.signal,
          progress: (done, total, l) =>
            dispatch({ type: "progress", done, total, ...(l ? { label: l } : {}) }),
        });
      } catch (e) {
        if (isCancellation(e) || ctrl.signal.aborted) notify("info", `${label}: cancelled`, undefined, key);
        else notify("error", `${label} failed`, e instanceof Error ? e.message : String(e), key);
        return undefined;
      } finally {
        controller.current = null;
        dispatch({ type: "finish" });
      }
    },
    [notify],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback((id: number) => dispatch({ type: "dismiss", id }), []);

  const api = useMemo<StatusApi>(
    () => ({ task: state.task, messages: state.messages, run, cancel, notify, dismiss }),
    [state, run, cancel, notify, dismiss],
  );
  return <StatusContext.Provider value={api}>{children}</StatusContext.Provider>;
}

export function useStatus(): StatusApi {
  const s = useContext(StatusContext);
  if (!s) throw new Error("useStatus outside StatusProvider");
  return s;
}
