/* The manifest's identity: a task-pane OfficeApp for Excel with a GUID id, a four-part version, a culture
   name and a known permission. Excel on the web rejects a three-part version the schema would accept. */
"use strict";

const { NS, childOf, childrenOf, descend, attrOf, typeOf, labelOf, problemAt } = require("../tree");

const GUID =
  /^(?:(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const VERSION = /^[0-9]{1,5}\.[0-9]{1,5}\.[0-9]{1,5}\.[0-9]{1,5}$/;
const CULTURE =
  /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(?:-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(?:-[a-zA-Z]{2,3}(?:_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

/** Rule: root element, Id, Version, DefaultLocale, Permissions and the Workbook host. */
function checkBasics(doc) {
  const root = doc.root;
  const problems = [];
  if (root.local !== "OfficeApp" || root.ns !== NS.app) {
    return [problemAt("basics", root, `the root element must be <OfficeApp> in namespace ${NS.app}`)];
  }
  if (typeOf(root) !== "TaskPaneApp") {
    problems.push(problemAt("basics", root, `${labelOf(root)} must have xsi:type="TaskPaneApp"`));
  }

  const id = childOf(root, "Id");
  if (id && !GUID.test(id.text.trim())) {
    problems.push(
      problemAt(
        "basics",
        id,
        `<Id> must be a GUID like 01234567-89ab-cdef-0123-456789abcdef, found "${id.text.trim()}"`,
      ),
    );
  }
  const version = childOf(root, "Version");
  if (version && !VERSION.test(version.text.trim())) {
    problems.push(
      problemAt(
        "basics",
        version,
        `<Version> must have four numeric parts (major.minor.build.revision, e.g. 1.0.0.0), found "${version.text.trim()}"`,
      ),
    );
  }
  const locale = childOf(root, "DefaultLocale");
  if (locale && !CULTURE.test(locale.text.trim())) {
    problems.push(
      problemAt(
        "basics",
        locale,
        `<DefaultLocale> must be a culture name like en-US, found "${locale.text.trim()}"`,
      ),
    );
  }
  const permissions = childOf(root, "Permissions");
  if (permissions && !PERMISSIONS.includes(permissions.text.trim())) {
    problems.push(
      problemAt(
        "basics",
        permissions,
        `<Permissions> must be one of ${PERMISSIONS.join(", ")}, found "${permissions.text.trim()}"`,
      ),
    );
  }

  const hosts = childrenOf(childOf(root, "Hosts"), "Host");
  if (hosts.length > 0 && !hosts.some((h) => attrOf(h, "Name") === "Workbook")) {
    problems.push(
      problemAt("basics", childOf(root, "Hosts"), `<Hosts> must include <Host Name="Workbook"/> for Excel`),
    );
  }
  const overrides = childOf(root, "VersionOverrides");
  if (overrides) {
    if (typeOf(overrides) !== "VersionOverridesV1_0") {
      problems.push(
        problemAt("basics", overrides, `<VersionOverrides> must have xsi:type="VersionOverridesV1_0"`),
      );
    }
    for (const host of childrenOf(descend(overrides, "Hosts"), "Host")) {
      if (typeOf(host) !== "Workbook") {
        problems.push(
          problemAt("basics", host, `${labelOf(host)} must be xsi:type="Workbook": this add-in is for Excel`),
        );
      }
    }
  }
  return problems;
}

module.exports = { checkBasics };
