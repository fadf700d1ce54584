// Lint: TypeScript and React rules, plus the layer arrows of DESIGN.md (imports point down only).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const upper = (...layers) =>
  layers.flatMap((l) => [
    `../${l}`,
    `../${l}/*`,
    `../../${l}`,
    `../../${l}/*`,
    `../../../${l}`,
    `../../../${l}/*`,
    `**/${l}/**`,
  ]);

const layer = (files, patterns, message, ignores = []) => ({
  files,
  ignores: ["**/*.test.ts", "**/*.test.tsx", ...ignores],
  rules: { "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "bench-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
      eqeqeq: ["error", "always"],
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "19" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      ...reactHooks.configs.recommended.rules,
      "react/no-danger": "error",
      "react/prop-types": "off",
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "document", property: "write", message: "Render text with React only." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: "Cell text must render as text: no innerHTML.",
        },
      ],
    },
  },
  // core: pure. No Office, DOM, Node, React or upper layers; time and randomness are parameters.
  {
    ...layer(
      ["src/core/**/*.ts"],
      [
        ...upper("workbook", "services", "functions", "taskpane", "commands", "cli"),
        "react",
        "react-dom",
        "@fluentui/*",
        "exceljs",
        "node:*",
        "fs",
        "path",
        "office-addin-*",
      ],
      "src/core is pure: it imports nothing from the layers above, Office, the DOM or Node.",
    ),
  },
  {
    files: ["src/core/**/*.ts"],
    ignores: ["**/*.test.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "CustomFunctions",
        "window",
        "document",
        "process",
        "fetch",
        "XMLHttpRequest",
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Pass 'asOf' in; core never reads the clock." },
        { object: "Math", property: "random", message: "Pass a seeded generator in; core is deterministic." },
      ],
    },
  },
  layer(
    ["src/workbook/**/*.ts"],
    [...upper("services", "functions", "taskpane", "commands", "cli"), "react", "@fluentui/*"],
    "src/workbook sits under services: it imports only core.",
  ),
  layer(
    ["src/services/**/*.ts"],
    [
      ...upper("functions", "taskpane", "commands", "cli"),
      "react",
      "@fluentui/*",
      "**/workbook/office/*",
      "**/workbook/office",
    ],
    "src/services use the WorkbookPort, not a particular implementation.",
  ),
  layer(
    ["src/functions/**/*.ts"],
    [...upper("workbook", "services", "taskpane", "commands", "cli"), "react", "@fluentui/*", "exceljs"],
    "Custom functions are thin wrappers over core: they never write to the workbook.",
    // index.ts is the bundle's composition root: it hands the functions Excel's read-only date-system probe.
    ["src/functions/index.ts"],
  ),
  layer(
    ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ["**/workbook/office", "**/workbook/office/*", "**/functions/*", "**/cli/*", "exceljs"],
    "The task pane reaches Excel only through services given by context.",
    // boot/ is the composition root: it picks the Excel or the demo workbook and hands services down.
    ["src/taskpane/boot/**"],
  ),
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ignores: ["src/taskpane/index.tsx", "src/taskpane/boot/**", "**/*.test.tsx"],
    rules: { "no-restricted-globals": ["error", "Excel"] },
  },
  { files: ["**/*.js", "**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { files: ["scripts/**", "bin/**", "test/**", "src/cli/**"], rules: { "no-console": "off" } },
  // Tests patch and load modules at run time (tripwires on Node's network modules, built bundles).
  { files: ["test/**"], rules: { "@typescript-eslint/no-require-imports": "off" } },
);
