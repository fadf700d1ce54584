/**
 * What `npm run build` ships: every file the manifest points at, the manifest rewritten to the production
 * URL (no localhost left) and still valid against the schema and our own rules, with the built functions.json.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DIST, assertBuilt } from "./support/browser";

const ROOT = path.resolve(__dirname, "../..");

describe("the build's outputs", () => {
  beforeAll(assertBuilt);

  it.each([
    "taskpane.html",
    "taskpane.js",
    "functions.js",
    "functions.json",
    "commands.js",
    "manifest.xml",
    "assets/icon-16.png",
    "assets/icon-32.png",
    "assets/icon-64.png",
    "assets/icon-80.png",
    "assets/icon-128.png",
  ])("emits %s", (file) => {
    expect(fs.statSync(path.join(DIST, file)).size).toBeGreaterThan(0);
  });

  it("loads the functions and commands bundles from the task pane page (one shared runtime)", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    for (const script of ["functions.js", "commands.js", "taskpane.js"]) expect(html).toContain(script);
  });

  it("writes a manifest for the production URL when built for production, valid offline", () => {
    const manifest = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    const production = !fs.existsSync(path.join(DIST, "taskpane.js.map"));
    if (production) expect(manifest).not.toContain("https://localhost:3000/");
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "scripts/validate-manifest.js"),
        path.join(DIST, "manifest.xml"),
        "--functions",
        path.join(DIST, "functions.json"),
        "--root",
        DIST,
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr + r.stdout).not.toMatch(/error/i);
    expect(r.status).toBe(0);
  });
});
