/** Character tests by char code, for the readers that scan text without allocating. */

/** An ASCII digit 0-9. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
