/* Ribbon icons: each icon list offers the 16, 32 and 80 px images Office requires, sizes are ones Office knows,
   and, when the caller can read the project's files, each icon the dev server would serve exists as a PNG of
   the size the manifest declares. */
"use strict";

const { NS, childrenOf, attrOf, allElements, labelOf, problemAt } = require("../tree");
const { collectResources, findResource } = require("./resources");

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const REQUIRED = [16, 32, 80];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes) {
  if (!bytes || bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (bytes.toString("latin1", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkFile(el, url, size, context) {
  const base = context.devBaseUrl;
  if (!context.readAsset || !base || !url || !url.startsWith(base)) return [];
  const file = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]);
  const found = pngSize(context.readAsset(file));
  if (!found) return [problemAt("icons", el, `${labelOf(el)}: ${file} is missing or not a PNG file`)];
  if (size !== undefined && (found.width !== size || found.height !== size)) {
    return [
      problemAt(
        "icons",
        el,
        `${labelOf(el)}: ${file} is ${found.width}x${found.height} px but is used at ${size} px`,
      ),
    ];
  }
  return [];
}

/** Rule: icon lists complete, sizes known, icon files present with matching dimensions. */
function checkIcons(doc, context) {
  const problems = [];
  const { resources } = collectResources(doc.root);
  for (const list of allElements(doc.root).filter((e) => e.ns === NS.ov && e.local === "Icon")) {
    const images = childrenOf(list, "Image");
    const sizes = images.map((img) => Number(attrOf(img, "size")));
    for (const need of REQUIRED) {
      if (!sizes.includes(need)) {
        problems.push(
          problemAt(
            "icons",
            list,
            `${labelOf(list)} inside ${labelOf(list.parent)} lacks the required ${need} px <bt:Image>`,
          ),
        );
      }
    }
    images.forEach((img, i) => {
      const size = sizes[i];
      if (!SIZES.includes(size)) {
        problems.push(
          problemAt(
            "icons",
            img,
            `${labelOf(img)}: size "${attrOf(img, "size")}" must be one of ${SIZES.join(", ")}`,
          ),
        );
        return;
      }
      const resource = findResource(resources, attrOf(img, "resid") ?? "", "image");
      if (resource) problems.push(...checkFile(resource.el, resource.value, size, context));
    });
  }
  for (const local of ["IconUrl", "HighResolutionIconUrl"]) {
    const el = doc.root.children.find((c) => c.local === local && c.ns === NS.app);
    if (el) problems.push(...checkFile(el, attrOf(el, "DefaultValue"), undefined, context));
  }
  return dedupe(problems);
}

// One image resource can be referenced by several icon lists; report each defect once.
const dedupe = (problems) => {
  const seen = new Set();
  return problems.filter((p) => {
    const key = `${p.line}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

module.exports = { checkIcons, pngSize };
