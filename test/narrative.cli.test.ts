import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIO } from "../src/cli/command";
import { UsageError } from "../src/cli/command";
import { narrateCommand, parseNarrateArgs } from "../src/cli/narrate";

const MENTOUGOU = fileURLToPath(new URL("../examples/mentougou-kexin-2023.xlsx", import.meta.url));

function capture(): CliIO & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stderrIsTTY: false,
    stdout(t: string) {
      io.out += t;
    },
    stderr(t: string) {
      io.err += t;
    },
  };
  return io;
}

describe("narrate arguments", () => {
  test("defaults, values with a space or '='", () => {
    assert.deepEqual(parseNarrateArgs(["a.xlsx"]), {
      target: "a.xlsx",
      profile: "auto",
      format: "text",
      out: null,
      year: null,
    });
    assert.deepEqual(
      parseNarrateArgs([
        "a.xlsx",
        "--profile",
        "wanyuan-2dp",
        "--format=json",
        "--out",
        "x.json",
        "--year",
        "2023",
      ]),
      { target: "a.xlsx", profile: "wanyuan-2dp", format: "json", out: "x.json", year: 2023 },
    );
    assert.throws(() => parseNarrateArgs(["a.xlsx", "--year", "23年"]), /--year/);
    assert.equal(parseNarrateArgs(["-h"]), "help");
  });
  test("bad input is a usage error in Chinese", () => {
    assert.throws(
      () => parseNarrateArgs([]),
      (e: unknown) => e instanceof UsageError && /请指定工作簿/.test(e.message),
    );
    assert.throws(() => parseNarrateArgs(["a.xlsx", "--profile", "x"]), /--profile 的取值“x”无效/);
    assert.throws(() => parseNarrateArgs(["a.xlsx", "--format"]), /--format 需要一个取值/);
    assert.throws(() => parseNarrateArgs(["a.xlsx", "--pdf"]), /未知选项/);
    assert.throws(() => parseNarrateArgs(["a.xlsx", "b.xlsx"]), /只能指定一个/);
  });
});

describe("narrate on the Mentougou workbook", () => {
  test("json: text, sections with paragraphs, warnings; exit 0", async () => {
    const io = capture();
    const code = await narrateCommand.run([MENTOUGOU, "--format", "json", "--year", "2023"], io);
    assert.equal(code, 0, io.err);
    const doc = JSON.parse(io.out) as {
      text: string;
      sections: { id: string; title: string; paragraphs: string[] }[];
      warnings: { code: string; key?: string }[];
    };
    assert.ok(doc.text.includes("2023年度收、支总计113,684,009.05元，比上年增加37,993,697.43元，增长50.2%"));
    const gb = doc.sections.find((s) => s.id === "general-budget")!;
    assert.equal(gb.title, "四、一般公共预算财政拨款支出决算情况说明");
    assert.ok(gb.paragraphs.some((p) => p.includes("增长16.2%")));
    assert.ok(doc.warnings.some((w) => w.key === "reason:functional:224"));
    assert.match(io.err, /需要补充或核对/);
  });

  test("docx needs --out; html and docx are written to files", async () => {
    await assert.rejects(narrateCommand.run([MENTOUGOU, "--format", "docx"], capture()), /须用 --out/);
    const dir = await mkdtemp(join(tmpdir(), "narrate-"));
    try {
      const html = join(dir, "m.html");
      assert.equal(await narrateCommand.run([MENTOUGOU, "--format", "html", "--out", html], capture()), 0);
      const page = await readFile(html, "utf8");
      assert.match(page, /16\.2%/);
      assert.ok(!page.includes("16.3%"));
      const docx = join(dir, "m.docx");
      assert.equal(await narrateCommand.run([MENTOUGOU, "--format", "docx", "--out", docx], capture()), 0);
      const bytes = await readFile(docx);
      assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("a missing file exits 2 with a Chinese message", async () => {
    const io = capture();
    assert.equal(await narrateCommand.run(["/nonexistent/x.xlsx"], io), 2);
    assert.match(io.err, /找不到文件/);
  });
});

describe("narrate chooses the region profile and says why (stderr only)", () => {
  const SHANGHAI = fileURLToPath(new URL("../examples/shanghai-putuo-caizhengju-2024.xlsx", import.meta.url));
  const CENTRAL = fileURLToPath(new URL("../examples/central-sample.xlsx", import.meta.url));
  const cases: [string, string, RegExp][] = [
    [MENTOUGOU, "北京市（区级部门，元）", /部门名称“北京市门头沟区科学技术和信息化局”/],
    [CENTRAL, "中央部门（万元）", /部门名称“国家示例局机关服务中心”/],
    [SHANGHAI, "上海市（2024年模板，万元）", /上海市/],
  ];
  for (const [file, name, why] of cases) {
    test(`${name} is chosen by itself`, async () => {
      const io = capture();
      await narrateCommand.run([file], io);
      const line = io.err.split("\n").find((l) => l.includes("口径："));
      assert.ok(line, io.err);
      assert.ok(line.includes(`口径：${name}（自动选择：`), line);
      assert.match(line, why);
      assert.ok(!io.out.includes("口径：") && !io.out.includes("自动选择"), "the choice leaked into the document");
    });
  }

  test("--profile overrides the choice", async () => {
    const io = capture();
    await narrateCommand.run([SHANGHAI, "--profile", "beijing"], io);
    assert.match(io.err, /口径：北京市（区级部门，元）（--profile beijing）/);
    assert.match(io.out, /第二部分 .*部门决算说明/);
    const sh = capture();
    await narrateCommand.run([SHANGHAI], sh);
    assert.match(sh.out, /第三部分 .*部门决算情况说明/);
    assert.match(sh.out, /第四部分 名词解释/);
  });
});
