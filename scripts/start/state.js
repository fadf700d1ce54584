/* What `npm start` left running, so `npm stop` can undo exactly that: a small JSON file under .tmp/ with the
   server's pid, the mode (demo or sideload) and the URL. */
"use strict";

const fs = require("fs");
const path = require("path");

const REPO = path.resolve(__dirname, "..", "..");

/** The state file; BO_STATE_DIR moves it (tests use their own folder). */
function stateFile(env = process.env) {
  return path.join(
    env.BO_STATE_DIR ? path.resolve(env.BO_STATE_DIR) : path.join(REPO, ".tmp"),
    "npm-start.json",
  );
}

function readState(env = process.env) {
  try {
    return JSON.parse(fs.readFileSync(stateFile(env), "utf8"));
  } catch {
    return undefined;
  }
}

function writeState(state, env = process.env) {
  const file = stateFile(env);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** Removes the state file, but only while it still describes `pid` (a newer start may own it). */
function clearState(pid, env = process.env) {
  const state = readState(env);
  if (state && pid !== undefined && state.pid !== pid) return;
  fs.rmSync(stateFile(env), { force: true });
}

/** True when `pid` is a live process that is our start script (checked through /proc where it exists). */
function isOurServer(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("start.js");
  } catch {
    return true; // no /proc (Windows, macOS): the live pid from our own state file is trusted
  }
}

module.exports = { stateFile, readState, writeState, clearState, isOurServer };
