import { test, describe } from "node:test";
import assert from "node:assert/strict";
import type { FigureRun, Narrative } from "../src/narrative/model";
import {
  GRID_COLUMNS,
  asCellText,
  cellsAttribute,
  escapeHtml,
  parseCellsAttribute,
  renderGrid,
  renderHtml,
  renderText,
} from "../src/render";
import { HOSTILE_CELL, HOSTILE_USER_TEXT, sampleNarrative, sampleText } from "./fixtures/narrative-sample";

const figures: FigureRun[] = sampleNarrative.sections.flatMap((s) =>
  s.paragraphs.flatMap((p) => p.runs.filter((r): r is FigureRun => r.kind === "figure")),
);

/** Decodes the five entities escapeHtml writes. */
function unescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Attributes of every element with the given opening-tag prefix, decoded. */
function spans(html: string, open: string): { attrs: Record<string, string>; text: string }[] {
  const re = new RegExp(`${open}((?: [a-z-]+="[^"]*")*)>([^<]*)<`, "g");
  return [...html.matchAll(re)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/ ([a-z-]+)="([^"]*)"/g)) attrs[a[1]] = unescape(a[2]);
    return { attrs, text: unescape(m[2]) };
  });
}

describe("renderText", () => {
  test("prints the fixture exactly: title, sections, gaps as their text", () => {
    assert.equal(renderText(sampleNarrative), sampleText);
  });

  test("does not repeat a section title already given as the first heading", () => {
    const lines = renderText(sampleNarrative).split("\n");
    assert.equal(lines.filter((l) => l === "一、部门基本情况").length, 1);
    assert.equal(lines.filter((l) => l === "二、收入支出决算总体情况说明").length, 1);
  });

  test("an empty narrative renders to an empty string", () => {
    assert.equal(renderText({ title: "", profile: "yuan-1dp", sections: [], warnings: [] }), "");
  });
});

describe("escapeHtml", () => {
  test("escapes the five HTML metacharacters", () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("renderHtml", () => {
  const html = renderHtml(sampleNarrative);

  test("every figure is a span.fig carrying the fixture's cells and formula", () => {
    const figs = spans(html, '<span class="fig"');
    assert.equal(figs.length, figures.length);
    figs.forEach((f, i) => {
      const want = figures[i];
      assert.equal(f.text, want.text);
      assert.deepEqual(parseCellsAttribute(f.attrs["data-cells"]), [
        ...new Set(want.sources.flatMap((s) => s.cells)),
      ]);
      assert.equal(f.attrs["data-formula"], want.formula);
      assert.equal(f.attrs["data-computation"], want.computation);
      assert.ok(f.attrs.title.startsWith("来源："), f.attrs.title);
      assert.ok(f.attrs.title.endsWith(`；计算：${want.formula}`), f.attrs.title);
    });
    assert.equal(figs[1].attrs["data-cells"], "收入支出决算总表!C12 补充信息!C5");
    assert.equal(
      figs[1].attrs.title,
      "来源：本年收入合计 112,078,856.26（收入支出决算总表!C12）；上年收入合计 72,527,785.37（补充信息!C5）；" +
        "计算：112,078,856.26 − 72,527,785.37",
    );
  });

  test("gaps are marked with their key; user text keeps its cells", () => {
    const gaps = spans(html, '<mark class="gap"');
    assert.deepEqual(
      gaps.map((g) => [g.text, g.attrs["data-key"]]),
      [["【待填写：主要原因】", "reason.income.total"]],
    );
    const users = spans(html, '<span class="user"');
    assert.equal(users.length, 1);
    assert.equal(users[0].text, HOSTILE_USER_TEXT);
    assert.deepEqual(parseCellsAttribute(users[0].attrs["data-cells"]), [HOSTILE_CELL]);
  });

  test("hostile user text and sheet names are escaped, never raw", () => {
    assert.ok(!html.includes("<img"), "raw <img in output");
    assert.ok(!html.includes(`"&'<>`), "raw metacharacters in output");
    assert.ok(
      html.includes("本部门负责&lt;img src=x onerror=alert(1)&gt;及&quot;&amp;&#39;&lt;&gt;相关工作。"),
    );
    // The hostile sheet name, quoted the Excel way inside data-cells, then escaped.
    assert.ok(html.includes(`data-cells="&#39;补充&quot;&amp;&#39;&#39;&lt;&gt;表&#39;!B7"`));
    // Only the tags we write appear.
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((m) => m[1]));
    assert.deepEqual([...tags].sort(), ["article", "h1", "h2", "h3", "h4", "mark", "p", "section", "span"]);
  });

  test("headings map to h1–h4 and body paragraphs to p", () => {
    assert.ok(html.includes('<h1 class="title">第二部分 2023年度部门决算说明</h1>'));
    assert.ok(html.includes("<h2>一、部门基本情况</h2>"));
    assert.ok(html.includes("<h2>二、收入支出决算总体情况说明</h2>"));
    assert.ok(html.includes("<h3>（一）部门机构设置、职责</h3>"));
    assert.ok(html.includes("<h4>1.其他收入</h4>"));
    assert.equal([...html.matchAll(/<p>/g)].length, 3);
  });

  test("line breaks in user text become <br>", () => {
    const n: Narrative = {
      title: "",
      profile: "yuan-1dp",
      sections: [
        {
          id: "s",
          title: "",
          paragraphs: [{ role: "body", runs: [{ kind: "userText", text: "1.甲\n2.<乙>", cells: [] }] }],
        },
      ],
      warnings: [],
    };
    assert.ok(renderHtml(n).includes(`<span class="user" data-cells="">1.甲<br>2.&lt;乙&gt;</span>`));
  });

  test("standalone: a full zh-CN document with inline styles and no URLs", () => {
    const doc = renderHtml(sampleNarrative, { standalone: true });
    assert.ok(doc.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">'));
    assert.ok(doc.includes('<meta charset="utf-8">'));
    assert.ok(doc.includes("<title>第二部分 2023年度部门决算说明</title>"));
    assert.ok(
      doc.includes("<style>") &&
        doc.includes("仿宋") &&
        doc.includes("黑体") &&
        doc.includes("text-indent:2em"),
    );
    assert.ok(doc.includes(".fig:hover"));
    assert.ok(!/https?:\/\//.test(doc), "external URL in standalone HTML");
    assert.ok(!/<script|<link|@import|url\(/i.test(doc));
    assert.ok(doc.includes(html));
  });
});

describe("cellsAttribute", () => {
  test("quotes sheet names Excel would quote and round-trips", () => {
    const cells = ["收入支出决算总表!C12", "My sheet!D3", "O'Brien!A1", HOSTILE_CELL, "收入支出决算总表!C12"];
    const attr = cellsAttribute(cells);
    assert.equal(attr, `收入支出决算总表!C12 'My sheet'!D3 'O''Brien'!A1 '补充"&''<>表'!B7`);
    assert.deepEqual(parseCellsAttribute(attr), cells.slice(0, 4));
  });
});

describe("renderGrid", () => {
  const grid = renderGrid(sampleNarrative);

  test("is rectangular, one row per line of text, blank rows between sections", () => {
    assert.ok(grid.every((row) => row.length === GRID_COLUMNS));
    const text = sampleText.replace(/\n$/, "").split("\n");
    assert.deepEqual(
      grid.map((r) => r[0]),
      text,
    );
  });

  test("the second column names the sources and the gaps", () => {
    assert.deepEqual(
      grid.map((r) => r[1]),
      [
        "",
        "",
        "",
        "",
        `来源：${HOSTILE_CELL}`,
        "",
        "",
        "来源：收入支出决算总表!C12；补充信息!C5。待填写：收入合计增减的主要原因，填在补充信息表",
        "",
        `来源：${HOSTILE_CELL}`,
      ],
    );
  });

  test("text Excel would read as a formula stays text", () => {
    assert.equal(asCellText('=HYPERLINK("x")'), '\'=HYPERLINK("x")');
    assert.equal(asCellText("-5"), "'-5");
    assert.equal(asCellText("'引号"), "''引号");
    assert.equal(asCellText("一、概况"), "一、概况");
    const n: Narrative = {
      title: "",
      profile: "yuan-1dp",
      sections: [
        {
          id: "s",
          title: "",
          paragraphs: [{ role: "body", runs: [{ kind: "userText", text: "=1+1", cells: [] }] }],
        },
      ],
      warnings: [],
    };
    assert.deepEqual(renderGrid(n), [["'=1+1", ""]]);
  });
});
