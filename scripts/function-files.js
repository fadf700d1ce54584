/* The files whose JSDoc @customfunction tags become functions.json. One file per family of functions. */
module.exports.functionFiles = [
  "./src/functions/amount.ts",
  "./src/functions/reconcile.ts",
  "./src/functions/validate.ts",
];
