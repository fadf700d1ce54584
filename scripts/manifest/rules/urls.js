/* Every URL the manifest declares is absolute https and within the schema's 2,048 characters: Office refuses
   to load add-in pages, icons or scripts over plain http. */
"use strict";

const { NS, childrenOf, attrOf, allElements, labelOf, problemAt } = require("../tree");

const MAX_URL = 2048;

// Elements whose DefaultValue (and Override Value) is a URL.
const isUrlSetting = (el) =>
  (el.ns === NS.app &&
    (["IconUrl", "HighResolutionIconUrl", "SupportUrl"].includes(el.local) ||
      (el.local === "SourceLocation" && el.parent && el.parent.local === "DefaultSettings"))) ||
  (el.ns === NS.bt &&
    ["Image", "Url"].includes(el.local) &&
    el.parent &&
    ["Images", "Urls"].includes(el.parent.local));

/** Why `value` is not an acceptable manifest URL, or undefined when it is. */
function urlDefect(value) {
  if (value.length === 0) return "is empty";
  if ([...value].length > MAX_URL) return `is ${[...value].length} characters; the limit is ${MAX_URL}`;
  let url;
  try {
    url = new URL(value);
  } catch {
    return "is not an absolute URL";
  }
  if (url.protocol !== "https:") return `must use https, not ${url.protocol.replace(":", "")}`;
  return undefined;
}

/** Rule: URL settings, their locale overrides and app domains are https. */
function checkUrls(doc) {
  const problems = [];
  const report = (el, what, value, line) => {
    const defect = urlDefect(value);
    if (defect) problems.push(problemAt("urls", el, `${labelOf(el)}: ${what} "${value}" ${defect}`, line));
  };
  for (const el of allElements(doc.root)) {
    if (isUrlSetting(el)) {
      const value = attrOf(el, "DefaultValue");
      if (value === undefined)
        problems.push(problemAt("urls", el, `${labelOf(el)} needs a DefaultValue URL`));
      else report(el, "DefaultValue", value);
      for (const override of childrenOf(el, "Override")) {
        report(override, `Value for ${attrOf(override, "Locale") ?? "?"}`, attrOf(override, "Value") ?? "");
      }
    } else if (el.ns === NS.app && el.local === "AppDomain") {
      report(el, "domain", el.text.trim());
    }
  }
  return problems;
}

module.exports = { checkUrls, urlDefect };
