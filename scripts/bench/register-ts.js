// Lets plain `node` run TypeScript (bench scripts and the modules they import): each .ts file is
// transpiled to CommonJS on require with typescript.transpileModule. No type checking; tsc does that.
// Usage: node -r ./scripts/bench/register-ts.js scripts/bench/<name>.ts
const fs = require("fs");
const ts = require("typescript");

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  jsx: ts.JsxEmit.ReactJSX,
  sourceMap: false,
  inlineSourceMap: true,
};

function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: filename });
  module._compile(outputText, filename);
}

for (const ext of [".ts", ".tsx"]) require.extensions[ext] = compile;
