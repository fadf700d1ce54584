/**
 * The custom-functions runtime exists only inside Excel. In a plain browser (the demo) and in Node there is
 * none, yet the build appends `CustomFunctions.associate(...)` calls to every function file. Outside Excel
 * we install a registry with the documented surface (associate, Error, ErrorCode) so the bundle loads and
 * the functions stay callable by id; inside Excel the real runtime is left untouched.
 */

export type CustomFunction = (...args: never[]) => unknown;

/** Functions associated by id when no Excel runtime is present. */
export const localRegistry = new Map<string, CustomFunction>();

class LocalFunctionError extends Error {
  constructor(
    readonly code: string = "#VALUE!",
    message?: string,
  ) {
    super(message ?? code);
    this.name = "CustomFunctions.Error";
  }
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function installLocalRuntimeIfMissing(scope: typeof globalThis): boolean {
  if (typeof (scope as { CustomFunctions?: unknown }).CustomFunctions !== "undefined") return false;
  (scope as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    associate(id: string | Record<string, CustomFunction>, fn?: CustomFunction) {
      if (typeof id === "string" && fn) localRegistry.set(id.toUpperCase(), fn);
      else if (typeof id === "object")
        for (const [k, f] of Object.entries(id)) localRegistry.set(k.toUpperCase(), f);
    },
    Error: LocalFunctionError,
    ErrorCode: ERROR_CODES,
  };
  return true;
}

/** True inside Excel, where the real custom-functions runtime was there before this bundle loaded. */
export const inExcel = !installLocalRuntimeIfMissing(globalThis);
