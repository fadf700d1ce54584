#!/usr/bin/env node
// `npm run bench [-- name ...]`: runs each benchmark in its own Node process (so memory figures are its own)
// and prints what it measures. Benchmarks print figures; nothing here passes or fails on time.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const DIR = path.join(__dirname, "bench");
const BENCHES = [
  { name: "core-parse", file: "core-parse.ts", what: "parsing 1M amount and 1M date cells" },
  { name: "workbook", file: "workbook.ts", what: "office/ reads and marks over the simulator; .xlsx load" },
  { name: "validate", file: "validate.ts", what: "validating 100k and 1M rows x 10 columns vs per-row zod" },
  {
    name: "reconcile",
    file: "reconcile.ts",
    what: "reconciling 100k x 100k and 1M x 1M, quality and baseline",
  },
  {
    name: "statement-files",
    file: "statementFiles.ts",
    what: "reading 10k and 100k-line camt.053, MT940, OFX, BAI2 and DATEV files into their tables",
  },
  {
    name: "functions",
    file: "functions.ts",
    what: "=BO.MATCH then =BO.RECONCILE over the same 100k x 100k ranges, shared run or not",
  },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
if (unknown.length > 0) {
  console.error(
    `bench: unknown benchmark ${unknown.join(", ")}; choose from ${BENCHES.map((b) => b.name).join(", ")}`,
  );
  process.exit(2);
}

let failed = 0;
for (const b of BENCHES) {
  if (wanted.length > 0 && !wanted.includes(b.name)) continue;
  const file = path.join(DIR, b.file);
  console.log(`\n=== ${b.name}: ${b.what}`);
  if (!fs.existsSync(file)) {
    console.log(`(no ${path.relative(process.cwd(), file)} in this checkout)`);
    failed++;
    continue;
  }
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=4096", "-r", path.join(DIR, "register-ts.js"), file],
    { stdio: "inherit" },
  );
  if (r.status !== 0) {
    console.log(`(${b.name} exited with status ${r.status})`);
    failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);
