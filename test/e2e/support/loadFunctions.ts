/**
 * Loads the BUILT functions bundle the way Excel meets it: dist/functions.js run in a sandbox with a stub
 * CustomFunctions runtime, each associated function kept by id, with dist/functions.json beside it.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { DIST, assertBuilt } from "./browser";

export class StubFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export type BundleFunction = (...args: unknown[]) => unknown;

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly {
    name: string;
    type?: string;
    dimensionality?: string;
    optional?: boolean;
  }[];
  readonly result?: { type?: string; dimensionality?: string };
  readonly options?: { requiresParameterAddresses?: boolean };
}

/** `globals` adds to the sandbox, e.g. an `Excel` stub that answers the date-system probe. */
export function loadFunctions(globals: Record<string, unknown> = {}): {
  registered: Map<string, BundleFunction>;
  metadata: FunctionMetadata[];
} {
  assertBuilt();
  const registered = new Map<string, BundleFunction>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: BundleFunction) => {
        if (registered.has(id)) throw new Error(`${id} associated twice`);
        registered.set(id, fn);
      },
      Error: StubFunctionError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    },
    console,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    ...globals,
  };
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), sandbox, {
    filename: "functions.js",
  });
  const json = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
    functions: FunctionMetadata[];
  };
  return { registered, metadata: json.functions };
}

/**
 * Calls a function by id and waits for its answer, as Excel does for one that returns a promise; a
 * thrown or rejected CustomFunctions.Error comes back as the error, anything else throws.
 */
export function callerOf(registered: Map<string, BundleFunction>) {
  return {
    async call(id: string, ...args: unknown[]): Promise<unknown> {
      const fn = registered.get(id);
      if (!fn) throw new Error(`${id} is not associated`);
      return await fn(...args);
    },
    async errorOf(id: string, ...args: unknown[]): Promise<StubFunctionError> {
      const fn = registered.get(id);
      if (!fn) throw new Error(`${id} is not associated`);
      try {
        await fn(...args);
      } catch (e) {
        // The bundle's error class lives in the sandbox's realm: compare by shape, not instanceof.
        if (typeof (e as { code?: unknown }).code === "string") return e as StubFunctionError;
        throw e;
      }
      throw new Error(`${id}(${JSON.stringify(args)}) did not fail`);
    },
  };
}
