/**
 * A chart description as SVG (pure string building; runs in Node and in the pane). Bars are drawn
 * horizontally so long Chinese category names and long amounts fit; every bar and slice has its value
 * (and a slice its share) written beside it, and the fills are grey shades, so the picture reads in
 * black-and-white print. The caption is not part of the picture: each renderer prints it below.
 */
import type { Chart, ChartValue } from "../charts/model";
import { escapeHtml } from "./escape";

/** Fonts found on Windows, Mac and Debian (fonts-wqy-zenhei), in that order of preference. */
export const CHART_FONT_FAMILY =
  "'Microsoft YaHei','微软雅黑','PingFang SC','Hiragino Sans GB','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Zen Hei',SimHei,sans-serif";

/** Drawing width in CSS pixels; the height follows from the content. */
export const CHART_WIDTH = 560;

const FONT = 15;
const SMALL = 13;
/** Series fills, dark to light: distinct in grayscale. */
const SERIES_FILLS = ["#4d4d4d", "#bfbfbf", "#8c8c8c"];
const SLICE_FILLS = ["#3a3a3a", "#9a9a9a", "#d4d4d4", "#666666", "#b8b8b8", "#ececec", "#808080"];

/** Approximate width of a text: CJK and full-width characters 1em, others 0.6em. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFEF]/u.test(ch) ? size : size * 0.6;
  return w;
}

/** Splits a label into lines no wider than `max` pixels (never inside a run of digits). */
export function wrapLabel(s: string, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of s) {
    if (line !== "" && textWidth(line + ch, size) > max) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  if (line !== "") lines.push(line);
  return lines;
}

function text(x: number, y: number, s: string, attrs: Record<string, string | number> = {}): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join("");
  return `<text x="${r(x)}" y="${r(y)}"${a}>${escapeHtml(s)}</text>`;
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** The value of a chart value for geometry only (the printed label is the exact one). */
function geometry(v: ChartValue): number {
  return Number(v.value);
}

function svgDocument(width: number, height: number, title: string, body: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${r(height)}" viewBox="0 0 ${width} ${r(height)}" ` +
    `role="img" font-family="${escapeHtml(CHART_FONT_FAMILY)}" font-size="${FONT}">` +
    `<title>${escapeHtml(title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    body.join("") +
    `</svg>`
  );
}

function legend(chart: Chart, y: number): string[] {
  if (chart.series.length < 2) return [];
  const out: string[] = [];
  let x = 16;
  chart.series.forEach((s, i) => {
    out.push(`<rect x="${x}" y="${y - 11}" width="14" height="14" fill="${SERIES_FILLS[i % SERIES_FILLS.length]}" stroke="#333333" stroke-width="0.8"/>`);
    out.push(text(x + 20, y, s.name));
    x += 20 + textWidth(s.name, FONT) + 24;
  });
  return out;
}

function barSvg(chart: Chart): string {
  const nSeries = chart.series.length;
  const barH = nSeries > 1 ? 20 : 26;
  const rowGap = 16;
  const labelMax = 170;
  const catLines = chart.categories.map((c) => wrapLabel(c, FONT, labelMax));
  const labelW = Math.min(labelMax, Math.max(...chart.categories.map((c) => textWidth(c, FONT)))) + 12;
  const valueW = Math.max(...chart.series.flatMap((s) => s.values.map((v) => textWidth(v.label, SMALL)))) + 10;
  const top = 34;
  const rowH = Math.max(nSeries * barH, ...catLines.map((l) => l.length * (FONT + 3))) + rowGap;
  const height = top + chart.categories.length * rowH + 8;
  const values = chart.series.flatMap((s) => s.values.map(geometry));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const plotX0 = 16 + labelW + (min < 0 ? valueW : 0);
  const plotX1 = CHART_WIDTH - 16 - valueW;
  const span = max - min || 1;
  const x = (v: number) => plotX0 + ((v - min) / span) * (plotX1 - plotX0);
  const zero = x(0);

  const out: string[] = [text(CHART_WIDTH - 16, 20, `单位：${chart.unit}`, { "text-anchor": "end", "font-size": SMALL })];
  out.push(...legend(chart, 20));
  chart.categories.forEach((cat, ci) => {
    const rowTop = top + ci * rowH;
    const barsH = nSeries * barH;
    const barsTop = rowTop + (rowH - rowGap - barsH) / 2;
    const lines = catLines[ci];
    const mid = barsTop + barsH / 2;
    lines.forEach((line, li) => {
      const y = mid + (li - (lines.length - 1) / 2) * (FONT + 3) + FONT * 0.35;
      out.push(text(16 + labelW - 10 + (min < 0 ? valueW : 0), y, line, { "text-anchor": "end" }));
    });
    chart.series.forEach((s, si) => {
      const v = s.values[ci];
      const g = geometry(v);
      const y = barsTop + si * barH;
      const x0 = Math.min(zero, x(g));
      const w = Math.max(Math.abs(x(g) - zero), g === 0 ? 0 : 1);
      const fill = SERIES_FILLS[si % SERIES_FILLS.length];
      out.push(`<rect x="${r(x0)}" y="${r(y + 2)}" width="${r(w)}" height="${barH - 4}" fill="${fill}" stroke="#333333" stroke-width="0.8"/>`);
      const lx = g < 0 ? x0 - 5 : x0 + w + 5;
      out.push(text(lx, y + barH / 2 + SMALL * 0.35, v.label, { "text-anchor": g < 0 ? "end" : "start", "font-size": SMALL }));
    });
  });
  out.push(`<line x1="${r(zero)}" y1="${top - 4}" x2="${r(zero)}" y2="${r(height - 6)}" stroke="#000000" stroke-width="1"/>`);
  return svgDocument(CHART_WIDTH, height, chart.caption, out);
}

function pieSvg(chart: Chart): string {
  const values = chart.series[0]?.values ?? [];
  const total = values.reduce((t, v) => t + geometry(v), 0);
  const rowH = 40;
  const height = Math.max(330, 60 + values.length * rowH);
  const cx = 170;
  const cy = height / 2 + 12;
  const radius = 118;
  const out: string[] = [text(CHART_WIDTH - 16, 20, `单位：${chart.unit}`, { "text-anchor": "end", "font-size": SMALL })];
  let angle = -Math.PI / 2;
  const small: { mid: number; share: string }[] = [];
  values.forEach((v, i) => {
    const frac = total > 0 ? geometry(v) / total : 0;
    const a0 = angle;
    const a1 = angle + frac * 2 * Math.PI;
    angle = a1;
    const fill = SLICE_FILLS[i % SLICE_FILLS.length];
    if (frac >= 0.9999) {
      out.push(`<circle cx="${cx}" cy="${r(cy)}" r="${radius}" fill="${fill}" stroke="#ffffff" stroke-width="1.5"/>`);
    } else {
      const p = (a: number, rr: number) => `${r(cx + rr * Math.cos(a))} ${r(cy + rr * Math.sin(a))}`;
      const large = a1 - a0 > Math.PI ? 1 : 0;
      out.push(`<path d="M ${cx} ${r(cy)} L ${p(a0, radius)} A ${radius} ${radius} 0 ${large} 1 ${p(a1, radius)} Z" fill="${fill}" stroke="#ffffff" stroke-width="1.5"/>`);
    }
    const mid = (a0 + a1) / 2;
    const dark = parseInt(fill.slice(1, 3), 16) < 0x90;
    if (frac >= 0.1) {
      const tr = frac >= 0.9999 ? 0 : radius * 0.62;
      out.push(text(cx + tr * Math.cos(mid), cy + tr * Math.sin(mid) + FONT * 0.35, v.share ?? "", { "text-anchor": "middle", fill: dark ? "#ffffff" : "#000000", "font-weight": "bold" }));
    } else {
      small.push({ mid, share: v.share ?? "" });
    }
  });
  // Small slices: the share outside, on a leader line; labels on one side kept 15px apart.
  for (const right of [true, false]) {
    const side = small
      .filter((x) => Math.cos(x.mid) >= 0 === right)
      .map((x) => ({ ...x, y: cy + (radius + 18) * Math.sin(x.mid) }))
      .sort((p, q) => p.y - q.y);
    side.forEach((x, i) => {
      if (i > 0) x.y = Math.max(x.y, side[i - 1].y + 15);
      const ox = cx + radius * Math.cos(x.mid);
      const oy = cy + radius * Math.sin(x.mid);
      const lx = cx + (radius + 22) * (right ? 1 : -1) * Math.max(Math.abs(Math.cos(x.mid)), 0.25);
      out.push(`<polyline points="${r(ox)},${r(oy)} ${r(lx)},${r(x.y)}" fill="none" stroke="#000000" stroke-width="0.8"/>`);
      out.push(text(lx + (right ? 3 : -3), x.y + SMALL * 0.35, x.share, { "text-anchor": right ? "start" : "end", "font-size": SMALL }));
    });
  }
  // Legend: name, then amount and share, for every slice.
  const lx = 320;
  const ly0 = cy - (values.length * rowH) / 2 + 14;
  values.forEach((v, i) => {
    const y = ly0 + i * rowH;
    out.push(`<rect x="${lx}" y="${r(y - 12)}" width="14" height="14" fill="${SLICE_FILLS[i % SLICE_FILLS.length]}" stroke="#333333" stroke-width="0.8"/>`);
    out.push(text(lx + 22, y, chart.categories[i]));
    out.push(text(lx + 22, y + 17, `${v.label}${chart.unit}（${v.share ?? ""}）`, { "font-size": SMALL }));
  });
  return svgDocument(CHART_WIDTH, height, chart.caption, out);
}

/** The chart as a standalone SVG document (width CHART_WIDTH, height from the content). */
export function chartSvg(chart: Chart): string {
  return chart.type === "pie" ? pieSvg(chart) : barSvg(chart);
}

/** Width and height of the SVG, read back from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: CHART_WIDTH, height: 360 };
}
