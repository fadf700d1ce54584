/** The user guide's rules example is valid as written, so users can start from it. */
import * as fs from "fs";
import * as path from "path";
import { parseReconcileConfig } from "../../core/reconcile";

const GUIDE = path.resolve(__dirname, "../../../docs/reconciliation-guide.md");

describe("docs/reconciliation-guide.md", () => {
  it("has a rules JSON example the engine accepts", () => {
    const text = fs.readFileSync(GUIDE, "utf8");
    const block = /```json\n([\s\S]*?)\n```/.exec(text)?.[1];
    expect(block).toBeDefined();
    const parsed = parseReconcileConfig(block ?? "");
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (parsed.ok)
      expect(parsed.config.rules?.map((r) => r.id)).toEqual(["exact", "reference", "fees", "split"]);
  });
});
