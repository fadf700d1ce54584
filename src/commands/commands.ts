/**
 * Ribbon and keyboard-shortcut actions. The ribbon's "Back Office" button opens the pane through the
 * manifest (ShowTaskpane); these actions serve ExecuteFunction controls and shortcuts in the shared runtime.
 */

/** Action ids as the manifest and shortcuts refer to them. */
export const ACTIONS = {
  showTaskpane: "BO.ShowTaskpane",
  hideTaskpane: "BO.HideTaskpane",
} as const;

type ActionEvent = { completed?: () => void } | undefined;

function finish(event: ActionEvent): void {
  event?.completed?.();
}

export async function showTaskpane(event?: ActionEvent): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    finish(event);
  }
}

export async function hideTaskpane(event?: ActionEvent): Promise<void> {
  try {
    await Office.addin.hide();
  } finally {
    finish(event);
  }
}

export function registerActions(office: typeof Office | undefined): boolean {
  if (!office?.actions || typeof office.actions.associate !== "function") return false;
  office.actions.associate(ACTIONS.showTaskpane, showTaskpane);
  office.actions.associate(ACTIONS.hideTaskpane, hideTaskpane);
  return true;
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => registerActions(Office));
}
