/* The shared runtime: one long-lived page hosts the task pane, the custom functions and the commands. Excel
   loads it only when Runtime, the CustomFunctions Page, FunctionFile and every ShowTaskpane action name the
   same page resid and SharedRuntime 1.1 is required; with lifetime="long" the action carries no TaskpaneId. */
"use strict";

const {
  NS,
  childOf,
  childrenOf,
  descend,
  attrOf,
  typeOf,
  allElements,
  labelOf,
  problemAt,
} = require("../tree");

const atLeast = (version, minimum) => {
  const [a = 0, b = 0] = String(version).split(".").map(Number);
  const [c = 0, d = 0] = minimum.split(".").map(Number);
  return a > c || (a === c && b >= d);
};

function checkRequirement(root) {
  const requirements = childOf(root, "Requirements");
  const sets = childOf(requirements, "Sets");
  const shared = childrenOf(sets, "Set").find((s) => attrOf(s, "Name") === "SharedRuntime");
  if (!shared) {
    return [
      problemAt(
        "shared-runtime",
        requirements ?? root,
        `<Requirements> must contain <Sets><Set Name="SharedRuntime" MinVersion="1.1"/></Sets> for the shared runtime`,
      ),
    ];
  }
  const version = attrOf(shared, "MinVersion") ?? attrOf(sets, "DefaultMinVersion") ?? "1.1";
  return atLeast(version, "1.1")
    ? []
    : [
        problemAt(
          "shared-runtime",
          shared,
          `${labelOf(shared)} SharedRuntime needs MinVersion 1.1 or later, found ${version}`,
        ),
      ];
}

function checkHost(host) {
  const problems = [];
  const runtimes = childrenOf(childOf(host, "Runtimes"), "Runtime");
  if (runtimes.length === 0) {
    return [
      problemAt(
        "shared-runtime",
        host,
        `${labelOf(host)} needs <Runtimes><Runtime resid="…" lifetime="long"/></Runtimes> as its first child`,
      ),
    ];
  }
  const runtime = runtimes[0];
  const page = attrOf(runtime, "resid");
  if (attrOf(runtime, "lifetime") !== "long") {
    problems.push(problemAt("shared-runtime", runtime, `${labelOf(runtime)} must have lifetime="long"`));
  }
  const same = (el, what) => {
    if (!el) return;
    const resid = attrOf(el, "resid");
    if (resid !== undefined && resid !== page) {
      problems.push(
        problemAt(
          "shared-runtime",
          el,
          `${labelOf(el)} (${what}) has resid "${resid}" but must use the shared runtime's page "${page}" from <Runtime> at line ${runtime.line}`,
        ),
      );
    }
  };
  const functions = childrenOf(childOf(host, "AllFormFactors"), "ExtensionPoint").find(
    (e) => typeOf(e) === "CustomFunctions",
  );
  same(descend(functions, "Page", "SourceLocation"), "custom functions page");
  for (const formFactor of [childOf(host, "AllFormFactors"), childOf(host, "DesktopFormFactor")]) {
    same(childOf(formFactor, "FunctionFile"), "commands page");
  }
  for (const action of allElements(host).filter(
    (e) => e.local === "Action" && typeOf(e) === "ShowTaskpane",
  )) {
    same(childOf(action, "SourceLocation"), "task pane page");
    const taskpaneId = childOf(action, "TaskpaneId");
    if (taskpaneId) {
      problems.push(
        problemAt(
          "shared-runtime",
          taskpaneId,
          `<TaskpaneId> must be left out: with a long-lived shared runtime the task pane is the runtime's page`,
        ),
      );
    }
  }
  return problems;
}

/** Rule: SharedRuntime requirement and one page resid for runtime, functions, commands and task pane. */
function checkSharedRuntime(doc) {
  const root = doc.root;
  const hosts = childrenOf(descend(root, "VersionOverrides", "Hosts"), "Host").filter((h) => h.ns === NS.ov);
  if (hosts.length === 0) {
    return [
      problemAt(
        "shared-runtime",
        childOf(root, "VersionOverrides") ?? root,
        "no <Host> under <VersionOverrides><Hosts>: the shared runtime, functions and ribbon button are declared there",
      ),
    ];
  }
  return [...checkRequirement(root), ...hosts.flatMap(checkHost)];
}

module.exports = { checkSharedRuntime };
