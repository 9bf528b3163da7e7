// Every proofreading rule, ESLint-style: sentences it must accept (valid) and sentences it must report
// (invalid), each against the Beijing fixture accounts (元), a Shanghai disclosure's tables (万元: the
// sample workbooks of 普陀区财政局 and 规划和自然资源局, read from the .xlsx as the CLI reads them) or no
// tables at all.
import { before, test, describe } from "node:test";
import assert from "node:assert/strict";
import { RULES, SEVERITY_MEANING, proofreadText, proofreadTextOnly, ruleCatalog, type ProofRuleId } from "../src/proofread";
import { mentougouAccounts } from "../examples/src";
import { shanghaiAccounts } from "./fixtures/proofread/real-texts";
import type { FinalAccounts } from "../src/tables/model";
import { readFileSync } from "node:fs";

type Against = "beijing" | "shanghai" | "planning" | "text";
interface Case {
  text: string;
  against: Against;
}
const bj = (text: string): Case => ({ text, against: "beijing" });
const sh = (text: string): Case => ({ text, against: "shanghai" });
const pl = (text: string): Case => ({ text, against: "planning" });
const alone = (text: string): Case => ({ text, against: "text" });

const CASES: Record<ProofRuleId, { valid: Case[]; invalid: Case[] }> = {
  "proof.amount-mismatch": {
    valid: [bj("2023年度本年收入合计112,078,856.26元。"), sh("本年收入合计2946.25万元。")],
    invalid: [bj("2023年度本年收入合计112,078,856.36元。"), sh("上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。")],
  },
  "proof.unit-mismatch": { valid: [bj("2023年度本年收入合计112,078,856.26元。")], invalid: [bj("2023年度本年收入合计11,207.89元。")] },
  "proof.change-mismatch": {
    valid: [bj("2023年度收、支总计113,684,009.05元，比上年增加37,993,697.43元。"), alone("某项支出100.00元，比上年100.00元增加0.00元。")],
    invalid: [bj("2023年度收、支总计113,684,009.05元，比上年增加37,993,697.44元。"), alone("某项支出100.00元，比上年80.00元，增加30.00元。")],
  },
  "proof.change-too-large": { valid: [alone("某项支出149,000.00元，比上年增加149,000.00元。")], invalid: [alone("某项支出149,000.00元，比上年增加8,083,965.07元。")] },
  "proof.rate-mismatch": {
    valid: [sh("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。"), bj("2023年度收、支总计113,684,009.05元，比上年增加37,993,697.43元，增长50.2%。")],
    invalid: [sh("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.50%。"), alone("“社会科学”（款）2023年度决算200.00元，比2023年年初预算增加100.00元，增长90.0%。")],
  },
  "proof.share-mismatch": {
    valid: [sh("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.20万元，占0.21%；")],
    invalid: [
      sh("一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；"),
      alone("一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；"),
    ],
  },
  "proof.execution-mismatch": {
    valid: [alone("一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。")],
    invalid: [alone("一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，完成年初预算的95.45%。")],
  },
  "proof.zero-base": {
    valid: [sh("“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：公务接待费支出决算为0.00万元，完成预算的0%。")],
    invalid: [sh("“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：因公出国（境）费决算为0.00万元，完成预算的0%。"), alone("“三公”经费财政拨款支出年初预算为0.00万元，支出决算为0.00万元，完成预算的0.00%。")],
  },
  "proof.per-unit-mismatch": { valid: [bj("2023年度公务用车保有量6辆，车均运行维护费7,421.93元。")], invalid: [bj("2023年度公务用车保有量6辆，车均运行维护费7,421.94元。")] },
  "proof.count-mismatch": { valid: [bj("2023年度公务用车保有量6辆。")], invalid: [bj("2023年度公务用车保有量7辆。")] },
  "proof.direction": {
    valid: [alone("“三公”经费支出决算数比2023年度减少0.15万元，下降27.78%。")],
    invalid: [bj("“科学技术管理事务”（款）2023年度决算7,436,930.72元，比2023年年初预算增加1,089,721.10元，下降12.8%。"), alone("收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，增长1.87%。")],
  },
  "proof.bad-grouping": { valid: [bj("合计358,257.77元，比上年减少35,318.18元。")], invalid: [bj("合计358,257.77元，比上年减少353,18.18元。"), alone("占比1,00.0%。")] },
  "proof.grouping": {
    valid: [alone("收入2946.25万元，支出2940.05万元，结余6.20万元。"), alone("收入2,946.25万元，支出2,940.05万元。")],
    invalid: [alone("收入2,946.25万元，支出2,940.05万元，其他收入1,006.20万元，结余1006.20万元。")],
  },
  "proof.missing-unit": {
    valid: [alone("支出增加1193.20万元，增长13.95%。")],
    invalid: [alone("支出增加1193.20万元，增长13.95。"), alone("国内公务接待支出0.39万（含外宾接待支出0.00万元）。"), bj("2023年度收、支总计113,684,009.05元，比上年增加37,993,697.43，增长50.2%。")],
  },
  "proof.template-leftover": {
    valid: [alone("决算数小于预算数的主要原因：人员减少。")],
    invalid: [
      alone("减少0.15万元，下降（增长）27.78%。"),
      alone("决算数大于（小于）预算数的主要原因：无。"),
      alone("决算数与预算数持平(或与预算数持平)。"),
      alone("主要用于以下方面，其中。"),
      alone("“基础研究”（款，）2023年度决算0元。"),
    ],
  },
  "proof.stray-space": {
    valid: [alone("收入2946.25万元，增长1.40%。"), alone("收入 2946.25 万元，支出 2940.05 万元，结余 6.20 万元。")],
    invalid: [alone("收入2946.25万元，支出2940.05万元，结余6.20 万元。")],
  },
  "proof.decimals": {
    valid: [sh("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.20万元，占0.21%；")],
    invalid: [sh("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；")],
  },
  "proof.item-not-mentioned": {
    valid: [
      sh("五、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n一般公共预算财政拨款支出2940.05万元。\n（二）一般公共预算财政拨款支出决算结构情况\n一般公共服务支出（类）2106.66万元；社会保障和就业支出（类）326.72万元；卫生健康支出（类）60.99万元；住房保障支出（类）445.69万元。"),
    ],
    invalid: [
      sh("五、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n一般公共预算财政拨款支出2940.05万元。\n（二）一般公共预算财政拨款支出决算结构情况\n一般公共服务支出（类）2106.66万元；社会保障和就业支出（类）326.72万元；卫生健康支出（类）60.99万元。"),
    ],
  },
  "proof.parts-sum": {
    valid: [alone("共有车辆3辆，其中：主要领导干部用车1辆、执法执勤用车2辆、其他用车0辆。"), sh("本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%；"), sh("一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元；社会保障和就业支出（类）326.72万元；卫生健康支出（类）60.99万元；住房保障支出（类）445.69万元。")],
    invalid: [alone("政府采购金额为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额266.47万元。"), alone("本项目预算总额1740元，其中：区级财政资金1740万元、其他资金0万元。"), alone("共有车辆3辆，其中：主要领导干部用车2辆、执法执勤用车2辆、其他用车0辆。")],
  },
  "proof.budget-sum": {
    valid: [alone("（三）具体情况\n一般公共预算财政拨款支出年初预算为30.00万元，支出决算为29.00万元。其中：\n1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为10.00万元，支出决算为10.00万元。\n2、一般公共服务支出（类）财政事务（款）信息化建设（项）。年初预算为20.00万元，支出决算为19.00万元。")],
    invalid: [alone("（三）具体情况\n一般公共预算财政拨款支出年初预算为31.00万元，支出决算为29.00万元。其中：\n1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为10.00万元，支出决算为10.00万元。\n2、一般公共服务支出（类）财政事务（款）信息化建设（项）。年初预算为20.00万元，支出决算为19.00万元。")],
  },
  "proof.item-name": {
    valid: [pl("11、自然资源海洋气象等支出（类）自然资源事务（款）其他自然资源事务支出（项）。年初预算为45.00万元，支出决算为45.00万元。")],
    invalid: [pl("11、自然资源海洋气象等支出（类）自然资源事务（款）其他国土资源事务支出（项）。年初预算为45.00万元，支出决算为45.00万元。"), sh("一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元，主要包括：基本工资、个人农业生产补贴；公用经费184.65万元。")],
  },
  "proof.department-name": {
    valid: [pl("上海市普陀区规划和自然资源局2024年度无政府性基金预算财政拨款收入和支出。")],
    invalid: [pl("上海市普陀区规划与自然资源局2024年度无政府性基金预算财政拨款收入和支出。"), alone("上海市普陀区规划和自然资源局负责…。上海市普陀区规划和自然资源局本年度…。上海市普陀区规划与自然资源局本年度无此项支出。")],
  },
  "proof.restated": {
    valid: [alone("一般公共预算财政拨款支出2940.05万元。一般公共预算财政拨款支出2940.05万元，主要用于以下方面。")],
    invalid: [alone("一般公共预算财政拨款支出2940.05万元。一般公共预算财政拨款支出2940.15万元，主要用于以下方面。"), alone("财政拨款收入支出总计0.3万元。一般公共预算财政拨款支出2940.05万元。")],
  },
};

let ACCOUNTS: Record<Exclude<Against, "text">, FinalAccounts>;
before(async () => {
  ACCOUNTS = { beijing: mentougouAccounts(), shanghai: await shanghaiAccounts("finance")(), planning: await shanghaiAccounts("planning")() };
});
const run = (c: Case) => (c.against === "text" ? proofreadTextOnly(c.text) : proofreadText(c.text, ACCOUNTS[c.against]));

describe("each rule: valid and invalid cases", () => {
  for (const { id, severity } of ruleCatalog()) {
    test(id, () => {
      const cases = CASES[id];
      assert.ok(cases && cases.valid.length > 0 && cases.invalid.length > 0, `${id} has cases`);
      for (const c of cases.valid) {
        const fs = run(c).filter((f) => f.rule === id);
        assert.deepEqual(fs.map((f) => `${f.excerpt}: ${f.message}`), [], `valid (${c.against}): ${c.text}`);
      }
      for (const c of cases.invalid) {
        const fs = run(c).filter((f) => f.rule === id);
        assert.ok(fs.length > 0, `invalid (${c.against}) not reported: ${c.text}`);
        for (const f of fs) assert.equal(f.severity, severity);
      }
    });
  }
});

test("rules are data: id, severity, description and messages; every message is used with its placeholders filled", () => {
  for (const r of RULES) {
    assert.match(r.id, /^proof\.[a-z-]+$/);
    assert.ok(r.severity in SEVERITY_MEANING);
    assert.match(r.describe, /[\u4e00-\u9fff]/);
    assert.ok(Object.keys(r.messages).length > 0, r.id);
    for (const m of Object.values(r.messages)) assert.match(m, /[\u4e00-\u9fff]/);
  }
  for (const cases of Object.values(CASES))
    for (const c of cases.invalid) for (const f of run(c)) assert.doesNotMatch(f.message, /\{\w+\}/, `${f.rule}: ${f.message}`);
});

test("severity is defined once: docs/proofread.md states SEVERITY_MEANING and each rule's severity", () => {
  const doc = readFileSync("docs/proofread.md", "utf8");
  for (const [sev, meaning] of Object.entries(SEVERITY_MEANING)) assert.ok(doc.includes(`\`${sev}\``) && doc.includes(meaning), sev);
  const label = { error: "错误", warning: "警告", info: "提示" } as const;
  for (const r of ruleCatalog()) {
    const row = doc.split("\n").find((l) => l.startsWith(`| \`${r.id}\` |`));
    assert.ok(row, `${r.id} in docs/proofread.md`);
    assert.ok(row.includes(`| ${label[r.severity]} |`), `${r.id}: ${row}`);
  }
});
