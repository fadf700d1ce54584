/** Three projects: unit (node), dom (jsdom, React), e2e (built bundle in headless Chromium). */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      jsx: "react-jsx",
      module: "commonjs",
      moduleResolution: "node",
      isolatedModules: true,
      sourceMap: true,
    },
  },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

module.exports = {
  // Property and fault suites do real work; on a loaded 2-core machine 5 s is too tight.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: [
        "<rootDir>/src/**/*.test.ts",
        "<rootDir>/test/{unit,integration,contract,functions,cli,peer}/**/*.test.ts",
      ],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/src/**/*.test.tsx", "<rootDir>/test/dom/**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/dom/setup.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/e2e/support/timeout.ts"],
    },
  ],
};
