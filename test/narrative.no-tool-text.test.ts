/**
 * No tool text in a document, ever (#11 item 5): every sample workbook in every region profile, and
 * the same with each table taken away, through every renderer (text, HTML, .docx, the sheet's text
 * column), holds no message of the tool. A section that cannot be written is a marked gap
 * (【待填写：…】) plus a warning; the warnings and the sheet's note column are where messages belong.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import JSZip from "jszip";
import { sampleWorkbooks } from "../examples/src";
import { shanghaiWorkbooks } from "../examples/src/shanghai";
import {
  type Narrative,
  PROFILE_IDS,
  generateNarrative,
  narrativeToPlain,
  profileById,
} from "../src/narrative";
import { renderDocx, renderGrid, renderHtml, renderText } from "../src/render";
import { readFinalAccounts } from "../src/tables";
import type { FinalAccounts, TableId } from "../src/tables/model";

/** Phrases of tool messages and machine keys that must never be part of the document text. */
const TOOL_TEXT =
  /无法生成|请检查|工作簿中是否|未识别到|（键：|reason:|priorYear:|budget:|count:|amount:|purpose:|table:|text:|undefined|NaN|\[object|Error/;

const WORKBOOKS = [
  ...sampleWorkbooks().map((w) => ({ file: w.file, sheets: w.sheets })),
  ...shanghaiWorkbooks().map((w) => ({ file: w.file, sheets: w.sheets })),
];

const TABLE_FIELDS: Exclude<TableId, "generalBudgetIncomeExpenditure">[] = [
  "incomeExpenditureSummary",
  "incomeTable",
  "expenditureTable",
  "appropriationSummary",
  "generalBudgetExpenditure",
  "basicExpenditureByEconomic",
  "projectExpenditureByEconomic",
  "governmentFundTable",
  "governmentFundBasicExpenditure",
  "stateCapitalTable",
  "threePublicTable",
  "procurementTable",
  "purchasedServicesTable",
];

function assertClean(where: string, text: string): void {
  const m = TOOL_TEXT.exec(text);
  assert.equal(
    m,
    null,
    `${where}: tool text “${m?.[0]}” in: …${m ? text.slice(Math.max(0, m.index - 40), m.index + 40) : ""}…`,
  );
}

/** Visible text of the HTML: tags (and their attributes, e.g. a gap's title) removed. */
function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]*>/g, "")
    .replace(/&[a-z]+;/g, " ");
}

async function docxText(n: Narrative): Promise<string> {
  const zip = await JSZip.loadAsync(await renderDocx(n));
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

describe("no tool text in any document", () => {
  for (const wb of WORKBOOKS) {
    const { accounts } = readFinalAccounts(wb.sheets);
    for (const profile of PROFILE_IDS) {
      test(`${wb.file} in ${profile}: text, HTML, .docx and sheet`, async () => {
        const n = generateNarrative(accounts, { profile, year: accounts.year ?? 2024 });
        assertClean("text", renderText(n));
        assertClean("plain", narrativeToPlain(n).text);
        assertClean("html", htmlText(renderHtml(n, { standalone: true })));
        assertClean("docx", await docxText(n));
        assertClean(
          "sheet",
          renderGrid(n)
            .map((r) => r[0])
            .join("\n"),
        );
      });
    }
  }

  for (const profile of PROFILE_IDS) {
    test(`every table taken away in turn, ${profile}: a gap and a warning, never a message`, () => {
      const { accounts } = readFinalAccounts(WORKBOOKS[0].sheets);
      for (const id of TABLE_FIELDS) {
        const without: FinalAccounts = {
          ...accounts,
          [id]: undefined,
          tables: accounts.tables.filter((t) => t.id !== id),
        };
        const n = generateNarrative(without, { profile });
        assertClean(`${profile} without ${id}`, renderText(n));
        assertClean(`${profile} without ${id} (html)`, htmlText(renderHtml(n)));
        if (accounts[id] === undefined) continue;
        // A table of the region's set that is missing is both a visible gap and a warning.
        const inSet = n.warnings.some((w) => w.key === `table:${id}`);
        const gap = n.sections.some((s) =>
          s.paragraphs.some((p) => p.runs.some((r) => r.kind === "gap" && r.key === `table:${id}`)),
        );
        assert.equal(gap, inSet, `${profile} without ${id}: gap ${gap}, warning ${inSet}`);
        // Only the region's own tables are reported; each of them that the text uses is (收入决算表 is
        // used by the Shanghai table list only).
        const inRegion = profileById(profile)!.tables.includes(id);
        if (inSet) assert.ok(inRegion, `${profile} reports ${id}, which is not in its table set`);
        if (inRegion && (id !== "incomeTable" || profile === "shanghai"))
          assert.ok(inSet, `${profile} without ${id}: no warning`);
      }
    });
  }
});
