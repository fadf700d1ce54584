#!/usr/bin/env node
/* `npm start`: builds dist/ (development), then either sideloads the add-in into Excel desktop (Windows/Mac
   with office-addin-debugging, Excel and trusted dev certificates; served over https on port 3000) or
   serves the browser demo over http on localhost. Never prompts when no one is at the terminal; Ctrl+C
   or `npm stop` ends it.
   `--web` instead serves https on port 3000 for uploading manifest.xml to Excel on the web.
   Usage: node scripts/start.js [--demo | --sideload | --web] [--skip-build] [--root <dir>]  (PORT=n for the demo) */
"use strict";

const path = require("path");
const fs = require("fs");
const { spawn, spawnSync } = require("child_process");
const { startServer } = require("./serve");
const { choosePlan, parseFlags } = require("./start/plan");
const { findOfficeAddinDebugging, findExcel, resolvePackageFile } = require("./start/probe");
const { readState, writeState, clearState, isOurServer } = require("./start/state");

const REPO = path.resolve(__dirname, "..");
const MANIFEST = path.join(REPO, "manifest.xml");

function build() {
  const cli = resolvePackageFile("webpack-cli/bin/cli.js");
  if (!cli) return "webpack-cli is not installed: run npm install";
  console.log("Building dist/ (webpack --mode development)…");
  const run = spawnSync(process.execPath, [cli, "--mode", "development"], {
    cwd: REPO,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (run.error) return `could not run webpack: ${run.error.message}`;
  return run.status === 0
    ? undefined
    : `the build failed (webpack exit status ${run.status}); see the errors above`;
}

async function certificates() {
  const devCerts = resolvePackageFile("office-addin-dev-certs");
  if (!devCerts) throw new Error("office-addin-dev-certs is not installed");
  // Creates and trusts a localhost certificate on first use (Windows/macOS may show a system dialog).
  const { getHttpsServerOptions } = require(devCerts);
  const options = await getHttpsServerOptions();
  return { cert: options.cert, key: options.key, ca: options.ca };
}

// Runs asynchronously: Excel starts loading pages from our server while office-addin-debugging is running.
function sideload(debuggingCli, port) {
  console.log("Sideloading into Excel desktop (office-addin-debugging)…");
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [debuggingCli, "start", MANIFEST, "desktop", "--app", "excel", "--dev-server-port", String(port)],
      { cwd: REPO, stdio: "inherit" },
    );
    child.on("error", (error) => resolve(error.message));
    child.on("exit", (code, signal) =>
      resolve(code === 0 ? undefined : `office-addin-debugging exited with ${signal ?? `status ${code}`}`),
    );
  });
}

async function serveDemo(root, plan) {
  const server = await startServer({
    root,
    port: plan.port,
    portAttempts: plan.portAttempts,
    rewriteOfficeJs: true,
  });
  console.log(`\nBack Office Toolkit browser demo (${plan.reason}):`);
  console.log(`  ${server.url}taskpane.html`);
  console.log(
    "It runs on sample tables in memory; office.js is served locally, nothing is fetched from the network.",
  );
  console.log("Stop it with Ctrl+C or `npm stop`. To run it inside Excel, see docs/sideloading.md.");
  return { server, mode: "demo" };
}

async function serveForWeb(root, plan) {
  const https = await certificates();
  const server = await startServer({ root, port: plan.port, https, rewriteOfficeJs: false });
  console.log(`\nServing ${path.relative(REPO, root) || "."} at ${server.url} (https) for Excel on the web.`);
  console.log("In Excel on the web open a workbook, then Home > Add-ins > More Add-ins > My Add-ins >");
  console.log(`Upload My Add-in, and choose ${MANIFEST}. (docs/sideloading.md has the details.)`);
  console.log("Stop serving with Ctrl+C or `npm stop`.");
  return { server, mode: "web" };
}

async function serveSideload(root, plan, debuggingCli) {
  let https;
  try {
    https = await certificates();
  } catch (error) {
    return serveDemo(root, {
      ...plan,
      reason: `no trusted dev certificate (${error.message})`,
      portAttempts: 10,
    });
  }
  const server = await startServer({ root, port: plan.port, https, rewriteOfficeJs: false });
  console.log(
    `Serving ${path.relative(REPO, root) || "."} at ${server.url} (https, trusted dev certificate).`,
  );
  const afterStart = async () => {
    const failure = await sideload(debuggingCli, server.port);
    if (failure) {
      console.error(`Sideloading did not complete: ${failure}.`);
      console.error("The add-in is still served; sideload manifest.xml by hand (see docs/sideloading.md).");
    } else console.log("Excel should open with the add-in: Home > Back Office > Open Back Office.");
    console.log("Stop serving with Ctrl+C; `npm stop` also removes the sideloaded add-in.");
  };
  return { server, mode: "sideload", afterStart };
}

async function main(argv) {
  const parsed = parseFlags(argv);
  if (parsed.error) {
    console.error(`npm start: ${parsed.error}`);
    return 2;
  }
  const flags = parsed.flags;
  const previous = readState();
  if (previous && isOurServer(previous.pid)) {
    console.error(
      `npm start is already running (pid ${previous.pid}) at ${previous.url}. Run npm stop first.`,
    );
    return 1;
  }
  const debuggingCli = findOfficeAddinDebugging();
  const plan = choosePlan({
    platform: process.platform,
    env: process.env,
    flags,
    hasDebugging: Boolean(debuggingCli),
    excelFound: process.platform === "win32" || process.platform === "darwin" ? findExcel() : false,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  });
  if (plan.error) {
    console.error(`npm start: ${plan.error}`);
    return 2;
  }
  if (plan.build) {
    const failure = build();
    if (failure) {
      console.error(`npm start: ${failure}`);
      return 1;
    }
  }
  const root = path.resolve(flags.root ?? path.join(REPO, "dist"));
  if (!fs.existsSync(path.join(root, "taskpane.html"))) {
    console.error(
      `npm start: ${path.join(root, "taskpane.html")} does not exist; build first (npm run build:dev).`,
    );
    return 1;
  }

  let running;
  try {
    if (plan.mode === "sideload") running = await serveSideload(root, plan, debuggingCli);
    else if (plan.mode === "web") running = await serveForWeb(root, plan);
    else running = await serveDemo(root, plan);
  } catch (error) {
    console.error(
      `npm start: ${error.message}${/in use/.test(error.message) ? " (npm stop, or set PORT)" : ""}`,
    );
    return 1;
  }
  const url = `${running.server.url}taskpane.html`;
  writeState({
    pid: process.pid,
    mode: running.mode,
    url,
    port: running.server.port,
    startedAt: new Date().toISOString(),
  });

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    await running.server.close();
    if (running.mode === "sideload") {
      // The add-in stays registered in Excel until `npm stop`; keep that fact for it.
      writeState({
        pid: null,
        mode: "sideload",
        url,
        port: running.server.port,
        startedAt: new Date().toISOString(),
      });
    } else clearState(process.pid);
    console.log(`\nStopped serving (${signal}).`);
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void stop(signal));
  // State and signal handlers come first, so npm stop and Ctrl+C work while Excel is being sideloaded.
  if (running.afterStart) await running.afterStart();
  return undefined; // keep running: the server holds the event loop open
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error) => {
    console.error(`npm start: ${error.stack ?? error}`);
    process.exitCode = 1;
  },
);
