/** The commands of `bo`, in the order `bo help` lists them. */
import type { Command } from "../command";
import { readCommand } from "./read";
import { reconcileCommand } from "./reconcile";
import { tablesCommand } from "./tables";

export function commands(): readonly Command[] {
  return [tablesCommand, readCommand, reconcileCommand];
}
