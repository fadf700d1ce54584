import { visible } from "./visible";

describe("visible", () => {
  it.each([
    ["Rent March", "Rent March"],
    ["multi\nline\ttab\r", "multi\\nline\\ttab\\r"],
    ["\u001b[31mRED\u001b[0m", "\\u001b[31mRED\\u001b[0m"],
    ["bell\u0007 nul\u0000 del\u007f csi\u009b", "bell\\u0007 nul\\u0000 del\\u007f csi\\u009b"],
    ["invoice \u202egpj.exe", "invoice \\u202egpj.exe"],
    ["Gebühr – 1.234,50 €", "Gebühr – 1.234,50 €"],
  ])("shows %j as %j", (text, shown) => {
    expect(visible(text)).toBe(shown);
  });
});
