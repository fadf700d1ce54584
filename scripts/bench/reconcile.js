// Entry for the reconciliation benchmark: re-runs itself with --expose-gc (so generator garbage is
// collected before each timed run), then runs reconcile.ts through the TS require hook.
// Usage: node scripts/bench/reconcile.js [sizes…] [--runs N] [--seed S]
if (typeof global.gc !== "function") {
  const { spawnSync } = require("child_process");
  const r = spawnSync(process.execPath, ["--expose-gc", __filename, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(r.status === null ? 1 : r.status);
}
require("./register-ts");
require("./reconcile.ts");
