/** What an operation plans: the areas to snapshot, then (given the snapshots) its steps, undo and checks. */
import type { AreaState, Capture, Expectation, Step } from "../driver";
import type { OperationKind, OperationReceipt } from "../port";
import type { Where } from "./outcome";
import type { Registry } from "./registry";

export interface Built {
  readonly forward: readonly Step[];
  /** Idempotent steps that bring every touched area back to its snapshot, whatever part of `forward` ran. */
  readonly undo: readonly Step[];
  /** What must hold after `forward`. */
  readonly expect: readonly Expectation[];
  readonly registry: Registry;
  readonly receipt: Omit<OperationReceipt, "operationId">;
}

export interface Plan {
  readonly kind: OperationKind;
  /** Completes "Could not …": "write sheet 'Validation'". */
  readonly operation: string;
  readonly where: Where;
  readonly captures: readonly Capture[];
  /** Decides the steps once snapshots are in; throws a WorkbookError (nothing written) when unsafe. */
  build(states: readonly AreaState[]): Built;
}
