/** Money values: integer minor units (cents) with their currency, and the rounding rules we allow. */

/**
 * "half-even" (banker's rounding, the default) sends ties to the even neighbour; "half-up" sends ties away
 * from zero, like Excel's ROUND (so -1.005 -> -1.01).
 */
export type Rounding = "half-even" | "half-up";

export interface Money {
  /** A safe integer: cents for USD, yen for JPY, fils for BHD. */
  readonly minor: number;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
}
