/** Turns a chart's SVG into PNG bytes `pixelWidth` pixels wide (Node: resvg; the pane: canvas). */
export type RasterizeSvg = (svg: string, pixelWidth: number) => Promise<Uint8Array>;
