import fc from "fast-check";
import type { SideCtx } from "../context";
import { sameIdClusters } from "./duplicates";

describe("sameIdClusters", () => {
  it("finds the same clusters, in the same order, by pairwise comparison as through a Map", () => {
    const group = fc.array(fc.tuple(fc.constantFrom("", "T-1", "T-2", "T-3", "T-4"), fc.boolean()), {
      minLength: 1,
      maxLength: 24,
    });
    fc.assert(
      fc.property(fc.array(group, { maxLength: 8 }), (groups) => {
        const rows = groups.flat();
        const start = new Int32Array(groups.length + 1);
        groups.forEach((g, k) => (start[k + 1] = (start[k] as number) + g.length));
        // Rows laid out in reverse, so positions and rows differ.
        const items = Int32Array.from(rows, (_, p) => rows.length - 1 - p);
        const id = rows.map((_, i) => rows[rows.length - 1 - i]?.[0] as string);
        const confirmedAt = Uint8Array.from(rows, ([, confirmed]) => (confirmed ? 1 : 0));
        const side = { byGroup: { start, items }, rec: { id } } as unknown as Pick<
          SideCtx,
          "byGroup" | "rec"
        >;
        const viaMap = sameIdClusters(side, confirmedAt, 0);
        expect(sameIdClusters(side, confirmedAt, Number.POSITIVE_INFINITY)).toEqual(viaMap);
        expect(sameIdClusters(side, confirmedAt)).toEqual(viaMap);
        // Every cluster shares one id.
        for (const cluster of viaMap) expect(new Set(cluster.map((i) => id[i])).size).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});
