/**
 * Chart SVG → PNG in Node, with resvg (a Rust SVG renderer shipped as a prebuilt native package: no
 * headless browser). Text is drawn with the system's fonts (Microsoft YaHei on Windows, PingFang on
 * Mac, WenQuanYi Zen Hei on Debian), the first of CHART_FONT_FAMILY found. Imported only by the CLI:
 * the pane rasterises with the browser's canvas (chart-png-canvas.ts).
 *
 * resvg reads the system's fonts for every picture it renders, which takes seconds with a large CJK
 * font; so all charts of a document are stacked into one SVG, rendered once and cut apart again.
 */
import { crc32, deflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { type RasterizeSvg, svgSize } from "../render";

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Rows [top, top + height) of an RGBA image as an RGB PNG (the charts are opaque: white ground). */
export function encodeRgbPng(rgba: Uint8Array, width: number, top: number, height: number): Uint8Array {
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const out = y * (1 + width * 3); // filter byte 0 (None), then RGB
    const src = (top + y) * width * 4;
    for (let x = 0; x < width; x++) {
      raw[out + 1 + x * 3] = rgba[src + x * 4];
      raw[out + 2 + x * 3] = rgba[src + x * 4 + 1];
      raw[out + 3 + x * 3] = rgba[src + x * 4 + 2];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, no interlace
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(raw)),
      chunk("IEND", new Uint8Array(0)),
    ]),
  );
}

export const rasterizeSvgNode: RasterizeSvg = (svgs, pixelWidth) => {
  if (svgs.length === 0) return Promise.resolve([]);
  const sizes = svgs.map(svgSize);
  const width = Math.max(...sizes.map((s) => s.width));
  const scale = pixelWidth / width;
  // Each picture gets a whole number of pixel rows, so the cuts fall between rows.
  const rows = sizes.map((s) => Math.ceil((s.height * width) / s.width * scale));
  let y = 0;
  const parts = svgs.map((svg, i) => {
    const part = `<g transform="translate(0 ${y / scale}) scale(${width / sizes[i].width})">${svg}</g>`;
    y += rows[i];
    return part;
  });
  const stacked =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y / scale}" viewBox="0 0 ${width} ${y / scale}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}</svg>`;
  const image = new Resvg(stacked, {
    fitTo: { mode: "width", value: pixelWidth },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "WenQuanYi Zen Hei", sansSerifFamily: "WenQuanYi Zen Hei" },
  }).render();
  const rgba = new Uint8Array(image.pixels);
  let top = 0;
  return Promise.resolve(
    rows.map((h) => {
      const png = encodeRgbPng(rgba, image.width, top, Math.min(h, image.height - top));
      top += h;
      return png;
    }),
  );
};
