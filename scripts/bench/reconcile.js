// Entry for the reconciliation benchmark: re-runs itself with --expose-gc (so generator garbage is
// collected before each timed run), once per size, then runs reconcile.ts through the TS require hook.
// Each size gets its own process, so its memory figures are not those of the sizes before it (a process
// keeps the memory it once used).
// Usage: node scripts/bench/reconcile.js [sizes…] [--runs N] [--warmup N] [--seed S]
if (typeof global.gc !== "function") {
  const { spawnSync } = require("child_process");
  const args = process.argv.slice(2);
  const isSize = (a, k) => !a.startsWith("--") && !args[k - 1]?.startsWith("--");
  const given = args.filter(isSize);
  const options = args.filter((a, k) => !isSize(a, k));
  const sizes = given.length > 0 ? given : ["10000", "100000", "1000000"];
  for (const size of sizes) {
    const r = spawnSync(process.execPath, ["--expose-gc", __filename, size, ...options], {
      stdio: "inherit",
    });
    if (r.status !== 0) process.exit(r.status === null ? 1 : r.status);
  }
  process.exit(0);
}
require("./register-ts");
require("./reconcile.ts");
