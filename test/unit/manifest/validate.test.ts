/* The manifest validator: the real manifest passes both checks; every broken fixture is caught by the
   project's own checker (with or without xmllint) and the message names the defective element. */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { checkManifest, formatProblem, type ManifestContext } from "../../../scripts/manifest/check";
import { runSchemaCheck } from "../../../scripts/manifest/schema";

const REPO = path.resolve(__dirname, "..", "..", "..");
const FIXTURES = path.join(REPO, "test", "fixtures", "manifest");
const SCHEMA_DIR = path.resolve(REPO, "..", "shared", "manifest-schema");
const VALIDATE = path.join(REPO, "scripts", "validate-manifest.js");

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");
const context: ManifestContext = {
  expectedNamespace: "BO",
  devBaseUrl: "https://localhost:3000/",
  readAsset: (relative) => {
    const file = path.join(REPO, relative);
    return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  },
};
const runValidate = (...args: string[]) =>
  spawnSync(process.execPath, [VALIDATE, ...args], {
    cwd: REPO,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

const schemaAvailable =
  fs.existsSync(path.join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd")) &&
  !spawnSync("xmllint", ["--version"]).error;

// Each broken fixture: the element its problems must name, and whether the official schema also rejects it.
const BROKEN: Array<{ file: string; names: RegExp; rule: string; schemaRejects: boolean }> = [
  { file: "wrong-order.xml", names: /<Id>|<Version>/, rule: "order", schemaRejects: true },
  { file: "resources-order.xml", names: /<bt:Images>/, rule: "order", schemaRejects: true },
  {
    file: "dangling-resid.xml",
    names: /<Label>.*"BackOffice\.Group\.Title"/,
    rule: "resources",
    schemaRejects: false,
  },
  {
    file: "wrong-resource-kind.xml",
    names: /<Label>.*names a URL resource/,
    rule: "resources",
    schemaRejects: false,
  },
  { file: "three-part-version.xml", names: /<Version>.*four/, rule: "basics", schemaRejects: false },
  {
    file: "http-url.xml",
    names: /<bt:Url id="Functions\.Script\.Url">.*https/,
    rule: "urls",
    schemaRejects: false,
  },
  {
    file: "mismatched-function-file.xml",
    names: /<FunctionFile>.*Taskpane\.Url/,
    rule: "shared-runtime",
    schemaRejects: false,
  },
  {
    file: "mismatched-page.xml",
    names: /<SourceLocation> \(custom functions page\)/,
    rule: "shared-runtime",
    schemaRejects: false,
  },
  {
    file: "short-lifetime.xml",
    names: /<Runtime>.*lifetime="long"/,
    rule: "shared-runtime",
    schemaRejects: false,
  },
  {
    file: "no-shared-runtime-set.xml",
    names: /<Requirements>.*SharedRuntime/,
    rule: "shared-runtime",
    schemaRejects: false,
  },
  { file: "taskpane-id.xml", names: /<TaskpaneId>/, rule: "shared-runtime", schemaRejects: false },
  { file: "bad-guid.xml", names: /<Id>.*GUID/, rule: "basics", schemaRejects: true },
  {
    file: "long-display-name.xml",
    names: /<DisplayName>.*139 characters.*125/,
    rule: "limits",
    schemaRejects: true,
  },
  {
    file: "long-tooltip.xml",
    names: /<bt:String id="OpenTaskpane\.Tooltip">.*250/,
    rule: "limits",
    schemaRejects: true,
  },
  { file: "wrong-namespace.xml", names: /<Namespace>.*"BOT".*"BO"/, rule: "functions", schemaRejects: false },
  { file: "missing-icon-size.xml", names: /<Icon>.*80 px/, rule: "icons", schemaRejects: false },
  { file: "malformed.xml", names: /<\/Control> does not close <Supertip>/, rule: "xml", schemaRejects: true },
];

describe("the real manifest", () => {
  test("passes the project's own checks, icons and namespace included", () => {
    const problems = checkManifest(fs.readFileSync(path.join(REPO, "manifest.xml"), "utf8"), context);
    expect(problems.map((p) => formatProblem(p, "manifest.xml"))).toEqual([]);
  });

  test("the valid fixture (the manifest without its header comment) passes too", () => {
    expect(checkManifest(fixture("valid.xml"), context)).toEqual([]);
  });

  test("npm run validate exits 0 and says which steps ran", () => {
    const run = runValidate("manifest.xml", "--functions", path.join(FIXTURES, "functions-valid.json"));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/manifest\.xml: valid/);
    expect(run.stdout).toMatch(/functions: checked .*functions-valid\.json/);
    expect(run.stdout).toMatch(/schema: valid|schema check skipped/);
  });

  if (schemaAvailable) {
    test("is valid against the official schema (xmllint)", () => {
      const result = runSchemaCheck(path.join(REPO, "manifest.xml"), SCHEMA_DIR);
      expect(result.problems).toEqual([]);
      expect(result.status).toBe("valid");
    });
  } else {
    test("official schema step (not run here)", () => {
      console.warn(`Schema check not run: ${SCHEMA_DIR} or xmllint is absent on this machine.`);
    });
  }
});

describe.each(BROKEN)("broken manifest $file", ({ file, names, rule, schemaRejects }) => {
  test(`the own checker reports it (${rule}) naming the element`, () => {
    const problems = checkManifest(fixture(file), context);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.rule === rule)).toBe(true);
    expect(problems.some((p) => names.test(formatProblem(p, file)))).toBe(true);
    for (const p of problems) expect(formatProblem(p, file)).toMatch(/<[A-Za-z:/]/);
  });

  test("the command line exits 1 and prints the element without xmllint", () => {
    const run = runValidate(path.join(FIXTURES, file), "--root", REPO, "--no-schema");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(names);
    expect(run.stderr).toMatch(/problem\(s\) found/);
  });

  if (schemaAvailable && file !== "malformed.xml") {
    test(`the official schema ${schemaRejects ? "rejects it too" : "accepts it, so only our checker catches it"}`, () => {
      expect(runSchemaCheck(path.join(FIXTURES, file), SCHEMA_DIR).status).toBe(
        schemaRejects ? "invalid" : "valid",
      );
    });
  }
});

describe("schema step", () => {
  test("is skipped with a notice when the schema folder is absent", () => {
    const result = runSchemaCheck(path.join(REPO, "manifest.xml"), path.join(FIXTURES, "no-such-folder"));
    expect(result.status).toBe("skipped");
    expect(result.note).toMatch(/schema check skipped: .*not found/);
  });

  test("is skipped with a notice when xmllint is absent", () => {
    if (!fs.existsSync(path.join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd"))) {
      console.warn(`Not run: ${SCHEMA_DIR} is absent.`);
      return;
    }
    const result = runSchemaCheck(path.join(REPO, "manifest.xml"), SCHEMA_DIR, "xmllint-that-does-not-exist");
    expect(result.status).toBe("skipped");
    expect(result.note).toMatch(/xmllint is not installed/);
  });

  if (schemaAvailable) {
    test("names the element xmllint rejects", () => {
      const result = runSchemaCheck(path.join(FIXTURES, "wrong-order.xml"), SCHEMA_DIR);
      expect(result.problems[0]).toMatchObject({ rule: "schema", element: "<Version>", line: 7 });
      expect(result.problems[0]?.message).toMatch(/<Version> fails the official schema: .*not expected/);
    });
  }
});

describe("functions.json against the namespace", () => {
  const manifest = fs.readFileSync(path.join(REPO, "manifest.xml"), "utf8");
  const withFunctions = (name: string) =>
    checkManifest(manifest, { ...context, functionsMetadata: { file: name, text: fixture(name) } });

  test("valid ids and names pass", () => {
    expect(withFunctions("functions-valid.json")).toEqual([]);
  });

  test("bad ids, a repeated namespace, a cell-reference name and a duplicate are each reported", () => {
    const messages = withFunctions("functions-bad.json").map((p) => `${p.element}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^functions\[0\] \(id "amount"\): id "amount" must .*A-Z/),
      expect.stringMatching(
        /^functions\[1\] .*name "BO\.TOTAL" repeats the namespace: Excel shows it as BO\.BO\.TOTAL/,
      ),
      expect.stringMatching(/^functions\[2\] .*name "ABC1" reads as a cell reference/),
      expect.stringMatching(/^functions\[3\] .*id "AMOUNT" is already used by functions\[0\]/),
    ]);
  });

  test("JSON that does not parse is reported, not thrown", () => {
    const problems = checkManifest(manifest, {
      ...context,
      functionsMetadata: { file: "f.json", text: "{ nope" },
    });
    expect(problems).toEqual([
      expect.objectContaining({ rule: "functions", message: expect.stringMatching(/not valid JSON/) }),
    ]);
  });

  test("a missing package.json namespace means the manifest's value is not compared", () => {
    const problems = checkManifest(fixture("wrong-namespace.xml"), {
      ...context,
      expectedNamespace: undefined,
    });
    expect(problems).toEqual([]);
  });

  test("the command line reads --functions and fails on bad ids", () => {
    const run = runValidate(
      "manifest.xml",
      "--no-schema",
      "--functions",
      path.join(FIXTURES, "functions-bad.json"),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /functions-bad\.json: functions\[2\] \(id "ABC1"\): name "ABC1" reads as a cell reference/,
    );
  });
});

describe("icons referenced by the manifest", () => {
  test("a missing or wrongly sized icon file is reported at its resource", () => {
    const swapped = checkManifest(fs.readFileSync(path.join(REPO, "manifest.xml"), "utf8"), {
      ...context,
      readAsset: (relative) =>
        relative === "assets/icon-80.png"
          ? fs.readFileSync(path.join(REPO, "assets", "icon-64.png"))
          : context.readAsset?.(relative),
    });
    expect(swapped.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^<bt:Image id="Icon\.80x80">: assets\/icon-80\.png is 64x64 px but is used at 80 px/,
      ),
    ]);
    const missing = checkManifest(fs.readFileSync(path.join(REPO, "manifest.xml"), "utf8"), {
      ...context,
      readAsset: () => undefined,
    });
    expect(missing.map((p) => p.element)).toEqual([
      "<IconUrl>",
      "<HighResolutionIconUrl>",
      '<bt:Image id="Icon.16x16">',
      '<bt:Image id="Icon.32x32">',
      '<bt:Image id="Icon.80x80">',
    ]);
  });
});

describe("command line usage", () => {
  test("an unknown option or a missing file exits 2 with a message", () => {
    const unknown = runValidate("--frobnicate");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --frobnicate/);
    const missing = runValidate(path.join(FIXTURES, "no-such-manifest.xml"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*no-such-manifest\.xml/);
  });
});
