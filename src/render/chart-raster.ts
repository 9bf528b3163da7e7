/**
 * Turns charts' SVGs into PNG bytes, each `pixelWidth` pixels wide (Node: resvg; the pane: canvas).
 * All of a document's charts at once, so a renderer that loads fonts per call loads them once.
 */
export type RasterizeSvg = (svgs: readonly string[], pixelWidth: number) => Promise<Uint8Array[]>;
