/* The project's own manifest checker: parses the XML without dependencies and runs each rule over it. Works
   anywhere (no xmllint, no network) and reports every defect with the element it concerns. */
"use strict";

const { parseXml, XmlSyntaxError } = require("./parseXml");
const { checkBasics } = require("./rules/basics");
const { checkOrder } = require("./rules/order");
const { checkResources } = require("./rules/resources");
const { checkSharedRuntime } = require("./rules/sharedRuntime");
const { checkUrls } = require("./rules/urls");
const { checkLimits } = require("./rules/limits");
const { checkIcons } = require("./rules/icons");
const { checkFunctions } = require("./rules/functions");

// Each rule is (doc, context) -> problems; all of them run, none stops the others.
const RULES = [
  checkBasics,
  checkOrder,
  checkResources,
  checkSharedRuntime,
  checkUrls,
  checkLimits,
  checkIcons,
  checkFunctions,
];

/** Checks manifest XML text; returns the problems found (none means valid). */
function checkManifest(xmlText, context = {}) {
  let root;
  try {
    root = parseXml(xmlText);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return [
      {
        rule: "xml",
        element: error.element ? `<${error.element}>` : "(document)",
        path: "",
        line: error.line,
        message: `malformed XML at column ${error.column}: ${error.message}`,
      },
    ];
  }
  const doc = { root };
  const basics = checkBasics(doc, context);
  // Without an OfficeApp root the other rules would only repeat that one defect.
  if (basics.some((p) => p.line === root.line && p.message.startsWith("the root element"))) return basics;
  const problems = [...basics, ...RULES.slice(1).flatMap((rule) => rule(doc, context))];
  return problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

/** One line per problem: "file:line: message naming the element (at its path)". */
function formatProblem(problem, file) {
  const where = problem.file ?? (problem.line !== undefined ? `${file}:${problem.line}` : file);
  const message = problem.message.includes(problem.element)
    ? problem.message
    : `${problem.element}: ${problem.message}`;
  const path = problem.path && problem.path !== problem.file ? ` (at ${problem.path})` : "";
  return `${where}: ${message}${path}`;
}

module.exports = { checkManifest, formatProblem, RULES };
