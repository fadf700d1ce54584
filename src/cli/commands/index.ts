/** The commands of `bo`, in the order `bo help` lists them. */
import type { Command } from "../command";
import { readCommand } from "./read";
import { reconcileCommand } from "./reconcile";
import { rulesCommand } from "./rules";
import { sampleCommand } from "./sample";
import { tablesCommand } from "./tables";
import { validateCommand } from "./validate";

export function commands(): readonly Command[] {
  return [tablesCommand, readCommand, validateCommand, reconcileCommand, rulesCommand, sampleCommand];
}
