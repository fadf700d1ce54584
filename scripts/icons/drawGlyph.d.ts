/* Types for drawGlyph.js: the icon rasteriser. */
export function drawGlyph(size: number): Uint8Array;
export function roundedRectDistance(
  px: number,
  py: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
): number;
export function segmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number;
