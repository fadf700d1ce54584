// Lets plain `node` run TypeScript (the `bo` command line, bench scripts and the modules they import): each
// .ts file is transpiled to CommonJS on require with typescript.transpileModule. No type checking; tsc does
// that. Output is cached under node_modules/.cache/register-ts, keyed by the source's content, so repeated
// runs start fast.
// Usage: node -r ./scripts/bench/register-ts.js scripts/bench/<name>.ts
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const options = {
  module: 1 /* CommonJS */,
  target: 9 /* ES2022 */,
  esModuleInterop: true,
  jsx: 4 /* ReactJSX */,
  sourceMap: false,
  inlineSourceMap: true,
};

const cacheDir = path.join(__dirname, "..", "..", "node_modules", ".cache", "register-ts");
let ts = null;

function transpile(source, filename) {
  ts = ts || require("typescript");
  return ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText;
}

function cached(source, filename) {
  const key = crypto.createHash("sha256").update(filename).update("\0").update(source).digest("hex");
  const file = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    const out = transpile(source, filename);
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, out);
      fs.renameSync(tmp, file);
    } catch {
      // A read-only install still works; it only transpiles on every run.
    }
    return out;
  }
}

function compile(module, filename) {
  module._compile(cached(fs.readFileSync(filename, "utf8"), filename), filename);
}

for (const ext of [".ts", ".tsx"]) require.extensions[ext] = compile;
