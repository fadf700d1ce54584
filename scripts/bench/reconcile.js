// Entry for the reconciliation benchmark: re-runs itself with --expose-gc (so generator garbage is
// collected before each timed run), once per size, then runs reconcile.ts through the TS require hook.
// Each size gets its own process, so its memory figures are not those of the sizes before it (a process
// keeps the memory it once used).
// Usage: node scripts/bench/reconcile.js [sizes…] [--runs N] [--warmup N] [--seed S] [--huge-pages]
// --huge-pages: glibc asks the kernel for transparent huge pages for large allocations (array buffers),
// so a fresh run faults its working memory in 2 MiB pages instead of 4 KiB ones (Linux with glibc 2.35+).
if (typeof global.gc !== "function") {
  const { spawnSync } = require("child_process");
  const args = process.argv.slice(2);
  const isSize = (a, k) => !a.startsWith("--") && !args[k - 1]?.startsWith("--");
  const given = args.filter(isSize);
  const options = args.filter((a, k) => !isSize(a, k) && a !== "--huge-pages");
  const env = { ...process.env };
  if (args.includes("--huge-pages"))
    env.GLIBC_TUNABLES = [env.GLIBC_TUNABLES, "glibc.malloc.hugetlb=1"].filter(Boolean).join(":");
  const sizes = given.length > 0 ? given : ["10000", "100000", "1000000"];
  for (const size of sizes) {
    const r = spawnSync(process.execPath, ["--expose-gc", __filename, size, ...options], {
      stdio: "inherit",
      env,
    });
    if (r.status !== 0) process.exit(r.status === null ? 1 : r.status);
  }
  process.exit(0);
}
require("./register-ts");
require("./reconcile.ts");
