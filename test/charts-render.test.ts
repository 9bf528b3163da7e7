// The three renderings of one chart description: SVG (pane preview and HTML), PNG in the .docx, and
// native Excel charts on the narrative sheet, the last checked call by call against the fake Excel.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import JSZip from "jszip";
import { PNG } from "pngjs";
import type { Chart } from "../src/charts";
import { generateNarrative, type Narrative } from "../src/narrative";
import { loadWorkbook } from "../src/cli/load";
import { chartSvg, renderDocx, renderHtml, TEXT_WIDTH_PX, chartSheetPlan, chartAltText, textWidth, wrapLabel } from "../src/render";
import { rasterizeSvgNode } from "../src/cli/chart-png";
import { writeNarrativeSheet } from "../src/office/write-narrative";
import { renderGrid } from "../src/render/grid";
import { FakeExcel, type FakeRequestContext } from "./fakes/fake-excel";

const ctxOf = (c: FakeRequestContext) => c as unknown as Excel.RequestContext;

let n: Narrative;
let charts: Chart[];
before(async () => {
  const w = await loadWorkbook("examples/mentougou-kexin-2023.xlsx");
  n = generateNarrative(w.accounts, { charts: true });
  charts = n.charts!.map((b) => b.chart);
});

/** Text nodes of an SVG, unescaped. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((x) =>
    x[1].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&"),
  );
}

describe("SVG", () => {
  test("every category, value and share is written on the picture, in Chinese, with the unit", () => {
    for (const c of charts) {
      const texts = svgTexts(chartSvg(c));
      const joined = texts.join("|");
      assert.ok(texts.includes(`单位：${c.unit}`), `${c.id}: unit`);
      for (const cat of c.categories) assert.ok(joined.replace(/\|/g, "").includes(cat), `${c.id}: category ${cat}`);
      for (const s of c.series) {
        for (const v of s.values) {
          if (c.type === "pie") {
            assert.ok(texts.includes(v.share!), `${c.id}: share ${v.share} on the slice`);
            assert.ok(texts.includes(`${v.label}元（${v.share}）`), `${c.id}: value and share in the legend`);
          } else {
            assert.ok(texts.includes(v.label), `${c.id}: value ${v.label} on the bar`);
          }
        }
      }
      if (c.series.length > 1) for (const s of c.series) assert.ok(texts.includes(s.name), `${c.id}: legend ${s.name}`);
    }
  });

  test("grey fills only (readable in black-and-white print); a CJK font list; names escaped", () => {
    for (const c of charts) {
      const svg = chartSvg(c);
      for (const [, hex] of svg.matchAll(/fill="#([0-9a-f]{6})"/g)) {
        assert.ok(hex.slice(0, 2) === hex.slice(2, 4) && hex.slice(2, 4) === hex.slice(4, 6), `${c.id}: #${hex} is grey`);
      }
      assert.match(svg, /font-family="[^"]*Microsoft YaHei[^"]*WenQuanYi Zen Hei/);
    }
    const evil: Chart = { ...charts[0], categories: ["<script>&", "b"] };
    const svg = chartSvg(evil);
    assert.ok(!svg.includes("<script>") && svg.includes("&lt;script&gt;&amp;"));
  });

  test("label helpers: widths and wrapping", () => {
    assert.equal(textWidth("科学", 10), 20);
    assert.equal(textWidth("12", 10), 12);
    assert.deepEqual(wrapLabel("资源勘探工业信息等支出", 10, 50), ["资源勘探工", "业信息等支", "出"]);
  });
});

describe("HTML", () => {
  test("each chart is a figure with inline SVG and its caption, right after its paragraph", () => {
    const html = renderHtml(n);
    const figures = [...html.matchAll(/<figure class="chart" data-chart="([^"]+)"><svg[\s\S]*?<\/svg><figcaption>([^<]+)<\/figcaption><\/figure>/g)];
    assert.deepEqual(figures.map((f) => f[2]), charts.map((c) => c.caption));
    const i = html.indexOf('data-chart="grand-total-change"');
    const para = html.lastIndexOf("<p>", i);
    assert.match(html.slice(para, i), /收、支总计.*113,684,009\.05元/);
  });
});

describe(".docx", () => {
  test("a PNG as wide as the text and the caption below it, for every chart", async () => {
    const bytes = await renderDocx(n, { rasterize: rasterizeSvgNode });
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
    assert.equal(media.length, charts.length);
    const png = PNG.sync.read(Buffer.from(await zip.file(media[0])!.async("uint8array")));
    assert.equal(png.width, TEXT_WIDTH_PX * 3);
    const xml = await zip.file("word/document.xml")!.async("string");
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)];
    assert.equal(extents.length, charts.length);
    for (const [, cx] of extents) assert.equal(Number(cx), TEXT_WIDTH_PX * 9525);
    for (const c of charts) {
      const at = xml.indexOf(`descr="${chartAltText(c).replace(/"/g, "&quot;")}"`);
      assert.ok(at > 0, `${c.id}: alt text names the values`);
      const caption = xml.indexOf(`<w:t xml:space="preserve">${c.caption}</w:t>`, at);
      assert.ok(caption > at, `${c.id}: caption after the picture`);
    }
    // Caption in the body font (仿宋_GB2312), centred.
    assert.match(xml, /<w:jc w:val="center"\/>.*?<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋_GB2312"[^>]*\/>.*?图1：/s);
  });

  test("without a rasteriser (or with charts off) the document has no pictures", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(n));
    assert.equal(Object.keys(zip.files).filter((f) => f.startsWith("word/media/")).length, 0);
  });
});

describe("native Excel charts on the narrative sheet", () => {
  test("chart tables beside the text in the one values write, one chart per table, no extra sync", async () => {
    const xl = new FakeExcel([{ name: "Sheet1", origin: "A1", values: [["x"]] }]);
    const grid = renderGrid(n);
    const res = await writeNarrativeSheet(ctxOf(xl.newContext()), "决算说明", grid, "createOnly", n.charts);
    assert.equal(res.status, "written");
    assert.equal(xl.log.syncs, 2, "same two syncs as without charts");
    assert.equal(xl.log.writes.length, 1, "one values write");
    const plan = chartSheetPlan(n.charts!);
    assert.equal(xl.log.charts.length, charts.length);
    xl.log.charts.forEach((rec, i) => {
      const c = charts[i];
      assert.equal(rec.sheet, "决算说明");
      assert.equal(rec.type, c.type === "pie" ? "Pie" : "ColumnClustered");
      assert.equal(rec.seriesBy, "Columns");
      assert.equal(rec.props["title.text"], c.caption);
      assert.equal(rec.props["dataLabels.showValue"], true);
      assert.equal(rec.props["dataLabels.showPercentage"], c.type === "pie");
      assert.equal(rec.source, plan.charts[i].source);
      // The source range holds the header and the chart's values, as numbers.
      const [from, to] = rec.source.split(":");
      const col0 = from.charCodeAt(0);
      const row0 = Number(from.slice(1));
      const row1 = Number(to.slice(1));
      assert.equal(row1 - row0, c.categories.length);
      const at = (col: number, row: number) => xl.cell("决算说明", `${String.fromCharCode(col)}${row}`);
      assert.deepEqual(c.series.map((_, k) => at(col0 + 1 + k, row0)), c.series.map((s) => s.name));
      c.categories.forEach((cat, r) => {
        assert.equal(at(col0, row0 + 1 + r), cat);
        c.series.forEach((s, k) => assert.equal(at(col0 + 1 + k, row0 + 1 + r), Number(s.values[r].value)));
      });
      assert.equal(at(col0, row0 - 1), c.caption, "caption above the table");
      assert.ok((rec.props.left as number) >= 520 + 260, "charts stand right of the text");
    });
    // Charts do not overlap: each starts below the previous one.
    const tops = xl.log.charts.map((r) => [r.props.top as number, r.props.height as number]);
    for (let i = 1; i < tops.length; i++) assert.ok(tops[i][0] >= tops[i - 1][0] + tops[i - 1][1]);
    assert.ok(xl.log.formats.some((f) => f.property === "numberFormat" && JSON.stringify(f.value).includes("#,##0.00")));
    assert.equal(xl.cell("决算说明", "A1"), grid[0][0], "the text is where it was");
  });

  test("overwriting deletes the old charts first (one more sync), then adds the new ones", async () => {
    const xl = new FakeExcel([{ name: "Sheet1", origin: "A1", values: [["x"]] }]);
    const grid = renderGrid(n);
    await writeNarrativeSheet(ctxOf(xl.newContext()), "决算说明", grid, "createOnly", n.charts);
    const before = xl.log.syncs;
    await writeNarrativeSheet(ctxOf(xl.newContext()), "决算说明", grid, "overwrite", n.charts);
    assert.equal(xl.log.syncs - before, 3);
    assert.equal(xl.log.charts.filter((c) => c.deleted).length, charts.length);
    assert.equal(xl.log.charts.filter((c) => !c.deleted).length, charts.length);
  });

  test("without charts nothing is added beside the text", async () => {
    const xl = new FakeExcel([{ name: "Sheet1", origin: "A1", values: [["x"]] }]);
    const off = generateNarrative((await loadWorkbook("examples/central-sample.xlsx")).accounts);
    await writeNarrativeSheet(ctxOf(xl.newContext()), "决算说明", renderGrid(off), "createOnly", off.charts ?? []);
    assert.equal(xl.log.charts.length, 0);
    assert.match(xl.log.writes[0].address, /^A1:B\d+$/);
  });
});
