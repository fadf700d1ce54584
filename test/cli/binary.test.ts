/** The installed `bo` binary as a shell runs it: real process, real exit status. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { tempDir } from "../support/cliRun";

const BIN = path.resolve(__dirname, "../../bin/bo.js");

describe("bin/bo.js", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 0 with the tables of a CSV file, and 2 with one line for a missing file", () => {
    const csv = path.join(dir, "items.csv");
    fs.writeFileSync(csv, "SKU,Name\nA-1,Box\n");
    const ok = spawnSync(process.execPath, [BIN, "tables", csv], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe("items\titems!A1:B2\t1 row\tSKU | Name\n");
    const bad = spawnSync(process.execPath, [BIN, "read", path.join(dir, "none.csv")], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("stops quietly with status 0 when its reader stops early (bo … | head)", () => {
    const csv = path.join(dir, "many.csv");
    const rows = Array.from({ length: 20_000 }, (_, i) => `A-${i},Box number ${i} of many`);
    fs.writeFileSync(csv, ["SKU,Name", ...rows, ""].join("\n"));
    const r = spawnSync(
      "bash",
      ["-o", "pipefail", "-c", `"${process.execPath}" "${BIN}" read "${csv}" | head -n 1`],
      {
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")).toHaveLength(2);
    expect(r.status).toBe(0);
  });

  it("prints usage and exits 2 without a command", () => {
    const r = spawnSync(process.execPath, [BIN], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("usage: bo <command>");
  });
});
