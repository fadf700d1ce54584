#!/usr/bin/env node
/* Draws the add-in icons into assets/ (icon-16/32/64/80/128.png). `--check` writes nothing and exits 1 when
   a committed icon differs from what the code draws. Usage: node scripts/draw-icons.js [--check] */
"use strict";

const fs = require("fs");
const path = require("path");
const { drawGlyph } = require("./icons/drawGlyph");
const { encodePng } = require("./icons/encodePng");

const SIZES = [16, 32, 64, 80, 128];
const ASSETS = path.resolve(__dirname, "..", "assets");

/** The icon files as { "icon-16.png": bytes, ... }. */
function renderIcons() {
  return Object.fromEntries(
    SIZES.map((size) => [`icon-${size}.png`, encodePng(size, size, drawGlyph(size))]),
  );
}

function main(argv) {
  const check = argv.includes("--check");
  const stale = [];
  fs.mkdirSync(ASSETS, { recursive: true });
  for (const [name, bytes] of Object.entries(renderIcons())) {
    const file = path.join(ASSETS, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
    if (current && current.equals(bytes)) continue;
    if (check) stale.push(name);
    else {
      fs.writeFileSync(file, bytes);
      console.log(`wrote assets/${name} (${bytes.length} bytes)`);
    }
  }
  if (check && stale.length > 0) {
    console.error(`Icons out of date: ${stale.join(", ")}. Run: npm run icons`);
    return 1;
  }
  if (check) console.log(`Icons up to date: ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { renderIcons, SIZES };
