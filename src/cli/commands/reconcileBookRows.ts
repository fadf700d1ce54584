/**
 * Which rows of the book took part in `bo reconcile`, and who chose them: the preset proposed them from the
 * lines the statement shows, the pair's saved setup kept them, or --select gave them. A proposal is a guess
 * from the data, so it is said with the way to choose otherwise.
 */
import { fieldLabel, selectionColumns, valueCounts, type Selection } from "../../core/reconcileInput";
import { presetById, type ReconcileOutcome } from "../../services/reconciliation";

export type BookRowsChoice = "proposed" | "saved" | "given";

const CHOSEN_AS: Readonly<Record<BookRowsChoice, string>> = {
  proposed: "proposed",
  saved: "saved for this pair",
  given: "given with --select",
};

/**
 * Beside the book's selection in --json's setup: whether the preset proposed it (false where --select gave
 * it, the pair's saved setup kept it, or none applies), and where it was saved for the pair, that.
 */
export function bookRowsJson(selection: Selection | null, choice: BookRowsChoice) {
  return {
    selectionProposed: selection !== null && choice === "proposed",
    ...(selection !== null && choice === "saved" ? { selectionSaved: true } : {}),
  };
}

/**
 * The line saying which book rows took part: the selection's field and values and who chose them; where the
 * preset selects but proposed none (no customer's lines stood out), that every value's rows took part. Null
 * where the book has nothing to choose between, or no column to choose by (an issue says that).
 */
export function bookRowsLine(outcome: ReconcileOutcome, choice: BookRowsChoice): string | null {
  const selection = outcome.setup.left.selection;
  const to = (field: string) => `--select ${field}=… to choose`;
  if (selection !== null) {
    const how = choice === "given" ? CHOSEN_AS.given : `${CHOSEN_AS[choice]}; ${to(selection.field)}`;
    return `Book rows: ${fieldLabel(selection.field)} = ${selection.values.join(", ")} (${how})`;
  }
  if (choice === "given") return "Book rows: all (given with --select all)";
  const selectBy = presetById(outcome.setup.preset).selectBy;
  if (selectBy === null) return null;
  const { table, map } = outcome.left;
  const columns = selectionColumns(map, selectBy);
  if (columns.length === 0) return null;
  const values = valueCounts(table, columns).length;
  if (values < 2) return null;
  const label = fieldLabel(selectBy);
  return `Book rows: all, of ${values} ${label} values (none proposed: no one ${label}'s lines stand out on the statement; ${to(selectBy)})`;
}
