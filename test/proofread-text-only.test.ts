// Text-only proofreading (no workbook) and the conventions a text keeps: what the text alone can show.
import { test } from "node:test";
import assert from "node:assert/strict";
import { inferConventions, proofreadText, proofreadTextOnly, findNumbers, resolveProofSettings } from "../src/proofread";
import { proofreadAlone } from "../src/taskpane/logic/proofread";
import { shanghaiAccounts } from "./fixtures/proofread/real-texts";

const rules = (text: string) => proofreadTextOnly(text).map((f) => `${f.rule} ${f.excerpt}${f.expected ? ` → ${f.expected}` : ""}`);

test("rates, shares and completion rates recomputed from the amounts the text states", () => {
  assert.deepEqual(rules("收入支出总计9859.38万元。与2023年度相比，收入支出总计增加1062.85万元，增长12.08%。"), []);
  assert.deepEqual(rules("收入支出总计9859.38万元。与2023年度相比，收入支出总计增加1062.85万元，增长12.18%。"), ["proof.rate-mismatch 12.18% → 12.08%"]);
  assert.deepEqual(rules("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.20万元，占0.31%；"), ["proof.share-mismatch 0.31% → 0.21%"]);
});

test("the 类 named in a structure list are items of their own; a list's parts may not exceed its whole", () => {
  const text = "一般公共预算财政拨款支出100.00万元，主要用于以下方面：一般公共服务支出（类）60.00万元，占60.00%；住房保障支出（类）50.00万元，占50.00%。";
  assert.deepEqual(rules(text), ["proof.parts-sum 100.00万元 → 110.00万元"]);
});

test("a convention kept throughout is accepted, a departure is one warning naming the places", () => {
  const plain = "收入2946.25万元，支出2940.05万元，结余6.20万元，其他1006.20万元。";
  const c = inferConventions(findNumbers(plain), resolveProofSettings(plain), false);
  assert.deepEqual([c.grouping.wanYuan, c.space.money, c.amountDecimals.wanYuan], ["plain", false, 2]);
  assert.deepEqual(rules(plain), []);
  const fs = proofreadTextOnly("收入 2946.25 万元，支出 2940.05 万元，结余 6.20 万元，其他 1006.20万元，另 2.00万元。");
  assert.deepEqual(fs.map((f) => [f.rule, f.severity, f.places?.length ?? 1]), [["proof.stray-space", "warning", 2]]);
  assert.match(fs[0].message, /有2处没有空格：“1006.20万元”、“2.00万元”/);
});

test("percentages truncated consistently (twice, never rounded) are the text's convention", () => {
  // 2/3 = 66.666…% and 1/3 = 33.333…%: cut off 66.66% / 33.33%; rounded 66.67% / 33.33%.
  const cut = "本年支出合计3.00万元，其中：基本支出2.00万元，占66.66%；项目支出1.00万元，占33.33%。一般公共预算财政拨款支出6.00万元，主要用于以下方面：教育支出（类）4.00万元，占66.66%；住房保障支出（类）2.00万元，占33.33%。";
  assert.deepEqual(rules(cut), []);
  const mixed = cut.replace("占66.66%；住房", "占66.67%；住房");
  assert.deepEqual(rules(mixed), ["proof.share-mismatch 66.66% → 66.67%"]);
});

test("the pane's text-only proofreading: the same findings, errors first on request", () => {
  const text = "减少0.15万元，下降（增长）27.78%。\n支出增加1,193.20万元，增长13.95。";
  const found = proofreadAlone(text);
  assert.deepEqual(found.map((f) => f.rule), ["proof.template-leftover", "proof.missing-unit"]);
  assert.deepEqual(proofreadAlone(text, true).map((f) => f.severity), ["error", "warning"]);
});

test("with tables, a 类 printed with two values in two tables may be written either way", async () => {
  // 卫生健康支出: 236.64 in 一般公共预算财政拨款支出决算表, 236.63 in 财政拨款收入支出决算总表.
  const acc = await shanghaiAccounts("planning")();
  for (const v of ["236.63", "236.64"]) {
    const fs = proofreadText(`一般公共预算财政拨款支出 9746.50 万元，主要用于以下方面：卫生健康支出（类）${v} 万元，占 2.43%。`, acc);
    assert.deepEqual(fs.filter((f) => f.severity === "error").map((f) => f.rule), [], v);
  }
});
