// Entry for `npm run bench`: runs core-parse.ts (amount and date parsing throughput) via the TS require hook.
require("./register-ts");
require("./core-parse.ts");
