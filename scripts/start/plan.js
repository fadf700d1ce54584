/* Decides what `npm start` does on this machine, as a pure function of facts gathered elsewhere: sideload
   into Excel desktop (Windows or Mac, office-addin-debugging installed, Excel present, someone at the
   terminal) or serve the browser demo. Keeping it pure lets tests cover every platform from Linux. */
"use strict";

const SIDELOAD_PORT = 3000; // the manifest's URLs name https://localhost:3000/
const DEMO_PORT_ATTEMPTS = 10;

/** Reads PORT: undefined when unset, a number 0-65535, or an error message. */
function parsePort(value) {
  if (value === undefined || value === "") return { port: undefined };
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535)
    return { error: `PORT must be a number from 0 to 65535, found "${value}"` };
  return { port: Number(value) };
}

const truthy = (v) => v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";

/**
 * facts: { platform, env, flags: { demo, sideload, web, skipBuild }, hasDebugging, excelFound, interactive }
 * Returns { mode: "sideload" | "web" | "demo", reason, port, portAttempts, build } or { error }.
 */
function choosePlan(facts) {
  const env = facts.env ?? {};
  const flags = facts.flags ?? {};
  const parsed = parsePort(env.PORT);
  if (parsed.error) return { error: parsed.error };
  const build = !flags.skipBuild;
  const demo = (reason) => ({
    mode: "demo",
    reason,
    port: parsed.port ?? SIDELOAD_PORT,
    // An explicit PORT is honoured exactly; the default moves on to the next free port.
    portAttempts: parsed.port === undefined ? DEMO_PORT_ATTEMPTS : 1,
    build,
  });

  if (flags.web) {
    if (parsed.port !== undefined && parsed.port !== SIDELOAD_PORT) {
      return {
        error: `--web serves the manifest's URLs, which use port ${SIDELOAD_PORT}; unset PORT=${parsed.port}`,
      };
    }
    return {
      mode: "web",
      reason: "https for Excel on the web was asked for",
      port: SIDELOAD_PORT,
      portAttempts: 1,
      build,
    };
  }
  const forced = flags.sideload || env.BO_SIDELOAD === "1";
  if (flags.demo || env.BO_SIDELOAD === "0") return demo("the browser demo was asked for");
  if (facts.platform !== "win32" && facts.platform !== "darwin") {
    return demo(`Excel desktop sideloading needs Windows or macOS, this is ${facts.platform}`);
  }
  if (truthy(env.CI) && !forced) return demo("running under CI, where nothing is sideloaded");
  if (!facts.hasDebugging)
    return demo("office-addin-debugging is not installed (it is an optional dependency)");
  if (!facts.excelFound) return demo("Excel desktop was not found on this machine");
  if (!facts.interactive && !forced) {
    return demo(
      "not attached to a terminal, and sideloading may ask questions (set BO_SIDELOAD=1 to force it)",
    );
  }
  if (parsed.port !== undefined && parsed.port !== SIDELOAD_PORT) {
    return demo(`PORT=${parsed.port}, but the manifest's URLs use port ${SIDELOAD_PORT} for sideloading`);
  }
  return { mode: "sideload", reason: "Excel desktop found", port: SIDELOAD_PORT, portAttempts: 1, build };
}

/** Reads start.js flags: --demo, --sideload, --web, --skip-build, --root <dir>. Unknown flags are an error. */
function parseFlags(argv) {
  const flags = { demo: false, sideload: false, web: false, skipBuild: false, root: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--demo") flags.demo = true;
    else if (arg === "--sideload") flags.sideload = true;
    else if (arg === "--web") flags.web = true;
    else if (arg === "--skip-build") flags.skipBuild = true;
    else if (arg === "--root" && argv[i + 1] !== undefined) flags.root = argv[++i];
    else
      return { error: `unknown option ${arg} (use --demo, --sideload, --web, --skip-build or --root <dir>)` };
  }
  return { flags };
}

module.exports = { choosePlan, parseFlags, parsePort, SIDELOAD_PORT, DEMO_PORT_ATTEMPTS };
