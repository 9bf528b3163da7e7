import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { bindText, buildItems, findNumbers, proofreadText, ruleCatalog, type ProofFinding } from "../src/proofread";
import { mentougouAccounts } from "../examples/src";

const acc = mentougouAccounts();
const check = (text: string, profile = "yuan-1dp") => proofreadText(text, acc, { profile });
const rules = (fs: ProofFinding[]) => fs.map((f) => `${f.rule} ${f.excerpt}${f.expected ? ` → ${f.expected}` : ""}`);

describe("claim extraction", () => {
  test("numbers with units, spaces, groupings and exact offsets", () => {
    const text = "增长54.5 %，比上年减少353,18.18元，96455.40元，1740万元，6辆";
    const t = findNumbers(text);
    assert.deepEqual(
      t.map((x) => [x.text, x.unitKind, x.grouping, x.offset]),
      [
        ["54.5 %", "percent", "short", 2],
        ["353,18.18元", "yuan", "bad", 14],
        ["96455.40元", "yuan", "none", 25],
        ["1740万元", "wanYuan", "none", 35],
        ["6辆", "count", "short", 42],
      ],
    );
    assert.equal(text.slice(14, 14 + t[1].text.length), "353,18.18元");
  });

  test("roles and bindings in a summary sentence", () => {
    const b = bindText("2023年度本年收入合计112,078,856.26元，比上年增加39,551,070.89元，增长54.5%，其中：财政拨款收入104,505,587.14元，占收入合计的93.2%。", buildItems(acc));
    assert.deepEqual(
      b.claims.filter((c) => c.role !== "other").map((c) => [c.token.text, c.role, c.item, c.relation ?? c.shareTotal ?? ""]),
      [
        ["112,078,856.26元", "value", "incomeTotal", ""],
        ["39,551,070.89元", "change", "incomeTotal", "priorYear"],
        ["54.5%", "rate", "incomeTotal", "priorYear"],
        ["104,505,587.14元", "value", "appropriationIncome", ""],
        ["93.2%", "share", "appropriationIncome", "incomeTotal"],
      ],
    );
  });

  test("economic lines bind by paragraph scope, ignoring the 包括…等 enumeration", () => {
    const text =
      "（四）2023年度本部门使用一般公共预算财政拨款项目支出78,542,538.83元，比年初预算增加60,970,968.83元，增长347%。其中：\n" +
      "2.商品和服务支出：包括办公费、因公出国（境）费、公务接待费、公务用车运行维护费等支出26,600,390.83元，年初预算17,571,570.00元，增加9,028,820.83元。";
    const b = bindText(text, buildItems(acc));
    const items = b.claims.filter((c) => c.role !== "other").map((c) => `${c.token.text}:${c.item}`);
    assert.deepEqual(items.slice(3), ["26,600,390.83元:econ:project:302", "17,571,570.00元:econ:project:302", "9,028,820.83元:econ:project:302"]);
    assert.deepEqual(check(text), []);
  });
});

describe("rules", () => {
  test("a rate one tenth off is found; the right one at the stated precision is not", () => {
    const bad = "“科技条件与服务”（款）2023年度决算4,276,060.24元，比2023年年初预算增加595,509.17元，增长16.3%。";
    assert.deepEqual(rules(check(bad)), ["proof.rate-mismatch 16.3% → 16.2%"]);
    assert.deepEqual(check(bad.replace("16.3%", "16.2%")), []);
    // At 0 decimals 16% is right in value, but the profile wants one decimal.
    assert.deepEqual(rules(check(bad.replace("16.3%", "16%"))), ["proof.decimals 16% → 16.2%"]);
  });

  test("unit mismatch: 1740元 meant as 万元", () => {
    const text = "（1）项目名称：高新技术产业培育扶持政策-2022年高新技术企业认定资质奖励资金项目\n本项目预算总额1740元，其中：区级财政资金1740万元。";
    const fs = check(text);
    // The same mistake seen twice: the unit against the table, and a part larger than its total.
    assert.deepEqual(rules(fs), ["proof.unit-mismatch 1740元 → 17,400,000.00元", "proof.parts-sum 1740元 → 17,400,000.00元"]);
    assert.equal(fs[0].offset, text.indexOf("1740元"));
    assert.equal(fs[0].severity, "error");
    assert.ok(fs[0].cells[0].startsWith("补充信息!"));
  });

  test("direction word against the sign, and 持平 when figures differ", () => {
    const text = "“科学技术管理事务”（款）2023年度决算7,436,930.72元，比2023年年初预算增加1,089,721.10元，下降12.8%。";
    assert.deepEqual(rules(check(text)), ["proof.direction 增加 → 减少"]);
    const flat = "公务用车运行维护费决算数44,531.60元，与年初预算持平。";
    assert.deepEqual(rules(check(flat)), ["proof.direction 与年初预算持平 → 减少"]);
  });

  test("a change larger than the value allows, and a change that does not recompute", () => {
    const text = "4.“城乡社区支出”(类)2023年度决算149,000.00元，比2023年年初预算增加8,083,965.07元，增长100%。";
    assert.deepEqual(rules(check(text)), ["proof.change-mismatch 8,083,965.07元 → 149,000.00元"]);
    // Without tables the same sentence is still impossible.
    const alone = proofreadText("某项支出决算149,000.00元，比上年增加8,083,965.07元。", { ...acc, supplement: { ...acc.supplement } });
    assert.deepEqual(rules(alone), ["proof.change-too-large 8,083,965.07元 → 不超过149,000.00元"]);
  });

  test("grouping, missing unit, stray spaces, decimals, template leftovers", () => {
    assert.deepEqual(rules(check("2023年度“三公”经费财政拨款决算数44,531.60元，比年初预算140,987.00元，减少96455.40元。")), [
      "proof.grouping 96455.40元 → 96,455.40元",
    ]);
    assert.deepEqual(rules(check("合计358,257.77元，比上年减少353,18.18元。".replace("合计", "日常公用经费支出，合计"))), [
      "proof.bad-grouping 353,18.18元 → 35,318.18元",
    ]);
    assert.deepEqual(rules(check("2023年度收、支总计113,684,009.05元，比上年增加37,993,697.43，增长50.2 %。")), [
      "proof.missing-unit 37,993,697.43 → 37,993,697.43元",
      "proof.stray-space 50.2 % → 50.2%",
    ]);
    assert.deepEqual(rules(check("城乡社区支出149,000元，占本年财政拨款支出0.1%。")), ["proof.decimals 149,000元 → 149,000.00元"]);
    assert.deepEqual(
      rules(check("“基础研究”（款，）2023年度决算0元，比2023年年初预算减少100,000.00元，下降100%。\n1.因公出国（境）费用\n2023年度决算数0元，比年初预算数0元，增加（减少）0元，增长（减少）0%。主要增（减）原因无。")).map((r) => r.split(" ")[0] + " " + r.split(" ")[1]),
      ["proof.template-leftover （款，）", "proof.template-leftover 增加（减少）", "proof.template-leftover 增长（减少）", "proof.template-leftover 增（减）"],
    );
  });

  test("share, execution, per-unit and count", () => {
    assert.deepEqual(rules(check("科学技术支出78,335,329.04元，占本年财政拨款支出74.2%。")), ["proof.share-mismatch 74.2% → 74.1%"]);
    assert.deepEqual(rules(check("“基础研究”（款）年初预算为100,000.00元，支出决算为0元，完成年初预算的0%。")), []);
    assert.deepEqual(rules(check("“科学技术普及”（款）年初预算为350,000.00元，支出决算为331,118.00元，完成年初预算的94.7%。")), [
      "proof.execution-mismatch 94.7% → 94.6%",
    ]);
    assert.deepEqual(rules(check("2023年度公务用车保有量6辆，车均运行维护费7,421.94元。")), ["proof.per-unit-mismatch 7,421.94元 → 7,421.93元"]);
    assert.deepEqual(rules(check("2023年度公务用车保有量7辆，车均运行维护费7,421.93元。")), ["proof.count-mismatch 7辆 → 6辆"]);
  });

  test("parts that do not add up to the stated total", () => {
    const text = "2023年度本年支出合计106,400,029.75元，其中：基本支出27,177,385.21元；项目支出79,222,644.55元。";
    const fs = check(text);
    assert.deepEqual(rules(fs), ["proof.parts-sum 106,400,029.75元 → 106,400,029.76元", "proof.amount-mismatch 79,222,644.55元 → 79,222,644.54元"]);
  });

  test("a 类 with spending missing from 四（二）", () => {
    const text = "（二）一般公共预算财政拨款支出决算具体情况\n1.“科学技术支出”(类)2023年度决算78,335,329.04元。\n五、政府性基金预算财政拨款支出决算情况说明";
    const missing = check(text).filter((f) => f.rule === "proof.item-not-mentioned").map((f) => f.expected);
    assert.deepEqual(missing, ["208 社会保障和就业支出", "210 卫生健康支出", "212 城乡社区支出", "215 资源勘探工业信息等支出", "224 灾害防治及应急管理支出"]);
  });

  test("万元 text with two decimals compared after rounding the table value", () => {
    const text = "本年度本年收入合计11,207.89万元，比上年增加3,955.11万元，增长54.53%。";
    assert.deepEqual(check(text, "wanyuan-2dp"), []);
    assert.deepEqual(rules(check(text.replace("11,207.89", "11,207.88"), "wanyuan-2dp")), ["proof.amount-mismatch 11,207.88万元 → 11,207.89万元"]);
    assert.deepEqual(rules(check(text.replace("54.53%", "54.5%"), "wanyuan-2dp")), ["proof.decimals 54.5% → 54.53%"]);
  });

  test("every rule has a Chinese description", () => {
    for (const r of ruleCatalog()) assert.match(r.describe, /[\u4e00-\u9fff]/, r.id);
    assert.equal(new Set(ruleCatalog().map((r) => r.id)).size, 23);
  });
});
