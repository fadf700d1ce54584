/* The drawn icons: committed PNGs are exactly what the code draws, they decode to the drawn pixels, and the
   glyph is a white mark on a blue rounded square with transparent corners. */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { renderIcons, SIZES } from "../../../scripts/draw-icons";
import { drawGlyph } from "../../../scripts/icons/drawGlyph";
import { crc32, encodePng } from "../../../scripts/icons/encodePng";

const ASSETS = path.resolve(__dirname, "..", "..", "..", "assets");

/** Decodes the PNGs our encoder writes (8-bit RGBA, one IDAT, filters None or Sub) back to pixels. */
function decodePng(bytes: Buffer): { width: number; height: number; rgba: Uint8Array } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    expect(bytes.readUInt32BE(offset + 8 + length)).toBe(
      crc32(bytes.subarray(offset + 4, offset + 8 + length)),
    );
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    } else if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    expect([0, 1]).toContain(filter);
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = filter === 1 && x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      rgba[y * stride + x] = (value + left) & 0xff;
    }
  }
  return { width, height, rgba };
}

const pixel = (rgba: Uint8Array, size: number, x: number, y: number) => [
  ...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
];

test("crc32 matches the standard check value", () => {
  expect(crc32(Buffer.from("123456789", "latin1"))).toBe(0xcbf43926);
  expect(crc32(Buffer.alloc(0))).toBe(0);
});

test("the committed icons are byte-for-byte what draw-icons.js draws", () => {
  const drawn = renderIcons();
  expect(Object.keys(drawn)).toEqual(SIZES.map((s) => `icon-${s}.png`));
  for (const [name, bytes] of Object.entries(drawn)) {
    expect({ name, same: fs.readFileSync(path.join(ASSETS, name)).equals(bytes) }).toEqual({
      name,
      same: true,
    });
  }
});

test("drawing twice gives identical bytes", () => {
  expect(encodePng(32, 32, drawGlyph(32)).equals(encodePng(32, 32, drawGlyph(32)))).toBe(true);
});

test.each(SIZES)("icon-%i.png decodes to the glyph drawn at that size", (size) => {
  const { width, height, rgba } = decodePng(fs.readFileSync(path.join(ASSETS, `icon-${size}.png`)));
  expect([width, height]).toEqual([size, size]);
  expect(Buffer.from(rgba).equals(Buffer.from(drawGlyph(size)))).toBe(true);
  expect(pixel(rgba, size, 0, 0)[3]).toBe(0); // rounded corner: transparent
  expect(pixel(rgba, size, Math.floor(size * 0.15), Math.floor(size * 0.85))).toEqual([
    0x0f, 0x6c, 0xbd, 255,
  ]); // blue field
  const whites = [];
  for (let i = 0; i < size * size; i++) if (rgba[i * 4] === 255 && rgba[i * 4 + 3] === 255) whites.push(i);
  expect(whites.length).toBeGreaterThan(size * size * 0.08); // the ledger lines and the check are there
});

test("the encoder refuses pixel data of the wrong length", () => {
  expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(/expected 16 bytes of RGBA, got 15/);
});
