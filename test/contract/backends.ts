/**
 * The two WorkbookPort implementations under one harness: memory/, and office/ over the Excel simulator.
 * Both are seeded from the same literal description and dumped into the same comparable shape, so one
 * contract suite can run against each and compare "before" with "after".
 */ import { cellError } from "../../src/core/cell";
import type { Backend, Seed } from "./harness";
import { memoryBackend } from "./memoryBackend";
import { officeBackend } from "./officeBackend";

export type { Backend, Dump, Seed, SeedSheet, UserActions } from "./harness";
export { dumpMemory, memoryBackend } from "./memoryBackend";
export { officeBackend } from "./officeBackend";

export const BACKENDS: readonly { name: "memory" | "office"; make: (seed: Seed) => Backend }[] = [
  { name: "memory", make: (seed) => memoryBackend(seed) },
  { name: "office", make: (seed) => officeBackend(seed) },
];

export { cellError };
