/** Saving a workbook file never leaves a file half-written, and knows when two paths are one file. */
import * as fs from "node:fs";
import * as path from "node:path";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { loadWorkbookFile, sameFile, saveWorkbookFile } from "../../../src/workbook/memory/node";
import { tempDir } from "../../support/cliRun";

function book(value: string): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.putRows("Data", 1, 0, [["Key"], [value]]);
  return wb;
}

describe("saveWorkbookFile", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const leftovers = () => fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"));

  it("replaces a file that is there whole, leaving nothing else behind", async () => {
    const file = path.join(dir, "out.xlsx");
    await saveWorkbookFile(book("first"), file);
    await saveWorkbookFile(book("second"), file);
    const again = await loadWorkbookFile(file);
    expect(again.sheet("Data")?.value(2, 0)).toBe("second");
    expect(leftovers()).toEqual([]);
  });

  it("fails without touching what is at the path and without leaving its temporary file", async () => {
    const target = path.join(dir, "folder.xlsx");
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, "inside.txt"), "kept");
    await expect(saveWorkbookFile(book("x"), target)).rejects.toThrow();
    expect(fs.readFileSync(path.join(target, "inside.txt"), "utf8")).toBe("kept");
    expect(leftovers()).toEqual([]);
  });

  it("leaves a temporary file of the same name that it did not make", async () => {
    const file = path.join(dir, "busy.xlsx");
    const temp = path.join(dir, `.busy.xlsx.${process.pid}.tmp`);
    fs.writeFileSync(temp, "not ours");
    await expect(saveWorkbookFile(book("x"), file)).rejects.toThrow(/EEXIST/);
    expect(fs.readFileSync(temp, "utf8")).toBe("not ours");
    expect(fs.existsSync(file)).toBe(false);
    fs.rmSync(temp);
  });
});

describe("sameFile", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("tells one file under several names from two files", async () => {
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.xlsx");
    fs.writeFileSync(a, "a");
    fs.writeFileSync(b, "b");
    fs.linkSync(a, path.join(dir, "a-link.xlsx"));
    expect(await sameFile(a, path.join(dir, ".", "a.xlsx"))).toBe(true);
    expect(await sameFile(a, path.join(dir, "a-link.xlsx"))).toBe(true);
    expect(await sameFile(a, b)).toBe(false);
    expect(await sameFile(a, path.join(dir, "missing.xlsx"))).toBe(false);
  });
});
