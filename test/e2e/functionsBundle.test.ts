/**
 * The built functions bundle as Excel meets it: dist/functions.js runs with a CustomFunctions global, every id
 * of dist/functions.json is associated, and the functions answer through that registration.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { DIST, assertBuilt } from "./support/browser";

class StubFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

type Fn = (...args: unknown[]) => unknown;

function loadBundle(): {
  registered: Map<string, Fn>;
  metadata: { functions: { id: string; name: string }[] };
} {
  assertBuilt();
  const registered = new Map<string, Fn>();
  const CustomFunctions = {
    associate: (id: string, fn: Fn) => {
      if (registered.has(id)) throw new Error(`${id} associated twice`);
      registered.set(id, fn);
    },
    Error: StubFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
  const sandbox: Record<string, unknown> = {
    CustomFunctions,
    console,
    setTimeout,
    clearTimeout,
    queueMicrotask,
  };
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), sandbox, {
    filename: "functions.js",
  });
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
  return { registered, metadata };
}

describe("built custom functions", () => {
  const { registered, metadata } = loadBundle();
  const call = (id: string, ...args: unknown[]) => {
    const fn = registered.get(id);
    if (!fn) throw new Error(`${id} is not associated`);
    return fn(...args);
  };
  const errorOf = (id: string, ...args: unknown[]) => {
    try {
      call(id, ...args);
    } catch (e) {
      return e as StubFunctionError;
    }
    throw new Error(`${id}(${JSON.stringify(args)}) did not fail`);
  };

  it("associates exactly the ids of functions.json", () => {
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids.length).toBeGreaterThan(0);
    expect([...registered.keys()].sort()).toEqual(ids);
  });

  it.each([
    ["1,234.50", undefined, 1234.5],
    ["(50.00)", undefined, -50],
    ["€95", undefined, 95],
    ["1.234,50", ",", 1234.5],
    ["USD 12.30", undefined, 12.3],
    ["50.00-", undefined, -50],
    [0.1 + 0.2, undefined, 0.3],
  ])("PARSEAMOUNT(%j, %j) = %d", (text, sep, expected) => {
    expect(call("PARSEAMOUNT", text, sep)).toBe(expected);
  });

  it.each([
    ["abc", undefined],
    ["", undefined],
    ["1.23456", undefined],
    ["12", ";"],
  ])("PARSEAMOUNT(%j, %j) is #VALUE! with a reason", (text, sep) => {
    const e = errorOf("PARSEAMOUNT", text, sep);
    expect(e.code).toBe("#VALUE!");
    expect(e.message.length).toBeGreaterThan(10);
  });
});
