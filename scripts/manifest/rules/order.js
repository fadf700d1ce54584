/* Element order and presence, taken from the schema's xs:sequence definitions for the parts of a task-pane
   manifest that matter most (OfficeApp, VersionOverrides, hosts, form factors, ribbon, resources). Office
   rejects a manifest whose children are out of order, and this catches it without xmllint. */
"use strict";

const { NS, childrenOf, typeOf, labelOf, problemAt, allElements } = require("../tree");

const one = (local, ns) => ({ local, ns, min: 1, max: 1 });
const opt = (local, ns) => ({ local, ns, min: 0, max: 1 });
const many = (local, ns, min = 1) => ({ local, ns, min, max: Infinity });

// Each entry: the path suffix (local names, last is the element checked), an optional xsi:type, its namespace,
// and the sequence of children the schema allows, in order.
const SEQUENCES = [
  {
    path: ["OfficeApp"],
    root: true,
    ns: NS.app,
    seq: [
      one("Id", NS.app),
      opt("AlternateId", NS.app),
      one("Version", NS.app),
      one("ProviderName", NS.app),
      one("DefaultLocale", NS.app),
      one("DisplayName", NS.app),
      one("Description", NS.app),
      opt("IconUrl", NS.app),
      opt("HighResolutionIconUrl", NS.app),
      opt("SupportUrl", NS.app),
      opt("AppDomains", NS.app),
      opt("Hosts", NS.app),
      opt("Requirements", NS.app),
      one("DefaultSettings", NS.app),
      one("Permissions", NS.app),
      opt("Dictionary", NS.app),
      opt("VersionOverrides", NS.ov),
    ],
  },
  { path: ["OfficeApp", "Hosts"], ns: NS.app, seq: [many("Host", NS.app)] },
  { path: ["OfficeApp", "AppDomains"], ns: NS.app, seq: [many("AppDomain", NS.app)] },
  { path: ["OfficeApp", "Requirements"], ns: NS.app, seq: [opt("Sets", NS.app), opt("Methods", NS.app)] },
  { path: ["OfficeApp", "Requirements", "Sets"], ns: NS.app, seq: [many("Set", NS.app)] },
  { path: ["OfficeApp", "DefaultSettings"], ns: NS.app, seq: [one("SourceLocation", NS.app)] },
  {
    path: ["OfficeApp", "VersionOverrides"],
    ns: NS.ov,
    seq: [
      opt("Description", NS.ov),
      opt("Requirements", NS.ov),
      opt("Hosts", NS.ov),
      opt("Resources", NS.ov),
      opt("WebApplicationInfo", NS.ov),
      opt("EquivalentAddins", NS.ov),
      opt("VersionOverrides", `${NS.ov}/1.1`),
    ],
  },
  { path: ["VersionOverrides", "Hosts"], ns: NS.ov, seq: [many("Host", NS.ov)] },
  {
    path: ["VersionOverrides", "Hosts", "Host"],
    ns: NS.ov,
    seq: [opt("Runtimes", NS.ov), opt("AllFormFactors", NS.ov), opt("DesktopFormFactor", NS.ov)],
  },
  { path: ["Host", "Runtimes"], ns: NS.ov, seq: [many("Runtime", NS.ov)] },
  ...["AllFormFactors", "DesktopFormFactor"].map((ff) => ({
    path: ["Host", ff],
    ns: NS.ov,
    seq: [opt("GetStarted", NS.ov), opt("FunctionFile", NS.ov), many("ExtensionPoint", NS.ov)],
  })),
  {
    path: ["ExtensionPoint"],
    type: "CustomFunctions",
    ns: NS.ov,
    seq: [one("Script", NS.ov), one("Page", NS.ov), opt("Metadata", NS.ov), opt("Namespace", NS.ov)],
  },
  ...["Script", "Page", "Metadata"].map((part) => ({
    path: ["ExtensionPoint", part],
    ns: NS.ov,
    seq: [one("SourceLocation", NS.ov)],
  })),
  {
    path: ["ExtensionPoint"],
    type: "PrimaryCommandSurface",
    ns: NS.ov,
    seq: [many("OfficeTab", NS.ov, 0), many("CustomTab", NS.ov, 0)],
  },
  {
    path: ["GetStarted"],
    ns: NS.ov,
    seq: [one("Title", NS.ov), one("Description", NS.ov), one("LearnMoreUrl", NS.ov)],
  },
  { path: ["OfficeTab"], ns: NS.ov, seq: [many("Group", NS.ov)] },
  { path: ["CustomTab"], ns: NS.ov, seq: [many("Group", NS.ov), one("Label", NS.ov)] },
  { path: ["Group"], ns: NS.ov, seq: [one("Label", NS.ov), one("Icon", NS.ov), many("Control", NS.ov)] },
  {
    path: ["Control"],
    type: "Button",
    ns: NS.ov,
    seq: [one("Label", NS.ov), one("Supertip", NS.ov), one("Icon", NS.ov), one("Action", NS.ov)],
  },
  { path: ["Supertip"], ns: NS.ov, seq: [one("Title", NS.ov), one("Description", NS.ov)] },
  { path: ["Icon"], ns: NS.ov, seq: [many("Image", NS.bt)] },
  {
    path: ["Action"],
    type: "ShowTaskpane",
    ns: NS.ov,
    seq: [opt("TaskpaneId", NS.ov), one("SourceLocation", NS.ov), opt("Title", NS.ov)],
  },
  { path: ["Action"], type: "ExecuteFunction", ns: NS.ov, seq: [one("FunctionName", NS.ov)] },
  {
    path: ["VersionOverrides", "Resources"],
    ns: NS.ov,
    seq: [opt("Images", NS.bt), opt("Urls", NS.bt), opt("ShortStrings", NS.bt), opt("LongStrings", NS.bt)],
  },
  { path: ["Resources", "Images"], ns: NS.bt, seq: [many("Image", NS.bt, 0)] },
  { path: ["Resources", "Urls"], ns: NS.bt, seq: [many("Url", NS.bt, 0)] },
  { path: ["Resources", "ShortStrings"], ns: NS.bt, seq: [many("String", NS.bt, 0)] },
  { path: ["Resources", "LongStrings"], ns: NS.bt, seq: [many("String", NS.bt, 0)] },
];

const matches = (spec, el) => {
  if (spec.root && el.parent !== null) return false;
  if (spec.type !== undefined && typeOf(el) !== spec.type) return false;
  let at = el;
  for (let i = spec.path.length - 1; i >= 0; i--) {
    if (!at || at.local !== spec.path[i]) return false;
    at = at.parent;
  }
  return el.ns === spec.ns;
};

/** Compares an element's children with the sequence the schema allows and reports the first misfits. */
function checkSequence(el, seq) {
  const problems = [];
  const counts = new Map();
  let furthest = -1;
  for (const child of childrenOf(el)) {
    const index = seq.findIndex((s) => s.local === child.local && s.ns === child.ns);
    if (index < 0) {
      const sameName = seq.find((s) => s.local === child.local);
      problems.push(
        problemAt(
          "order",
          child,
          sameName
            ? `${labelOf(child)} must be in namespace ${sameName.ns} here, not ${child.ns || "(none)"}`
            : `${labelOf(child)} is not allowed inside ${labelOf(el)}`,
        ),
      );
      continue;
    }
    const spec = seq[index];
    const count = (counts.get(index) ?? 0) + 1;
    counts.set(index, count);
    if (count > spec.max) {
      problems.push(
        problemAt("order", child, `${labelOf(child)} may appear only once inside ${labelOf(el)}`),
      );
    }
    if (index < furthest) {
      const after = seq[furthest];
      problems.push(
        problemAt(
          "order",
          child,
          `${labelOf(child)} is out of order inside ${labelOf(el)}: it must come before <${after.local}>`,
        ),
      );
    } else furthest = index;
  }
  seq.forEach((spec, index) => {
    if ((counts.get(index) ?? 0) < spec.min) {
      problems.push(problemAt("order", el, `${labelOf(el)} is missing its required child <${spec.local}>`));
    }
  });
  return problems;
}

/** Rule: children in schema order, required ones present, nothing unknown where the sequence is closed. */
function checkOrder(doc) {
  const problems = [];
  for (const el of allElements(doc.root)) {
    const spec = SEQUENCES.find((s) => matches(s, el));
    if (spec) problems.push(...checkSequence(el, spec.seq));
  }
  return problems;
}

module.exports = { checkOrder, checkSequence, SEQUENCES };
