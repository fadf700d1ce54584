/* Types for plan.js: what npm start does on a given machine. */

export interface StartFlags {
  demo?: boolean;
  sideload?: boolean;
  web?: boolean;
  skipBuild?: boolean;
  root?: string;
}

export interface StartFacts {
  platform: string;
  env?: Record<string, string | undefined>;
  flags?: StartFlags;
  hasDebugging: boolean;
  excelFound: boolean;
  interactive: boolean;
}

export type StartPlan =
  | {
      mode: "sideload" | "demo";
      reason: string;
      port: number;
      portAttempts: number;
      build: boolean;
      error?: undefined;
    }
  | { error: string; mode?: undefined };

export function choosePlan(facts: StartFacts): StartPlan;
export function parseFlags(
  argv: string[],
): { flags: Required<Omit<StartFlags, "root">> & { root: string | undefined } } | { error: string };
export function parsePort(
  value: string | undefined,
): { port: number | undefined; error?: undefined } | { error: string };
export const SIDELOAD_PORT: 3000;
export const DEMO_PORT_ATTEMPTS: number;
