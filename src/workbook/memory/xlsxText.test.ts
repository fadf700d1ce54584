/** Text an .xlsx file cannot hold as it is: control characters, and text that reads like their escapes. */
import { MemoryWorkbook } from "./model";
import { loadXlsx, saveXlsx, storedText } from "./xlsx";

describe("storedText", () => {
  it("writes a control character as Excel does, and keeps an escape-like text as written", () => {
    expect(storedText("A\u001bB")).toBe("A_x001B_B");
    expect(storedText("INV_x0041_")).toBe("INV_x005F_x0041_");
    expect(storedText("tab\tand\r\nnew line")).toBe("tab\tand_x000D_\nnew line");
  });
});

describe("saveXlsx and loadXlsx: text that XML cannot hold as it is", () => {
  it.each([
    ["an ESC of a terminal colour code", "\u001b[31mCREDIT TRANSFER\u001b[0m"],
    ["a bell and a form feed", "A\u0007B\u000cC"],
    ["text that reads like an escape", "REF_x0041_ and _x005F_"],
    ["escape-like runs sharing an underscore", "_x005F_x0041_ and _x0041__x0042_"],
    ["tabs and line breaks", "line 1\r\nline 2\tend"],
  ])("reads back %s exactly, in a cell and in a note", async (_name, text) => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S");
    wb.putRows("S", 1, 0, [["Description"], [text]]);
    wb.mustSheet("S").notes.set(0, text);
    const back = await loadXlsx(await saveXlsx(wb));
    expect(back.mustSheet("S").value(2, 0)).toBe(text);
    expect(back.mustSheet("S").notes.get(0)).toBe(text);
  });
});
