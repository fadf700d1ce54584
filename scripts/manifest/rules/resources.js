/* Resource references: every resid names a resource of the right kind (image, URL, short or long string),
   resource ids are unique and short enough. The schema cannot see these cross-references. */
"use strict";

const { NS, childrenOf, descend, attrOf, allElements, labelOf, problemAt } = require("../tree");

const MAX_ID = 32;
const KINDS = { Images: "image", Urls: "URL", ShortStrings: "short string", LongStrings: "long string" };

// The kind of resource each referencing element needs (VersionOverrides namespace unless noted).
const NEEDS = {
  SourceLocation: "URL",
  FunctionFile: "URL",
  LearnMoreUrl: "URL",
  Runtime: "URL",
  Label: "short string",
  Title: "short string",
  Namespace: "short string",
  Description: "long string",
};

/** The resources declared under VersionOverrides/Resources, as a map id -> [{ kind, el, value }]. */
function collectResources(root) {
  const resources = new Map();
  const problems = [];
  const block = descend(root, "VersionOverrides", "Resources");
  for (const [collection, kind] of Object.entries(KINDS)) {
    for (const el of childrenOf(childrenOf(block, collection)[0])) {
      const id = attrOf(el, "id");
      if (id === undefined || id === "") {
        problems.push(problemAt("resources", el, `${labelOf(el)} in <bt:${collection}> needs an id`));
        continue;
      }
      if (id.length > MAX_ID) {
        problems.push(
          problemAt("resources", el, `${labelOf(el)}: id is ${id.length} characters; the limit is ${MAX_ID}`),
        );
      }
      const entries = resources.get(id) ?? [];
      const twin = entries.find((e) => e.kind === kind);
      if (twin) {
        problems.push(
          problemAt("resources", el, `${labelOf(el)}: id "${id}" is already used at line ${twin.el.line}`),
        );
        continue;
      }
      resources.set(id, [...entries, { kind, el, value: attrOf(el, "DefaultValue") }]);
    }
  }
  return { resources, problems };
}

const expectedKind = (el) => {
  if (el.ns === NS.bt && el.local === "Image" && el.parent && el.parent.local === "Icon") return "image";
  if (el.ns === NS.ov) return NEEDS[el.local];
  return undefined;
};

/** Rule: each resid resolves to a resource of the kind its element needs. */
function checkResources(doc) {
  const { resources, problems } = collectResources(doc.root);
  for (const el of allElements(doc.root)) {
    const resid = attrOf(el, "resid");
    const kind = expectedKind(el);
    if (resid === undefined) {
      if (kind !== undefined)
        problems.push(problemAt("resources", el, `${labelOf(el)} needs a resid naming a ${kind} resource`));
      continue;
    }
    if (resid.length === 0 || resid.length > MAX_ID) {
      problems.push(
        problemAt(
          "resources",
          el,
          `${labelOf(el)}: resid must be 1 to ${MAX_ID} characters, found "${resid}"`,
        ),
      );
      continue;
    }
    const targets = resources.get(resid) ?? [];
    const target = targets[0];
    if (!target) {
      problems.push(
        problemAt(
          "resources",
          el,
          `${labelOf(el)}: resid "${resid}" does not match any resource under <Resources>`,
        ),
      );
    } else if (kind !== undefined && !targets.some((t) => t.kind === kind)) {
      problems.push(
        problemAt(
          "resources",
          el,
          `${labelOf(el)}: resid "${resid}" names a ${target.kind} resource (line ${target.el.line}), but this element needs a ${kind}`,
        ),
      );
    }
  }
  return problems;
}

/** The resource `id` of the given kind, or undefined. */
function findResource(resources, id, kind) {
  return (resources.get(id) ?? []).find((r) => r.kind === kind);
}

module.exports = { checkResources, collectResources, findResource };
