#!/usr/bin/env node
/* `npm run validate`: checks manifest.xml offline with the project's own checker (always) and the official
   schema via xmllint (when ../shared/manifest-schema and xmllint exist). Exits 1 naming each defective
   element, 2 on a usage or file error, 0 when the manifest is valid.

   Usage: node scripts/validate-manifest.js [manifest.xml] [--functions <functions.json>] [--root <dir>]
                                            [--schema-dir <dir>] [--no-schema]
     --functions   functions.json to check (default: dist/functions.json when it exists)
     --root        folder the dev server serves, for icon files (default: the manifest's folder)
     --schema-dir  folder holding OfficeAppManifestV1_1.xsd (default: ../shared/manifest-schema) */
"use strict";

const fs = require("fs");
const path = require("path");
const { checkManifest, formatProblem } = require("./manifest/check");
const { runSchemaCheck } = require("./manifest/schema");

const REPO = path.resolve(__dirname, "..");
const DEV_BASE_URL = "https://localhost:3000/";

function parseArgs(argv) {
  const options = {
    manifest: undefined,
    functions: undefined,
    root: undefined,
    schemaDir: undefined,
    schema: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--functions") options.functions = value();
    else if (arg === "--root") options.root = value();
    else if (arg === "--schema-dir") options.schemaDir = value();
    else if (arg === "--no-schema") options.schema = false;
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else if (options.manifest === undefined) options.manifest = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  return options;
}

// Reads a file the dev server would serve at `relative`, refusing paths that leave `root`.
const assetReader = (root) => (relative) => {
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
};

function readNamespace() {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8"));
  return pkg.config && typeof pkg.config.namespace === "string" ? pkg.config.namespace : undefined;
}

/** Runs both checks; returns { problems, notes } without printing or exiting. */
function validateManifest(options) {
  const manifestPath = path.resolve(options.manifest ?? path.join(REPO, "manifest.xml"));
  const text = fs.readFileSync(manifestPath, "utf8");
  const notes = [];
  const problems = [];

  const expectedNamespace = readNamespace();
  if (expectedNamespace === undefined) {
    problems.push({
      rule: "functions",
      element: "package.json",
      file: "package.json",
      message: 'needs "config": { "namespace": "BO" }',
    });
  }
  const defaultFunctions = path.join(REPO, "dist", "functions.json");
  const functionsPath = options.functions ?? (fs.existsSync(defaultFunctions) ? defaultFunctions : undefined);
  let functionsMetadata;
  if (functionsPath) {
    functionsMetadata = {
      file: path.relative(process.cwd(), functionsPath) || functionsPath,
      text: fs.readFileSync(functionsPath, "utf8"),
    };
    notes.push(`functions: checked ${functionsMetadata.file}`);
  } else {
    notes.push(
      "functions: dist/functions.json not built yet, ids not checked (run npm run build:dev or pass --functions)",
    );
  }

  const root = path.resolve(options.root ?? path.dirname(manifestPath));
  problems.push(
    ...checkManifest(text, {
      expectedNamespace,
      functionsMetadata,
      devBaseUrl: DEV_BASE_URL,
      readAsset: assetReader(root),
    }),
  );

  if (problems.some((p) => p.rule === "xml")) notes.push("schema check skipped: the XML is malformed");
  else if (options.schema) {
    const schema = runSchemaCheck(
      manifestPath,
      path.resolve(options.schemaDir ?? path.join(REPO, "..", "shared", "manifest-schema")),
    );
    notes.push(schema.note);
    problems.push(...schema.problems);
  } else notes.push("schema check skipped: --no-schema");
  return { manifestPath, problems, notes };
}

function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(`validate-manifest: ${error.message}`);
    return 2;
  }
  let result;
  try {
    result = validateManifest(options);
  } catch (error) {
    console.error(
      `validate-manifest: ${error.code === "ENOENT" ? `cannot read ${error.path}` : error.message}`,
    );
    return 2;
  }
  const shown = path.relative(process.cwd(), result.manifestPath) || result.manifestPath;
  for (const problem of result.problems) console.error(formatProblem(problem, shown));
  for (const note of result.notes) console.log(note);
  if (result.problems.length > 0) {
    console.error(`${shown}: ${result.problems.length} problem(s) found`);
    return 1;
  }
  console.log(`${shown}: valid (own checks passed)`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { validateManifest, parseArgs };
