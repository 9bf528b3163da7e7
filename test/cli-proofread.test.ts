// `juesuan check <workbook> --text <narrative>`: the proofreader from the command line, on .txt and .docx.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { deflateRawSync } from "node:zlib";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { type CliIO, main } from "../src/cli";
import { documentXmlText, readNarrativeText } from "../src/cli/read-text";
import { writeZip } from "../src/render";

const SAMPLE = "examples/mentougou-kexin-2023.xlsx";

// Three known mistakes about the Mentougou sample, each in its own sentence, and two correct sentences.
const LINES = [
  "一、“三公”经费情况",
  "2023年度“三公”经费财政拨款决算数44,531.60元，比年初预算140,987.00元，减少96455.40元。",
  "二、科学技术支出",
  "“科技条件与服务”（款）2023年度决算4,276,060.24元，比2023年年初预算增加595,509.17元，增长16.3%。",
  "2023年度政府性基金财政拨款基本支出0元，比年初预算增加（减少）0元。",
  "2023年度本年收入合计112,078,856.26元，比上年增加39,551,070.89元，增长54.5%。",
];
const TEXT = LINES.join("\n");
// The missing separator departs from the text's own convention (all other 元 amounts are grouped): a warning.
const EXPECTED = [
  { rule: "proof.grouping", excerpt: "96455.40元", expected: "96,455.40元", line: 2, severity: "warning" },
  { rule: "proof.rate-mismatch", excerpt: "16.3%", expected: "16.2%", line: 4, severity: "error" },
  { rule: "proof.template-leftover", excerpt: "增加（减少）", expected: null, line: 5, severity: "error" },
];

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  cells: string[];
  expected: string | null;
  actual: string | null;
  sentence?: string;
  excerpt?: string;
  offset?: number;
  length?: number;
}
interface JsonReport {
  tables: unknown[];
  findings: JsonFinding[];
  proofread?: { file: string; profile: string; counts: Record<string, number> };
}

let dir = "";
let txt = "";
let docxFile = "";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/**
 * The same text as a Word file, written the way Word writes one (revision ids on paragraphs and runs): the
 * rate split across two runs, a tab stop in the paragraph properties. Only the parts a reader needs.
 */
function writeDocx(path: string): void {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const run = (t: string, rPr = "") => `<w:r w:rsidRPr="00A1">${rPr}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
  const paragraphs = LINES.map((line) => {
    const cut = line.indexOf("16.3%");
    if (cut < 0) return `<w:p w:rsidR="00A1" w:rsidRDefault="00A1">${run(line)}</w:p>`;
    return (
      '<w:p w:rsidR="00A1"><w:pPr><w:tabs><w:tab w:val="left" w:pos="2000"/></w:tabs></w:pPr>' +
      `${run(line.slice(0, cut + 3))}${run(line.slice(cut + 3), "<w:rPr><w:b/></w:rPr>")}</w:p>`
    );
  });
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${paragraphs.join("")}<w:sectPr/></w:body></w:document>`;
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const zip = writeZip(
    [
      { name: "[Content_Types].xml", data: types },
      { name: "_rels/.rels", data: rels },
      { name: "word/document.xml", data: document },
    ],
    { deflateRaw: (data) => deflateRawSync(data) },
  );
  writeFileSync(path, zip);
}

function proofOf(out: JsonReport): JsonFinding[] {
  return out.findings.filter((f) => f.rule.startsWith("proof."));
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), "juesuan-proof-"));
  txt = join(dir, "说明.txt");
  writeFileSync(txt, `\uFEFF${TEXT}\n`); // with a BOM, as Notepad writes
  docxFile = join(dir, "说明.docx");
  writeDocx(docxFile);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("reading the narrative", () => {
  test(".txt: UTF-8 with the BOM stripped; offsets index the text as read", async () => {
    const text = await readNarrativeText(txt);
    assert.equal(text, `${TEXT}\n`);
  });

  test(".docx: paragraphs as lines, runs joined, tab stops are not tabs", async () => {
    const text = await readNarrativeText(docxFile);
    assert.equal(text, TEXT);
  });

  test("document.xml: w:tab, w:br, entities, empty and nested-run paragraphs", () => {
    const xml =
      '<w:document xmlns:w="x"><w:body>' +
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>A</w:t><w:tab/><w:t xml:space="preserve">B &amp; C &lt;1&gt; &#x4E00;&#20108;</w:t></w:r></w:p>' +
      '<w:p w:rsidR="1"/>' +
      "<w:p><w:r><w:t>one</w:t><w:br/><w:t>two</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>" +
      "</w:body></w:document>";
    assert.equal(documentXmlText(xml), "A\tB & C <1> 一二\n\none\ntwo");
  });
});

describe("juesuan check --text", () => {
  test("--json: table findings unchanged, one proof finding per mistake with excerpt, sentence and offset", async () => {
    const r = await run(["check", SAMPLE, "--text", txt, "--json"]);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as JsonReport;
    const text = readFileSync(txt, "utf8").replace(/^\uFEFF/, "");
    const proof = proofOf(out);
    assert.deepEqual(
      proof.map((f) => ({ rule: f.rule, excerpt: f.excerpt, expected: f.expected })),
      EXPECTED.map(({ rule, excerpt, expected }) => ({ rule, excerpt, expected })),
    );
    for (const [i, f] of proof.entries()) {
      assert.equal(f.severity, EXPECTED[i].severity);
      assert.equal(text.slice(f.offset, (f.offset ?? 0) + (f.length ?? 0)), f.excerpt, "offset/length point at the excerpt");
      assert.equal(f.sentence, LINES[EXPECTED[i].line - 1]);
    }
    const rate = proof[1];
    assert.equal(rate.actual, "16.3%");
    assert.match(rate.message, /\(4,276,060\.24 − 3,680,551\.07\) ÷ 3,680,551\.07/);
    assert.ok(rate.cells.some((c) => c.startsWith("一般公共预算财政拨款支出决算表!")), rate.cells.join());
    // Table findings keep their shape (no text fields) and have no errors on the sample.
    const table = out.findings.filter((f) => !f.rule.startsWith("proof."));
    assert.ok(table.every((f) => !("excerpt" in f) && f.severity !== "error"));
    assert.equal(out.tables.length, 13);
    assert.deepEqual(out.proofread, { file: txt, profile: "yuan-1dp", counts: { error: 2, warning: 1, info: 0 } });
  });

  test("a .docx gives the same findings", async () => {
    const r = await run(["check", SAMPLE, "--text", docxFile, "--json"]);
    assert.equal(r.code, 1, r.stderr);
    const proof = proofOf(JSON.parse(r.stdout) as JsonReport);
    assert.deepEqual(
      proof.map((f) => [f.rule, f.excerpt]),
      EXPECTED.map((e) => [e.rule, e.excerpt]),
    );
  });

  test("the text report: sentence with the excerpt marked, expected and actual, cells, line", async () => {
    const r = await run(["check", SAMPLE, `--text=${txt}`]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /检查结果：错误 0 项/);
    assert.ok(r.stdout.includes(`校对 ${txt}（口径 yuan-1dp）：错误 2 项，警告 1 项，提示 0 项`), r.stdout);
    assert.ok(r.stdout.includes("[错误] proof.rate-mismatch  第 4 行  原文：“16.3%”"));
    assert.ok(r.stdout.includes("应为：16.2%  文中：16.3%"));
    assert.ok(r.stdout.includes("比2023年年初预算增加595,509.17元，增长〖16.3%〗。"));
    assert.match(r.stdout, /单元格：一般公共预算财政拨款支出决算表!E\d+/);
    assert.ok(r.stdout.includes("减少〖96455.40元〗。"));
    assert.ok(r.stdout.includes("比年初预算〖增加（减少）〗0元。"));
  });

  test("--profile wanyuan-2dp checks the writing against that profile", async () => {
    const r = await run(["check", SAMPLE, "--text", txt, "--profile", "wanyuan-2dp", "--json"]);
    const out = JSON.parse(r.stdout) as JsonReport;
    assert.equal(out.proofread?.profile, "wanyuan-2dp");
    // 16.3% and 54.5% have one decimal where the profile wants two.
    const decimals = proofOf(out).filter((f) => f.rule === "proof.decimals").map((f) => f.excerpt);
    assert.ok(decimals.includes("54.5%"), decimals.join());
    // A region id checks with its region's conventions: central is wanyuan-2dp's region.
    const central = JSON.parse((await run(["check", SAMPLE, "--text", txt, "--profile", "central", "--json"])).stdout) as JsonReport;
    assert.deepEqual(proofOf(central), proofOf(out));
  });

  test("a correct generated narrative checked back has no error proof findings", async () => {
    // The sample leaves the 224 reason out on purpose and its performance text has ungrouped 万元 amounts:
    // fill and fix both in a copy, then narrate and check the text against the same workbook.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const sup = wb.getWorksheet("补充信息");
    assert.ok(sup, "sample has 补充信息");
    let filled = 0;
    sup.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.value === "reason:functional:224") {
          row.getCell(4).value = "应急物资储备经费增加";
          filled++;
        }
        if (typeof cell.value === "string" && /\d{4}\.\d{2}万元/.test(cell.value)) {
          cell.value = cell.value.replace(/(\d)(\d{3}\.\d{2}万元)/g, "$1,$2");
        }
      });
    });
    assert.equal(filled, 1);
    const book = join(dir, "filled.xlsx");
    await wb.xlsx.writeFile(book);
    for (const profile of ["yuan-1dp", "wanyuan-2dp"]) {
      const out = join(dir, `generated-${profile}.txt`);
      const n = await run(["narrate", book, "--profile", profile, "--format", "text", "--out", out]);
      assert.equal(n.code, 0, n.stderr);
      assert.ok(readFileSync(out, "utf8").includes("应急物资储备经费增加"));
      const r = await run(["check", book, "--text", out, "--profile", profile, "--json"]);
      const proof = proofOf(JSON.parse(r.stdout) as JsonReport);
      const errors = proof.filter((f) => f.severity === "error");
      assert.deepEqual(errors.map((f) => `${f.rule} ${f.excerpt}`), [], profile);
      assert.equal(r.code, 0, profile);
    }
  });

  test("a text file that cannot be read: exit 2 and a Chinese message", async () => {
    const gbk = join(dir, "gbk.txt");
    writeFileSync(gbk, Buffer.from([0xd6, 0xa7, 0xb3, 0xf6, 0x31, 0x30, 0xd4, 0xaa])); // 支出10元 in GBK
    const doc = join(dir, "old.doc");
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const fake = join(dir, "fake.docx");
    writeFileSync(fake, "not a zip");
    const cases: [string, RegExp][] = [
      [join(dir, "none.txt"), /找不到说明文件：.*none\.txt/],
      [gbk, /gbk\.txt 不是 UTF-8 编码的文本/],
      [doc, /old\.doc 是旧版 Word（\.doc）格式，请在 Word 中另存为 \.docx/],
      [fake, /fake\.docx 不是有效的 \.docx 文件/],
    ];
    for (const [file, message] of cases) {
      const r = await run(["check", SAMPLE, "--text", file]);
      assert.equal(r.code, 2, file);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, "");
    }
  });

  test("usage: --text with a folder, a bad or lonely --profile, a missing value; help lists the options", async () => {
    const folder = join(dir, "folder");
    mkdirSync(folder);
    const usage: [string[], RegExp][] = [
      [["check", folder, "--text", txt], /--text 只能与单个工作簿一起使用/],
      [["check", SAMPLE, "--text", txt, "--profile", "x"], /--profile 的取值“x”无效，可选：beijing、central、shanghai、yuan-1dp、wanyuan-2dp/],
      [["check", SAMPLE, "--profile", "yuan-1dp"], /--profile 只能与 --text 一起使用/],
      [["check", SAMPLE, "--text"], /--text 需要一个取值/],
      [["check", SAMPLE, "--text", txt, "--text", txt], /--text 只能指定一次/],
    ];
    for (const [args, message] of usage) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, message);
    }
    const help = await run(["check", "--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--text 文件 +校对该决算说明：\.txt（UTF-8 编码）或 \.docx/);
    assert.match(help.stdout, /--profile 口径/);
  });

  test("--text without a workbook: the text against itself, same JSON, no tables", async () => {
    const r = await run(["check", "--text", txt, "--json"]);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as JsonReport & { proofread: { textOnly: boolean } };
    assert.deepEqual(out.tables, []);
    // The rate is recomputed from the amounts the sentence states: 595,509.17 ÷ (4,276,060.24 − 595,509.17).
    assert.deepEqual(
      out.findings.map((f) => [f.rule, f.excerpt, f.expected]),
      [
        ["proof.grouping", "96455.40元", "96,455.40元"],
        ["proof.rate-mismatch", "16.3%", "16.2%"],
        ["proof.template-leftover", "增加（减少）", null],
      ],
    );
    assert.equal(out.proofread.textOnly, true);
    const plain = await run(["check", "--text", txt]);
    assert.match(plain.stdout, /未指定工作簿：只用说明文字自身核对/);
    assert.match(plain.stdout, /\[错误\] proof\.rate-mismatch {2}第 4 行/);
  });

  test("as a process: the launcher's exit code is 1 on proof errors", () => {
    const r = spawnSync(process.execPath, ["bin/juesuan.js", "check", SAMPLE, "--text", txt, "--json"], { encoding: "utf8" });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(proofOf(JSON.parse(r.stdout) as JsonReport).length, 3);
  });
});
