/** Locates a peer suite (acceptance oracles kept outside the repository) and says so when it is absent. */
import * as fs from "node:fs";
import * as path from "node:path";

export function peerSuiteDir(name: string): string | null {
  const dir = path.resolve(__dirname, "../../..", "../shared/peer-suites", name);
  return fs.existsSync(dir) ? dir : null;
}

/** Registers `body` when the suite is present; otherwise one test that prints why nothing ran. */
export function withPeerSuite(name: string, body: (dir: string) => void): void {
  const dir = peerSuiteDir(name);
  if (dir) body(dir);
  else
    it(`peer suite ${name} is not available`, () => {
      console.warn(`Peer suite ../shared/peer-suites/${name} not found; its acceptance checks did not run.`);
    });
}

/** Frictionless-style structure findings (rowNumber, fieldNumber, type) of a header row plus records. */
export function structureFindings(
  rows: readonly (readonly (string | null)[])[],
): [number | null, number | null, string][] {
  const out: [number | null, number | null, string][] = [];
  const header = rows[0] ?? [];
  const seen = new Set<string>();
  header.forEach((h, i) => {
    const label = (h ?? "").trim();
    if (label === "") out.push([null, i + 1, "blank-label"]);
    else if (seen.has(label)) out.push([null, i + 1, "duplicate-label"]);
    seen.add(label);
  });
  rows.slice(1).forEach((r, k) => {
    const rowNumber = k + 2;
    if (r.every((v) => v === null || v.trim() === "")) {
      out.push([rowNumber, null, "blank-row"]);
      return;
    }
    for (let j = r.length; j < header.length; j++) out.push([rowNumber, j + 1, "missing-cell"]);
    for (let j = header.length; j < r.length; j++) out.push([rowNumber, j + 1, "extra-cell"]);
  });
  return out;
}
