/* Draws the add-in's icon at any size: a ledger (three ruled lines) with a check mark, in white on a rounded
   square of Fluent's brand blue. Shapes are signed-distance fields, so edges are anti-aliased; horizontal
   strokes snap to the pixel grid so the 16 px icon stays crisp. Only + - * / and sqrt: identical output
   on every machine. */
"use strict";

const BLUE = [0x0f, 0x6c, 0xbd]; // Fluent UI v9 brand background (colorBrandBackground)
const WHITE = [0xff, 0xff, 0xff];

const clamp01 = (v) => (v < 0 ? 0 : v > 1 ? 1 : v);

/** Signed distance from (px, py) to a rounded rectangle (negative inside). */
function roundedRectDistance(px, py, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - r);
  const ox = Math.max(qx, 0);
  const oy = Math.max(qy, 0);
  return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance from (px, py) to the segment a-b. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = clamp01(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return Math.sqrt(ex * ex + ey * ey);
}

// Lays the glyph out in pixels for one size: strokes a whole number of pixels wide, ruled lines and the
// square's edges on the pixel grid. The check mark is drawn a little heavier so it reads at 16 px.
function layout(size) {
  const stroke = Math.max(1, Math.round(size * 0.085));
  const snap = (unit) => {
    const centre = unit * size;
    return stroke % 2 === 1 ? Math.floor(centre) + 0.5 : Math.round(centre);
  };
  const inset = Math.max(1, Math.round(size * 0.04));
  const left = 0.25 * size;
  return {
    box: { x0: inset, y0: inset, x1: size - inset, y1: size - inset, r: size * 0.2 },
    stroke,
    checkStroke: Math.max(1.5, stroke * 1.15),
    lines: [
      { y: snap(0.27), x0: left, x1: 0.75 * size },
      { y: snap(0.43), x0: left, x1: 0.62 * size },
      { y: snap(0.59), x0: left, x1: 0.37 * size },
    ],
    // At 16 px the check is hinted by hand: 45-degree arms through pixel centres stay sharp.
    check:
      size === 16
        ? [
            [8.5, 10.5],
            [10.5, 12.5],
            [13.5, 9.5],
          ]
        : [
            [0.5 * size, 0.67 * size],
            [0.61 * size, 0.78 * size],
            [0.8 * size, 0.53 * size],
          ],
  };
}

/** Straight-alpha RGBA pixels (size x size x 4) of the icon. */
function drawGlyph(size) {
  const g = layout(size);
  const half = g.stroke / 2;
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const boxCover = clamp01(
        0.5 - roundedRectDistance(px, py, g.box.x0, g.box.y0, g.box.x1, g.box.y1, g.box.r),
      );
      let lines = Infinity;
      for (const line of g.lines)
        lines = Math.min(lines, segmentDistance(px, py, line.x0, line.y, line.x1, line.y));
      const [a, b, c] = g.check;
      const check = Math.min(
        segmentDistance(px, py, a[0], a[1], b[0], b[1]),
        segmentDistance(px, py, b[0], b[1], c[0], c[1]),
      );
      const ink = Math.max(clamp01(0.5 - (lines - half)), clamp01(0.5 - (check - g.checkStroke / 2)));
      const inkCover = ink * boxCover;
      // Premultiplied "over": white ink on the blue square.
      const alpha = boxCover;
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) {
        const premultiplied = WHITE[k] * inkCover + BLUE[k] * (boxCover - inkCover);
        pixels[i + k] = alpha > 0 ? Math.round(premultiplied / alpha) : 0;
      }
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

module.exports = { drawGlyph, roundedRectDistance, segmentDistance };
