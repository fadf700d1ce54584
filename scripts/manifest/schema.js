/* The official-schema step: xmllint against ../shared/manifest-schema/OfficeAppManifestV1_1.xsd. It is
   optional (the folder or xmllint may be absent) and then says why it was skipped instead of failing. */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const SCHEMA_FILE = "OfficeAppManifestV1_1.xsd";

/** Turns one xmllint error line into a problem naming the element, e.g.
    "m.xml:12: element Version: Schemas validity error : Element '{ns}Version': ..." */
function parseXmllintLine(line) {
  const match = /^(.*?):(\d+): (?:element (\S+): )?(.*)$/.exec(line);
  if (!match) return undefined;
  const [, , lineNo, element, rest] = match;
  const named = /Element '(?:\{[^}]*\})?([^']+)'/.exec(rest);
  const name = element ?? (named ? named[1] : undefined);
  return {
    rule: "schema",
    element: name ? `<${name}>` : "(document)",
    path: "",
    line: Number(lineNo),
    message: /validity error/.test(rest)
      ? `${name ? `<${name}> ` : ""}fails the official schema: ${rest.replace(/^.*?validity error : /, "").trim()}`
      : `xmllint: ${rest.trim()}`,
  };
}

/**
 * Validates `manifestPath` with xmllint when the schema folder and xmllint exist.
 * Returns { status: "valid" | "invalid" | "skipped", problems, note }.
 */
function runSchemaCheck(manifestPath, schemaDir, xmllint = "xmllint") {
  const xsd = path.join(schemaDir, SCHEMA_FILE);
  if (!fs.existsSync(xsd)) {
    return { status: "skipped", problems: [], note: `schema check skipped: ${xsd} not found` };
  }
  const run = spawnSync(xmllint, ["--noout", "--nonet", "--schema", xsd, manifestPath], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 60000,
  });
  if (run.error) {
    const why =
      run.error.code === "ENOENT" ? "xmllint is not installed (Debian: libxml2-utils)" : run.error.message;
    return { status: "skipped", problems: [], note: `schema check skipped: ${why}` };
  }
  if (run.status === 0)
    return { status: "valid", problems: [], note: `schema: valid against ${SCHEMA_FILE} (xmllint)` };
  // xmllint follows parser errors with the offending source line and a caret; only "file:line:" lines count.
  const problems = `${run.stderr}`
    .split(/\r?\n/)
    .filter((l) => /^.*?:\d+: /.test(l))
    .map(parseXmllintLine)
    .filter((p) => p !== undefined);
  if (problems.length === 0) {
    problems.push({
      rule: "schema",
      element: "(document)",
      path: "",
      line: undefined,
      message: `xmllint exited with status ${run.status}`,
    });
  }
  return { status: "invalid", problems, note: `schema: invalid against ${SCHEMA_FILE} (xmllint)` };
}

module.exports = { runSchemaCheck, parseXmllintLine };
