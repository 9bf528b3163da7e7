// Renderers of a Narrative: plain text, HTML with provenance, .docx and a worksheet grid.
// renderText, renderHtml and renderGrid are pure string building; renderDocx uses the docx package.
export { escapeHtml } from "./escape";
export { type Block, type SectionBlocks, layoutNarrative, blockText, blockCells } from "./layout";
export { renderText } from "./text";
export {
  type HtmlOptions,
  renderHtml,
  cellsAttribute,
  parseCellsAttribute,
  figureTitle,
  NARRATIVE_CSS,
} from "./html";
export { GRID_COLUMNS, renderGrid, blockNote, asCellText } from "./grid";
export {
  type DocxOptions,
  renderDocx,
  buildDocument,
  fontTableXml,
  DOCX_FONTS,
  FONT_FALLBACKS,
} from "./docx";
