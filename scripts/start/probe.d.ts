/* Types for probe.js: machine probes for npm start. */
export function findOfficeAddinDebugging(): string | undefined;
export function findExcel(platform?: string, env?: Record<string, string | undefined>): boolean;
export function excelCandidates(platform: string, env: Record<string, string | undefined>): string[];
export function resolvePackageFile(request: string): string | undefined;
