/* npm start / npm stop: the platform choice as a pure function (every platform, from Linux), and the demo
   path run for real: it serves, prints its URL, ignores stdin, and npm stop ends exactly that server. */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { choosePlan, parseFlags, parsePort, type StartFacts } from "../../../scripts/start/plan";
import { excelCandidates } from "../../../scripts/start/probe";

const REPO = path.resolve(__dirname, "..", "..", "..");
const windowsWithExcel: StartFacts = {
  platform: "win32",
  env: {},
  flags: {},
  hasDebugging: true,
  excelFound: true,
  interactive: true,
};

describe("choosePlan", () => {
  test("sideloads on Windows and macOS when everything is there", () => {
    expect(choosePlan(windowsWithExcel)).toEqual({
      mode: "sideload",
      reason: "Excel desktop found",
      port: 3000,
      portAttempts: 1,
      build: true,
    });
    expect(choosePlan({ ...windowsWithExcel, platform: "darwin" })).toMatchObject({ mode: "sideload" });
  });

  test.each<[string, Partial<StartFacts>, RegExp]>([
    ["Linux", { platform: "linux" }, /needs Windows or macOS, this is linux/],
    ["no office-addin-debugging", { hasDebugging: false }, /office-addin-debugging is not installed/],
    ["no Excel", { excelFound: false }, /Excel desktop was not found/],
    ["CI", { env: { CI: "true" } }, /CI/],
    ["no terminal", { interactive: false }, /not attached to a terminal/],
    ["--demo", { flags: { demo: true } }, /browser demo was asked for/],
    ["BO_SIDELOAD=0", { env: { BO_SIDELOAD: "0" } }, /browser demo was asked for/],
    ["PORT other than 3000", { env: { PORT: "8080" } }, /PORT=8080, but the manifest's URLs use port 3000/],
  ])("serves the demo instead: %s", (_name, change, reason) => {
    const plan = choosePlan({ ...windowsWithExcel, ...change });
    expect(plan.mode).toBe("demo");
    expect(plan).toMatchObject({ reason: expect.stringMatching(reason) });
  });

  test("the demo takes port 3000 or the next free one, or exactly PORT", () => {
    expect(choosePlan({ ...windowsWithExcel, platform: "linux" })).toMatchObject({
      port: 3000,
      portAttempts: 10,
    });
    expect(choosePlan({ ...windowsWithExcel, platform: "linux", env: { PORT: "4100" } })).toMatchObject({
      port: 4100,
      portAttempts: 1,
    });
    expect(choosePlan({ ...windowsWithExcel, platform: "linux", env: { PORT: "0" } })).toMatchObject({
      port: 0,
    });
  });

  test("CI=false does not count as CI; BO_SIDELOAD=1 or --sideload overrides CI and no terminal", () => {
    expect(choosePlan({ ...windowsWithExcel, env: { CI: "false" } }).mode).toBe("sideload");
    expect(
      choosePlan({ ...windowsWithExcel, env: { CI: "1", BO_SIDELOAD: "1" }, interactive: false }).mode,
    ).toBe("sideload");
    expect(choosePlan({ ...windowsWithExcel, flags: { sideload: true }, interactive: false }).mode).toBe(
      "sideload",
    );
    // Forcing cannot make Linux sideload: Excel desktop does not exist there.
    expect(choosePlan({ ...windowsWithExcel, platform: "linux", env: { BO_SIDELOAD: "1" } }).mode).toBe(
      "demo",
    );
  });

  test("--skip-build skips the build; a bad PORT is an error", () => {
    expect(choosePlan({ ...windowsWithExcel, flags: { skipBuild: true } })).toMatchObject({ build: false });
    expect(choosePlan({ ...windowsWithExcel, env: { PORT: "http" } })).toEqual({
      error: 'PORT must be a number from 0 to 65535, found "http"',
    });
    expect(parsePort("70000")).toEqual({ error: 'PORT must be a number from 0 to 65535, found "70000"' });
    expect(parsePort(undefined)).toEqual({ port: undefined });
  });

  test("--web serves https on port 3000 on any platform, for Excel on the web", () => {
    for (const platform of ["linux", "win32", "darwin"]) {
      expect(choosePlan({ ...windowsWithExcel, platform, flags: { web: true } })).toEqual({
        mode: "web",
        reason: "https for Excel on the web was asked for",
        port: 3000,
        portAttempts: 1,
        build: true,
      });
    }
    expect(choosePlan({ ...windowsWithExcel, flags: { web: true }, env: { PORT: "4000" } })).toEqual({
      error: expect.stringMatching(/--web serves the manifest's URLs, which use port 3000/),
    });
  });

  test("parseFlags knows --demo, --sideload, --web, --skip-build and --root", () => {
    expect(parseFlags(["--web"])).toMatchObject({ flags: { web: true } });
    expect(parseFlags(["--demo", "--skip-build", "--root", "out"])).toEqual({
      flags: { demo: true, sideload: false, web: false, skipBuild: true, root: "out" },
    });
    expect(parseFlags(["--root"])).toEqual({ error: expect.stringMatching(/unknown option --root/) });
    expect(parseFlags(["--watch"])).toEqual({ error: expect.stringMatching(/unknown option --watch/) });
  });

  test("Excel is looked for where Office installs it", () => {
    expect(excelCandidates("darwin", { HOME: "/Users/a" })).toContain("/Applications/Microsoft Excel.app");
    expect(excelCandidates("win32", { ProgramFiles: "C:\\Program Files" })).toContain(
      "C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE",
    );
    expect(excelCandidates("linux", {})).toEqual([]);
  });
});

describe("npm start (demo) and npm stop, for real", () => {
  let stateDir: string;
  let site: string;
  let child: ChildProcess | undefined;
  const env = () => ({ ...process.env, BO_STATE_DIR: stateDir, PORT: "0", CI: "true" });

  beforeAll(() => {
    const top = fs.mkdtempSync(path.join(os.tmpdir(), "bo-start-"));
    stateDir = path.join(top, "state");
    site = path.join(top, "dist");
    fs.mkdirSync(site);
    fs.writeFileSync(
      path.join(site, "taskpane.html"),
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
    );
  });

  afterAll(() => {
    if (child && child.exitCode === null && child.pid) process.kill(child.pid, "SIGTERM");
    fs.rmSync(path.dirname(site), { recursive: true, force: true });
  });

  const stop = () =>
    spawnSync(process.execPath, [path.join(REPO, "scripts", "stop.js")], {
      env: env(),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });

  test("npm stop with nothing started says so and succeeds", () => {
    const run = stop();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Nothing to stop/);
  });

  test("start serves the demo and prints its URL; stop ends that server and clears its state", async () => {
    const started = spawn(
      process.execPath,
      [path.join(REPO, "scripts", "start.js"), "--skip-build", "--root", site],
      {
        env: env(),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    child = started;
    let output = "";
    const exited = new Promise<number | null>((resolve) => started.on("exit", (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed within 10 s:\n${output}`)), 10000);
      started.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
        const found = /http:\/\/localhost:(\d+)\/taskpane\.html/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${found[1]}/taskpane.html`);
        }
      });
      started.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    });
    expect(output).toMatch(/browser demo \(.*\)/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<script src="/vendor/office-js/office.js"></script>');
    expect(JSON.parse(fs.readFileSync(path.join(stateDir, "npm-start.json"), "utf8"))).toMatchObject({
      pid: started.pid,
      mode: "demo",
    });

    const again = spawnSync(
      process.execPath,
      [path.join(REPO, "scripts", "start.js"), "--skip-build", "--root", site],
      {
        env: env(),
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already running .*npm stop first/);

    const stopped = stop();
    expect(stopped.stdout).toMatch(new RegExp(`Stopped the demo server \\(pid ${started.pid}`));
    expect(stopped.status).toBe(0);
    expect(await exited).toBe(0);
    expect(fs.existsSync(path.join(stateDir, "npm-start.json"))).toBe(false);
    await expect(fetch(url)).rejects.toThrow();
  }, 20000);

  test("a missing build is reported, not crashed on", () => {
    const run = spawnSync(
      process.execPath,
      [path.join(REPO, "scripts", "start.js"), "--skip-build", "--root", path.join(site, "missing")],
      { env: env(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 10000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/taskpane\.html does not exist; build first/);
  });
});
