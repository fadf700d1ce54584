/* Reading helpers over the parsed manifest tree: the manifest namespaces, child lookup, attributes and the
   element labels every problem message uses, so each rule names elements the same way. */
"use strict";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** Child elements of `el`, optionally only those with local name `local` (any namespace). */
function childrenOf(el, local) {
  if (!el) return [];
  return local === undefined ? el.children : el.children.filter((c) => c.local === local);
}

/** The first child element with local name `local`, or undefined. */
function childOf(el, local) {
  return childrenOf(el, local)[0];
}

/** Follows a chain of local names from `el` (first match at each step). */
function descend(el, ...locals) {
  let at = el;
  for (const local of locals) at = childOf(at, local);
  return at;
}

/** The value of the attribute with local name `local` in namespace `ns` ("" for unprefixed), or undefined. */
function attrOf(el, local, ns = "") {
  const found = el ? el.attributes.find((a) => a.local === local && a.ns === ns) : undefined;
  return found ? found.value : undefined;
}

/** The xsi:type of an element without its prefix (e.g. "Workbook"), or undefined. */
function typeOf(el) {
  const value = attrOf(el, "type", NS.xsi);
  return value === undefined ? undefined : value.slice(value.indexOf(":") + 1);
}

/** Every element of the tree in document order. */
function allElements(root) {
  const out = [];
  const visit = (el) => {
    out.push(el);
    el.children.forEach(visit);
  };
  if (root) visit(root);
  return out;
}

/** How problems name an element: its tag as written, with xsi:type or id when that tells it apart. */
function labelOf(el) {
  const type = attrOf(el, "type", NS.xsi);
  const id = attrOf(el, "id");
  const extra = type !== undefined ? ` xsi:type="${type}"` : id !== undefined ? ` id="${id}"` : "";
  return `<${el.name}${extra}>`;
}

/** Slash-separated local names from the root, e.g. OfficeApp/VersionOverrides/Resources. */
function pathOf(el) {
  const parts = [];
  for (let at = el; at; at = at.parent) parts.unshift(at.local);
  return parts.join("/");
}

/** A problem found in the manifest, located at an element. */
function problemAt(rule, el, message, line) {
  return { rule, element: labelOf(el), path: pathOf(el), line: line ?? el.line, message };
}

module.exports = {
  NS,
  childrenOf,
  childOf,
  descend,
  attrOf,
  typeOf,
  allElements,
  labelOf,
  pathOf,
  problemAt,
};
