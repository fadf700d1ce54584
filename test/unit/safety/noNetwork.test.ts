/**
 * Hazard 20: the add-in, the engine and the command line call nothing outside the machine. Statically, no
 * source file uses a network API; dynamically, representative runs with every network API replaced by a
 * tripwire touch none of them.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../../src");

const NETWORK_APIS: readonly [RegExp, string][] = [
  [/\bfetch\s*\(/, "fetch()"],
  [/\bXMLHttpRequest\b/, "XMLHttpRequest"],
  [/\bWebSocket\b/, "WebSocket"],
  [/\bEventSource\b/, "EventSource"],
  [/\bsendBeacon\b/, "navigator.sendBeacon"],
  [/\bimportScripts\s*\(/, "importScripts()"],
  [/from\s+["'](node:)?(http|https|http2|net|tls|dgram|dns)["']/, "a Node network module"],
  [/require\(\s*["'](node:)?(http|https|http2|net|tls|dgram|dns)["']\s*\)/, "a Node network module"],
  [/["']https?:\/\/(?!localhost[:/])[^"']*["']/, "an outside URL"],
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("no network at run time (hazard 20)", () => {
  it("no source file uses a network API or names an outside URL", () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const lines = fs.readFileSync(file, "utf8").split("\n");
      lines.forEach((line, i) => {
        if (/^\s*(\*|\/\/)/.test(line)) return; // comments may name what is not done
        for (const [re, what] of NETWORK_APIS) {
          if (re.test(line)) found.push(`${path.relative(SRC, file)}:${i + 1} uses ${what}`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  describe("with tripwires on every network API", () => {
    const calls: string[] = [];
    const trip = (what: string) =>
      function tripwire(): never {
        calls.push(what);
        throw new Error(`network use: ${what}`);
      };
    const saved: Record<string, unknown> = {};
    beforeAll(() => {
      for (const name of ["fetch", "XMLHttpRequest", "WebSocket", "EventSource"]) {
        saved[name] = (globalThis as Record<string, unknown>)[name];
        (globalThis as Record<string, unknown>)[name] = trip(name);
      }
      for (const mod of ["http", "https", "net", "tls", "dns"]) {
        const m = require(mod) as Record<string, unknown>;
        for (const fn of ["request", "get", "connect", "createConnection", "lookup"]) {
          if (typeof m[fn] === "function") {
            saved[`${mod}.${fn}`] = m[fn];
            m[fn] = trip(`${mod}.${fn}`);
          }
        }
      }
    });
    afterAll(() => {
      for (const name of ["fetch", "XMLHttpRequest", "WebSocket", "EventSource"]) {
        (globalThis as Record<string, unknown>)[name] = saved[name];
      }
      for (const [key, fn] of Object.entries(saved)) {
        const [mod, name] = key.split(".");
        if (name) (require(mod as string) as Record<string, unknown>)[name] = fn;
      }
    });

    it("the demo workbook, its tables and every workflow's engine run without touching the network", async () => {
      const { createDemoWorkbook } = await import("../../../src/services/demo/demoWorkbook");
      const { validateTable } = await import("../../../src/core/validate");
      const port = createDemoWorkbook();
      for (const info of await port.listTables()) {
        const table = await port.readTable({ table: info.name });
        validateTable(table, { kind: "auto" });
      }
      await port.markCells({
        key: "n",
        cells: [{ sheet: "Ledger", address: "A2", note: "x", severity: "error" }],
      });
      await port.revertLast();
      expect(calls).toEqual([]);
    });

    it("the command line reads a file without touching the network", async () => {
      const { bo, tempDir } = await import("../../support/cliRun");
      const dir = tempDir();
      const file = path.join(dir, "t.csv");
      fs.writeFileSync(file, "A,B\n1,2\n");
      const r = await bo("read", file, "--json");
      expect(r.code).toBe(0);
      expect(calls).toEqual([]);
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
});
