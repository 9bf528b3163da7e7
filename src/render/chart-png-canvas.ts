/**
 * Chart SVG → PNG in the browser: the SVG is drawn onto a canvas, which uses the fonts the
 * computer has (the same ones Word uses), then encoded as PNG. No library: nothing added to the
 * pane's bundle. Only called in the pane, after the user asks for a .docx.
 */
import type { RasterizeSvg } from "./chart-raster";
import { svgSize } from "./chart-svg";

async function rasterizeOne(svg: string, pixelWidth: number): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = pixelWidth;
    canvas.height = Math.round((pixelWidth * height) / width);
    const g = canvas.getContext("2d");
    if (!g) throw new Error("无法创建画布，图表不能写入文档。");
    g.fillStyle = "#ffffff";
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("图表转换为图片失败。");
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export const rasterizeSvgCanvas: RasterizeSvg = async (svgs, pixelWidth) => {
  const out: Uint8Array[] = [];
  for (const svg of svgs) out.push(await rasterizeOne(svg, pixelWidth));
  return out;
};
