#!/usr/bin/env node
// `bo`, the Back Office Toolkit command line. Runs the TypeScript sources directly (transpiled on load),
// so it works right after `npm install` without a build step.
require("../scripts/bench/register-ts.js");
require("../src/cli/bo.ts");
