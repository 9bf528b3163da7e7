#!/usr/bin/env node
// Draws the add-in icons (assets/icon-*.png) programmatically so they are reproducible.
//
//   node scripts/draw-icons.mjs            # writes assets/icon-{16,20,24,32,40,48,64,80,128,300}.png
//   node scripts/draw-icons.mjs --out DIR  # writes into DIR instead
//
// Motif: a green spreadsheet page (dark-green header row, light grid lines) with an orange
// round badge carrying a white check mark in the lower-right corner, separated from the page
// by a transparent gap — "the tables are read and
// the 决算说明 is written". The design lives on a 16-unit grid so that at 16/32/64/80/128 px
// every straight edge falls on a pixel boundary and stays crisp; curves (corners, badge, check)
// are anti-aliased by supersampling (SS×SS samples per pixel, box filter, premultiplied alpha).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128, 300];

const SS = 16; // supersampling factor per axis

const hex = (h) => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
  255,
];

const C = {
  green: hex("#1D6F42"), // page outline + header row
  grid: hex("#A9CDB8"), // table rules
  paper: hex("#FFFFFF"),
  cell: hex("#E3F1E8"), // first-column tint
  badge: hex("#E8590C"), // orange-red badge
  white: hex("#FFFFFF"),
};

// ---------- geometry helpers (coordinates in 16-unit design space) ----------

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

function inRect(x, y, x0, y0, x1, y1) {
  return x >= x0 && x < x1 && y >= y0 && y < y1;
}

function inCircle(x, y, cx, cy, r) {
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

function distToSegment(x, y, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const px = ax + t * vx - x;
  const py = ay + t * vy - y;
  return Math.sqrt(px * px + py * py);
}

/** A polyline stroked with round caps/joins. */
function inStroke(x, y, pts, halfWidth) {
  for (let i = 0; i + 1 < pts.length; i++) {
    const [ax, ay] = pts[i];
    const [bx, by] = pts[i + 1];
    if (distToSegment(x, y, ax, ay, bx, by) <= halfWidth) return true;
  }
  return false;
}

// ---------- the design ----------

/**
 * Returns the colour (RGBA array) of the topmost shape at design point (x, y), or null.
 * Painter's order: later checks win, so test from the top layer down.
 * `size` lets small renderings use slightly heavier strokes.
 */
function sample(x, y, size) {
  const small = size <= 24;
  // Badge: orange disc with a white check mark. Around it a transparent "knock-out" gap cuts
  // into the page, so the badge reads clearly on light and dark ribbons alike.
  const bcx = 12;
  const bcy = 12;
  const br = 3.95;
  const gap = small ? 0.85 : 0.7;
  const checkHalf = small ? 0.72 : 0.62;
  // Vertices sit on pixel centres of the 16 px grid, so at 16 px both arms are clean 45° pixel runs.
  const check = [
    [10.0, 12.0],
    [11.5, 13.5],
    [14.5, 10.5],
  ];
  if (inCircle(x, y, bcx, bcy, br)) {
    return inStroke(x, y, check, checkHalf) ? C.white : C.badge;
  }
  if (inCircle(x, y, bcx, bcy, br + gap)) return null;

  // Page: rounded dark-green outline, header band, light grid.
  const px0 = 1;
  const py0 = 1;
  const px1 = 14;
  const py1 = 15;
  const rOuter = 1.5;
  const stroke = 1;
  if (!inRoundRect(x, y, px0, py0, px1, py1, rOuter)) return null;
  if (!inRoundRect(x, y, px0 + stroke, py0 + stroke, px1 - stroke, py1 - stroke, rOuter - stroke)) {
    return C.green;
  }
  // header row (filled dark green) y in [2, 5)
  if (y < 5) return C.green;
  // vertical rule between the label column and the figures
  if (inRect(x, y, 5, 5, 6, 14)) return C.grid;
  // horizontal rules
  if (inRect(x, y, 2, 8, 13, 9) || inRect(x, y, 2, 11, 13, 12)) return C.grid;
  // tinted label column
  if (x < 5) return C.cell;
  return C.paper;
}

export function drawIcon(size) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const scale = 16 / size;
  const n = SS * SS;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) * scale;
          const y = (py + (sy + 0.5) / SS) * scale;
          const c = sample(x, y, size);
          if (!c) continue;
          const ca = c[3] / 255;
          r += c[0] * ca;
          g += c[1] * ca;
          b += c[2] * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      if (a === 0) {
        png.data[i] = png.data[i + 1] = png.data[i + 2] = png.data[i + 3] = 0;
      } else {
        png.data[i] = Math.round(r / a);
        png.data[i + 1] = Math.round(g / a);
        png.data[i + 2] = Math.round(b / a);
        png.data[i + 3] = Math.round((a / n) * 255);
      }
    }
  }
  return PNG.sync.write(png);
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const argOut = process.argv.indexOf("--out");
  const outDir = argOut > 0 ? resolve(process.argv[argOut + 1]) : join(here, "..", "assets");
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
