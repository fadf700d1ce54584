/** The panel of each built workflow; workflows without one show what they will do. */
import type { ReactNode } from "react";
import type { Services } from "../../services/services";
import type { WorkflowId } from "../app/workflows";
import { ReconcilePanel } from "../panels/reconcile/ReconcilePanel";
import { ValidatePanel } from "../panels/validate/ValidatePanel";

export function workflowPanels(_services: Services): Partial<Record<WorkflowId, () => ReactNode>> {
  return {
    validate: () => <ValidatePanel />,
    reconcile: () => <ReconcilePanel />,
  };
}
