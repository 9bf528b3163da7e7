/**
 * Chart SVG → PNG in Node, with resvg (a Rust SVG renderer shipped as a prebuilt native package: no
 * headless browser). Text is drawn with the system's fonts (Microsoft YaHei on Windows, PingFang on
 * Mac, WenQuanYi Zen Hei on Debian), the first of CHART_FONT_FAMILY found. Imported only by the CLI:
 * the pane rasterises with the browser's canvas (chart-png-canvas.ts).
 */
import { Resvg } from "@resvg/resvg-js";
import type { RasterizeSvg } from "./chart-raster";

export const rasterizeSvgNode: RasterizeSvg = (svg, pixelWidth) => {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: pixelWidth },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "WenQuanYi Zen Hei", sansSerifFamily: "WenQuanYi Zen Hei" },
  });
  return Promise.resolve(new Uint8Array(resvg.render().asPng()));
};
