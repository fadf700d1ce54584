/** The workflows of the task pane, in the order the navigation shows them. */

export type WorkflowId = "validate" | "reconcile" | "reports" | "inventory" | "calendar";

export interface Workflow {
  readonly id: WorkflowId;
  readonly label: string;
  /** One sentence on what the workflow does for the user. */
  readonly purpose: string;
}

export const WORKFLOWS: readonly Workflow[] = [
  {
    id: "validate",
    label: "Validate",
    purpose:
      "Check a ledger, bank statement, invoice, inventory or calendar table for every problem, located to the cell.",
  },
  {
    id: "reconcile",
    label: "Reconcile",
    purpose:
      "Match two tables — bank statement against the ledger, a customer's statement against receivables — and explain every difference.",
  },
  {
    id: "reports",
    label: "Reports",
    purpose:
      "Build the reports management reads — trial balance, aged receivables and payables, cash position — on a new sheet.",
  },
  {
    id: "inventory",
    label: "Inventory",
    purpose:
      "Keep stock current: replay movements into on-hand quantities, value them FIFO or average cost, and flag items to reorder.",
  },
  {
    id: "calendar",
    label: "Calendar",
    purpose:
      "Organise meetings and appointments: expand recurring events, find double bookings and free slots across people and rooms.",
  },
];
