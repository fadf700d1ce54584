/* String length limits from the schema: ShortString 1-125 characters, LongString 1-250 (names, descriptions,
   string resources, control ids). Office truncates or rejects longer values. */
"use strict";

const { NS, childrenOf, attrOf, allElements, labelOf, problemAt } = require("../tree");

const SHORT = 125;
const LONG = 250;

const lengthOf = (s) => [...s].length;

// [test, where the value lives, limit]
const LIMITS = [
  [(el) => el.ns === NS.app && el.local === "ProviderName", "text", SHORT],
  [(el) => el.ns === NS.app && el.local === "DisplayName", "DefaultValue", SHORT],
  [(el) => el.ns === NS.app && el.local === "Description", "DefaultValue", LONG],
  [(el) => el.ns === NS.app && el.local === "AppDomain", "text", LONG],
  [
    (el) => el.ns === NS.bt && el.local === "String" && el.parent?.local === "ShortStrings",
    "DefaultValue",
    SHORT,
  ],
  [
    (el) => el.ns === NS.bt && el.local === "String" && el.parent?.local === "LongStrings",
    "DefaultValue",
    LONG,
  ],
  [(el) => el.ns === NS.ov && ["OfficeTab", "CustomTab", "Group", "Control"].includes(el.local), "id", SHORT],
  [(el) => el.ns === NS.ov && el.local === "TaskpaneId", "text", SHORT],
  [(el) => el.ns === NS.ov && el.local === "FunctionName", "text", LONG],
  [(el) => el.local === "Set" && el.parent?.local === "Sets", "Name", SHORT],
];

/** Rule: every limited string is 1 to N characters, locale overrides included. */
function checkLimits(doc) {
  const problems = [];
  const measure = (el, what, value, limit) => {
    if (value === undefined) {
      if (what !== "text") problems.push(problemAt("limits", el, `${labelOf(el)} needs a ${what} attribute`));
      return;
    }
    const n = lengthOf(what === "text" ? value.trim() : value);
    if (n === 0) problems.push(problemAt("limits", el, `${labelOf(el)}: ${what} must not be empty`));
    else if (n > limit) {
      problems.push(
        problemAt("limits", el, `${labelOf(el)}: ${what} is ${n} characters; the limit is ${limit}`),
      );
    }
  };
  for (const el of allElements(doc.root)) {
    const limit = LIMITS.find(([test]) => test(el));
    if (!limit) continue;
    const [, where, max] = limit;
    measure(el, where, where === "text" ? el.text : attrOf(el, where), max);
    if (where === "DefaultValue") {
      for (const override of childrenOf(el, "Override")) {
        measure(override, `Value for ${attrOf(override, "Locale") ?? "?"}`, attrOf(override, "Value"), max);
      }
    }
  }
  return problems;
}

module.exports = { checkLimits, SHORT, LONG };
