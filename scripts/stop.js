#!/usr/bin/env node
/* `npm stop`: undoes what `npm start` did. Removes the sideloaded add-in from Excel desktop
   (office-addin-debugging stop) when it was sideloaded, and ends the server `npm start` left running;
   otherwise says there is nothing to stop. Only the pid recorded by npm start is ever signalled. */
"use strict";

const path = require("path");
const { spawnSync } = require("child_process");
const { findOfficeAddinDebugging } = require("./start/probe");
const { readState, clearState, isOurServer } = require("./start/state");

const REPO = path.resolve(__dirname, "..");

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid, ms) {
  for (let waited = 0; waited < ms; waited += 100) {
    if (!isOurServer(pid)) return true;
    await sleep(100);
  }
  return !isOurServer(pid);
}

function unsideload() {
  const cli = findOfficeAddinDebugging();
  if (!cli) {
    console.error(
      "office-addin-debugging is not installed: remove the add-in in Excel (Insert > My Add-ins).",
    );
    return 1;
  }
  const run = spawnSync(process.execPath, [cli, "stop", path.join(REPO, "manifest.xml")], {
    cwd: REPO,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (run.status !== 0) {
    console.error(
      `office-addin-debugging stop failed (${run.error ? run.error.message : `status ${run.status}`}).`,
    );
    return 1;
  }
  console.log("Removed the sideloaded add-in from Excel desktop.");
  return 0;
}

async function main() {
  const state = readState();
  if (!state) {
    console.log("Nothing to stop: npm start has not sideloaded the add-in or started a demo server.");
    return 0;
  }
  let code = 0;
  if (state.mode === "sideload") code = unsideload();
  if (isOurServer(state.pid)) {
    process.kill(state.pid, "SIGTERM");
    if (await waitForExit(state.pid, 5000))
      console.log(`Stopped the ${state.mode} server (pid ${state.pid}, ${state.url}).`);
    else {
      console.error(
        `The server (pid ${state.pid}) did not stop within 5 s; end it with Ctrl+C in its terminal.`,
      );
      return 1;
    }
  } else if (state.mode === "demo") {
    console.log("Nothing to stop: the demo server is no longer running.");
  }
  clearState(undefined);
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`npm stop: ${error.stack ?? error}`);
    process.exitCode = 1;
  },
);
