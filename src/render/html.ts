import { cellRef, excelRef, groupDecimalText, splitRef } from "../core";
import type { FigureRun, FigureSource, Narrative, Run } from "../narrative/model";
import { escapeHtml } from "./escape";
import type { Chart } from "../charts/model";
import { chartSvg } from "./chart-svg";
import { type Block, type LayoutItem, layoutNarrative, sectionItems, uniqueCells } from "./layout";

export interface HtmlOptions {
  /** A complete zh-CN HTML document with an inline stylesheet (default: a fragment, one <article>). */
  standalone?: boolean;
}

/**
 * The value of a data-cells attribute: references separated by spaces, each as Excel writes it in a
 * formula (a sheet name with spaces or punctuation is quoted: 'My sheet'!C12), so it splits safely.
 */
export function cellsAttribute(cells: readonly string[]): string {
  return uniqueCells(cells)
    .map((ref) => {
      const { sheet, address } = splitRef(ref);
      return sheet === "" ? address : excelRef(sheet, address);
    })
    .join(" ");
}

/** Reads a data-cells attribute back into "Sheet!C12" references (the inverse of cellsAttribute). */
export function parseCellsAttribute(attr: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < attr.length) {
    if (attr[i] === " ") {
      i++;
      continue;
    }
    if (attr[i] === "'") {
      let j = i + 1;
      let sheet = "";
      while (j < attr.length) {
        if (attr[j] === "'") {
          if (attr[j + 1] !== "'") break;
          sheet += "'";
          j += 2;
        } else {
          sheet += attr[j++];
        }
      }
      let k = j + 1; // past the closing quote, at "!"
      while (k < attr.length && attr[k] !== " ") k++;
      out.push(cellRef(sheet, attr.slice(j + 2, k)));
      i = k;
    } else {
      let k = i;
      while (k < attr.length && attr[k] !== " ") k++;
      out.push(attr.slice(i, k));
      i = k;
    }
  }
  return out;
}

function sourceNote(s: FigureSource): string {
  const where = s.cells.length > 0 ? `（${s.cells.join("、")}）` : "";
  return `${s.label} ${groupDecimalText(s.value)}${where}`;
}

/** The tooltip of a figure: "来源：本年收入合计 112,078,856.26（收入支出决算总表!C12）；计算：…". */
export function figureTitle(r: FigureRun): string {
  const sources = r.sources.map(sourceNote).join("；");
  return `来源：${sources === "" ? "无" : sources}；计算：${r.formula}`;
}

/** Escaped text with line breaks kept. */
function textHtml(s: string): string {
  return escapeHtml(s).replace(/\r?\n/g, "<br>");
}

function attr(name: string, value: string): string {
  return ` ${name}="${escapeHtml(value)}"`;
}

function runHtml(r: Run): string {
  switch (r.kind) {
    case "text":
      return textHtml(r.text);
    case "figure": {
      const cells = cellsAttribute(r.sources.flatMap((s) => s.cells));
      return (
        `<span class="fig"${attr("data-computation", r.computation)}${attr("data-cells", cells)}` +
        `${attr("data-formula", r.formula)}${attr("title", figureTitle(r))}>${textHtml(r.text)}</span>`
      );
    }
    case "gap":
      return `<mark class="gap"${attr("data-key", r.key)}${attr("title", r.need)}>${textHtml(r.text)}</mark>`;
    case "userText":
      return `<span class="user"${attr("data-cells", cellsAttribute(r.cells))}>${textHtml(r.text)}</span>`;
  }
}

function blockHtml(b: Block): string {
  const inner = b.runs.map(runHtml).join("");
  if (b.kind === "title") return `<h1 class="title">${inner}</h1>`;
  if (b.kind === "heading") return `<h${b.level}>${inner}</h${b.level}>`;
  return `<p>${inner}</p>`;
}

/** A chart as an inline SVG with its numbered caption below. */
export function chartFigureHtml(c: Chart): string {
  return (
    `<figure class="chart"${attr("data-chart", c.id)}>${chartSvg(c)}` +
    `<figcaption>${escapeHtml(c.caption)}</figcaption></figure>`
  );
}

function itemHtml(item: LayoutItem): string {
  return item.kind === "block" ? blockHtml(item.block) : chartFigureHtml(item.chart);
}

/** Official-document look: 仿宋 body, 黑体 headings, two-character indent; local fonts only. */
export const NARRATIVE_CSS = `
body{margin:0;background:#eceff1}
.juesuan{box-sizing:border-box;max-width:210mm;margin:16px auto;padding:37mm 26mm 35mm 28mm;background:#fff;
color:#000;font:16pt/28pt "仿宋_GB2312","仿宋",FangSong,STFangsong,"Noto Serif CJK SC",serif;text-align:justify}
.juesuan h1,.juesuan h2,.juesuan h3,.juesuan h4,.juesuan p{margin:0;font-size:16pt;line-height:28pt}
.juesuan h1,.juesuan h2{font-family:"黑体",SimHei,"Heiti SC","Noto Sans CJK SC",sans-serif;font-weight:normal}
.juesuan h1.title{font-size:22pt;line-height:1.6;text-align:center;font-weight:bold;margin-bottom:28pt}
.juesuan h1{text-align:center}
.juesuan h3{font-family:"楷体_GB2312","楷体",KaiTi,STKaiti,serif;font-weight:normal}
.juesuan h4{font-weight:bold}
.juesuan h2,.juesuan h3,.juesuan h4,.juesuan p{text-indent:2em}
.juesuan section+section{margin-top:14pt}
.juesuan .fig{border-bottom:1px dotted #3b6ea5;cursor:help}
.juesuan .fig:hover,.juesuan .fig:focus{background:#d6e8ff;outline:1px solid #3b6ea5}
.juesuan figure.chart{margin:14pt 0;text-align:center;break-inside:avoid}
.juesuan figure.chart svg{max-width:100%;height:auto}
.juesuan figure.chart figcaption{text-align:center;text-indent:0}
.juesuan mark.gap{background:#fff176;color:#c00000;font-weight:bold}
.juesuan .user{background:#f5f5f5}
@media print{body{background:#fff}.juesuan{margin:0;padding:0;max-width:none}
.juesuan .fig{border:0}.juesuan .user{background:none}}
`.trim();

/**
 * HTML with provenance: each figure is a span.fig with data-cells, data-formula and a title naming its
 * sources; gaps are mark.gap with data-key; user text is span.user with data-cells. Every text node
 * and attribute value goes through escapeHtml. Pure string building: runs in Node and in the pane.
 */
export function renderHtml(n: Narrative, opts: HtmlOptions = {}): string {
  const doc = layoutNarrative(n);
  const parts: string[] = [];
  if (doc.title) parts.push(blockHtml(doc.title));
  for (const s of doc.sections) {
    parts.push(`<section${attr("data-section", s.id)}>\n${sectionItems(s).map(itemHtml).join("\n")}\n</section>`);
  }
  const article = `<article class="juesuan"${attr("data-profile", n.profile)}>\n${parts.join("\n")}\n</article>`;
  if (!opts.standalone) return article;
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(n.title.trim() === "" ? "决算说明" : n.title.trim())}</title>`,
    `<style>\n${NARRATIVE_CSS}\n</style>`,
    "</head>",
    "<body>",
    article,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
