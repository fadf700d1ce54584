/**
 * `movement_sign` (warning): with signed quantities a receipt adds stock and an issue removes it; the
 * other sign usually means a wrong type or a lost minus. Adjustments and transfers may go either way.
 */
import type { Issue } from "../../issues";
import { showQuantity, decimalsAt } from "../show";
import { OK, type Check, type ColumnValues } from "../types";

const EXPECTED: Readonly<Record<string, 1 | -1>> = { receipt: 1, issue: -1 };

export const movementSign: Check = (ctx) => {
  const type = ctx.field("type");
  const qty = ctx.field("quantity");
  const qtyIn = ctx.field("qtyIn");
  const qtyOut = ctx.field("qtyOut");
  if (type?.text === undefined || (qty === undefined && qtyIn === undefined && qtyOut === undefined))
    return [];
  const issues: Issue[] = [];
  let checked = 0;
  const value = (cv: ColumnValues | undefined, i: number): number =>
    cv?.num !== undefined && cv.status[i] === OK ? (cv.num[i] as number) : 0;
  const shown = qty ?? qtyIn ?? qtyOut;
  const types = type.text;
  for (let i = 0; i < type.status.length; i++) {
    const t = types[i];
    if (t === null || t === undefined) continue;
    const expected = EXPECTED[t.toLowerCase()];
    if (expected === undefined) continue;
    const x = qty !== undefined ? value(qty, i) : value(qtyIn, i) - value(qtyOut, i);
    if (x === 0) continue;
    checked++;
    if (Math.sign(x) !== expected && shown !== undefined) {
      issues.push(
        shown.issues.at(i, "movement_sign", {
          type: t.toLowerCase(),
          quantity: showQuantity(x, decimalsAt(shown, i)),
          expected: expected > 0 ? "positive" : "negative",
        }),
      );
    }
  }
  return [
    {
      rule: "movement_sign",
      code: "movement_sign",
      column: shown?.col.header,
      checked,
      failed: issues.length,
      issues,
    },
  ];
};
