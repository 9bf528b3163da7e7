// Renderers of a Narrative: plain text, HTML with provenance, .docx and a worksheet grid.
// All pure string building: renderDocx writes the WordprocessingML parts as strings and zips them (./zip).
export { escapeHtml } from "./escape";
export {
  type Block,
  type SectionBlocks,
  type LayoutItem,
  layoutNarrative,
  sectionItems,
  blockText,
  blockCells,
} from "./layout";
export { renderText } from "./text";
export {
  type HtmlOptions,
  renderHtml,
  cellsAttribute,
  parseCellsAttribute,
  figureTitle,
  chartFigureHtml,
  NARRATIVE_CSS,
} from "./html";
export { GRID_COLUMNS, renderGrid, blockNote, asCellText } from "./grid";
export {
  type DocxOptions,
  type ChartImages,
  renderDocx,
  docxParts,
  documentXml,
  fontTableXml,
  DOCX_FONTS,
  FONT_FALLBACKS,
  TEXT_WIDTH_PX,
  chartImages,
} from "./docx";
export { type RasterizeSvg } from "./chart-raster";
export { type Crc32, type DeflateRaw, type ZipOptions, type ZipPart, crc32, writeZip } from "./zip";
export { chartAltText } from "./chart-alt";
export { CHART_FONT_FAMILY, CHART_WIDTH, chartSvg, svgSize, textWidth, wrapLabel } from "./chart-svg";
export { type ChartSheetPlan, type NativeChart, chartSheetPlan, CHART_DATA_COLUMN } from "./chart-cells";
