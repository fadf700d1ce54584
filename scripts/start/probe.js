/* Looks at the machine for `npm start`: is office-addin-debugging installed, is Excel desktop present?
   Each probe is quick, never prompts and answers false when it cannot tell. */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

/** The path of an installed package's file, or undefined (optional dependencies may be absent). */
function resolvePackageFile(request) {
  try {
    return require.resolve(request);
  } catch {
    return undefined;
  }
}

/** The office-addin-debugging command line script, when the optional dependency is installed. */
function findOfficeAddinDebugging() {
  const pkgFile = resolvePackageFile("office-addin-debugging/package.json");
  if (!pkgFile) return undefined;
  const pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin && pkg.bin["office-addin-debugging"];
  return bin ? path.resolve(path.dirname(pkgFile), bin) : undefined;
}

/** Where Excel desktop usually lives; the first that exists counts. */
function excelCandidates(platform, env) {
  if (platform === "darwin") {
    return [
      "/Applications/Microsoft Excel.app",
      path.join(env.HOME ?? "", "Applications", "Microsoft Excel.app"),
    ];
  }
  if (platform === "win32") {
    const roots = [env.ProgramFiles, env["ProgramFiles(x86)"], env.ProgramW6432].filter(Boolean);
    return roots.flatMap((root) =>
      ["root\\Office16", "Office16", "root\\Office15", "Office15"].map((dir) =>
        path.win32.join(root, "Microsoft Office", dir, "EXCEL.EXE"),
      ),
    );
  }
  return [];
}

/** True when Excel desktop seems installed (Windows also asks the App Paths registry key). */
function findExcel(platform = process.platform, env = process.env) {
  if (excelCandidates(platform, env).some((file) => fs.existsSync(file))) return true;
  if (platform !== "win32") return false;
  const query = spawnSync(
    "reg",
    ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe"],
    {
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5000,
      windowsHide: true,
    },
  );
  return query.status === 0;
}

module.exports = { findOfficeAddinDebugging, findExcel, excelCandidates, resolvePackageFile };
