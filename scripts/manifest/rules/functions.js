/* Custom functions: the manifest declares them with a Namespace whose value is the project's namespace
   (package.json "config.namespace", "BO"), and every function in functions.json has an id and name Excel
   accepts under that namespace. Excel prefixes the namespace itself, so "BO.SUM" as a name would become
   "=BO.BO.SUM". */
"use strict";

const { childOf, childrenOf, descend, attrOf, typeOf, labelOf, problemAt } = require("../tree");
const { collectResources, findResource } = require("./resources");

const NAMESPACE = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;
const ID = /^[A-Z][A-Z0-9._]{2,}$/;
const NAME = /^\p{L}[\p{L}\p{N}._]{2,}$/u;
const MAX_COLUMN = 16384; // XFD
const MAX_ROW = 1048576;

const columnNumber = (letters) =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** True when `name` reads as a cell reference (A1 or R1C1), which Excel would take instead of the function. */
function looksLikeCellReference(name) {
  const a1 = /^([A-Za-z]{1,3})([0-9]{1,7})$/.exec(name);
  if (a1) {
    const row = Number(a1[2]);
    return columnNumber(a1[1]) <= MAX_COLUMN && row >= 1 && row <= MAX_ROW;
  }
  return /^[Rr][0-9]*[Cc][0-9]*$/.test(name);
}

function checkDeclaration(root, expected) {
  const host = childrenOf(descend(root, "VersionOverrides", "Hosts"), "Host")[0];
  const point = childrenOf(childOf(host, "AllFormFactors"), "ExtensionPoint").find(
    (e) => typeOf(e) === "CustomFunctions",
  );
  if (!point) {
    return [
      problemAt(
        "functions",
        host ?? root,
        `custom functions are not declared: <AllFormFactors> needs <ExtensionPoint xsi:type="CustomFunctions">`,
      ),
    ];
  }
  const problems = [];
  if (!childOf(point, "Metadata")) {
    problems.push(
      problemAt("functions", point, `${labelOf(point)} needs <Metadata> pointing at functions.json`),
    );
  }
  const namespace = childOf(point, "Namespace");
  if (!namespace) {
    problems.push(
      problemAt(
        "functions",
        point,
        `${labelOf(point)} needs <Namespace resid="…"/> (the =${expected ?? "NS"}. prefix)`,
      ),
    );
    return problems;
  }
  const resource = findResource(
    collectResources(root).resources,
    attrOf(namespace, "resid") ?? "",
    "short string",
  );
  if (!resource) return problems; // the resources rule reports the dangling resid
  const value = resource.value ?? "";
  if (!NAMESPACE.test(value)) {
    problems.push(
      problemAt(
        "functions",
        namespace,
        `<Namespace> value "${value}" (from ${labelOf(resource.el)}) must be letters and digits, starting with a letter`,
      ),
    );
  } else if (expected !== undefined && value !== expected) {
    problems.push(
      problemAt(
        "functions",
        namespace,
        `<Namespace> value "${value}" (from ${labelOf(resource.el)}) must be "${expected}" as package.json config.namespace declares`,
      ),
    );
  }
  return problems;
}

function checkMetadata(metadata, namespace) {
  const at = (element, message) => ({
    rule: "functions",
    element,
    path: metadata.file,
    line: undefined,
    file: metadata.file,
    message,
  });
  let json;
  try {
    json = JSON.parse(metadata.text);
  } catch (error) {
    return [at("functions.json", `is not valid JSON: ${error.message}`)];
  }
  if (!json || !Array.isArray(json.functions)) return [at("functions.json", `needs a "functions" array`)];
  const problems = [];
  const ids = new Map();
  const names = new Map();
  json.functions.forEach((fn, i) => {
    const where = `functions[${i}]${fn && typeof fn.id === "string" ? ` (id "${fn.id}")` : ""}`;
    if (!fn || typeof fn.id !== "string" || typeof fn.name !== "string") {
      problems.push(at(where, "needs string properties id and name"));
      return;
    }
    if (!ID.test(fn.id)) {
      problems.push(
        at(
          where,
          `id "${fn.id}" must start with a letter, be at least 3 characters and use only A-Z, 0-9, "_" and "."`,
        ),
      );
    }
    if (!NAME.test(fn.name)) {
      problems.push(
        at(
          where,
          `name "${fn.name}" must start with a letter, be at least 3 characters and use only letters, digits, "_" and "."`,
        ),
      );
    }
    if (namespace && fn.name.toUpperCase().startsWith(`${namespace.toUpperCase()}.`)) {
      problems.push(
        at(where, `name "${fn.name}" repeats the namespace: Excel shows it as ${namespace}.${fn.name}`),
      );
    }
    if (looksLikeCellReference(fn.name)) {
      problems.push(
        at(where, `name "${fn.name}" reads as a cell reference; Excel would not call the function`),
      );
    }
    for (const [seen, key, what] of [
      [ids, fn.id.toUpperCase(), "id"],
      [names, fn.name.toUpperCase(), "name"],
    ]) {
      if (seen.has(key))
        problems.push(at(where, `${what} "${fn[what]}" is already used by functions[${seen.get(key)}]`));
      else seen.set(key, i);
    }
  });
  return problems;
}

/** Rule: CustomFunctions declared with the project's namespace; functions.json ids and names valid for it. */
function checkFunctions(doc, context) {
  const problems = checkDeclaration(doc.root, context.expectedNamespace);
  if (context.functionsMetadata) {
    problems.push(...checkMetadata(context.functionsMetadata, context.expectedNamespace));
  }
  return problems;
}

module.exports = { checkFunctions, looksLikeCellReference };
