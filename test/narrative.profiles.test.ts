/**
 * Region profiles as data: every registered profile is valid, the aliases resolve, the conventions are
 * exposed for the proofreader, the automatic choice reads the workbook, and a fourth region written
 * only as data (below) works without any change to the engine.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { centralWorkbook, mentougouWorkbook } from "../examples/src";
import { shanghaiWorkbooks } from "../examples/src/shanghai";
import {
  PROFILES,
  REGION_PROFILES,
  type RegionProfile,
  chooseProfile,
  generateNarrative,
  narrativeToPlain,
  profileById,
  profileConventions,
  resolveSettings,
  validateProfile,
} from "../src/narrative";
import { CENTRAL } from "../src/narrative/profiles/central";
import { readFinalAccounts } from "../src/tables";

describe("registered profiles", () => {
  test("each is valid and ids and aliases are unique", () => {
    for (const p of REGION_PROFILES) assert.deepEqual(validateProfile(p, REGION_PROFILES), [], p.id);
    assert.deepEqual(
      REGION_PROFILES.map((p) => p.id),
      ["beijing", "central", "shanghai"],
    );
  });

  test("yuan-1dp and wanyuan-2dp stay aliases; per-setting overrides stay", () => {
    assert.equal(profileById("yuan-1dp"), profileById("beijing"));
    assert.equal(profileById("wanyuan-2dp"), profileById("central"));
    assert.equal(resolveSettings({ profile: "wanyuan-2dp" }).region, "central");
    assert.equal(resolveSettings({ profile: "wanyuan-2dp" }).profile, "wanyuan-2dp");
    const s = resolveSettings({ profile: "shanghai", percentDecimals: 1, thousands: true });
    assert.equal(s.percentDecimals, 1);
    assert.equal(s.thousands, true);
    assert.equal(s.amountUnit, "wanYuan");
    assert.ok("yuan-1dp" in PROFILES && "shanghai" in PROFILES);
  });

  test("profileConventions gives what the proofreader needs", () => {
    assert.deepEqual(
      (({
        amountUnit,
        amountDecimals,
        thousands,
        percentDecimals,
        zeroAmount,
        priorYearWording,
        budgetStyle,
      }) => ({
        amountUnit,
        amountDecimals,
        thousands,
        percentDecimals,
        zeroAmount,
        priorYearWording,
        budgetStyle,
      }))(profileConventions("shanghai")),
      {
        amountUnit: "wanYuan",
        amountDecimals: 2,
        thousands: false,
        percentDecimals: 2,
        zeroAmount: "0{unit}",
        priorYearWording: "与上年度相比",
        budgetStyle: "completion",
      },
    );
    assert.equal(profileConventions("yuan-1dp").amountUnit, "yuan");
    assert.equal(profileConventions("beijing").budgetStyle, "change");
    assert.throws(() => profileConventions("nowhere"), /未知的口径/);
  });

  test("the charts list is optional data on a profile", () => {
    for (const p of REGION_PROFILES) assert.ok(p.charts === undefined || Array.isArray(p.charts));
  });
});

describe("automatic choice from the workbook", () => {
  const read = (sheets: Parameters<typeof readFinalAccounts>[0]) => readFinalAccounts(sheets).accounts;
  test("each sample gets its region with the reason", () => {
    const m = chooseProfile(read(mentougouWorkbook().sheets));
    assert.equal(m.id, "beijing");
    assert.equal(m.reason, "部门名称“北京市门头沟区科学技术和信息化局”表明为北京市");
    assert.equal(chooseProfile(read(centralWorkbook().sheets)).id, "central");
    for (const wb of shanghaiWorkbooks())
      assert.equal(chooseProfile(read(wb.sheets)).id, "shanghai", wb.file);
  });

  test("without names: Beijing-only tables, then the closest table set", () => {
    const m = read(mentougouWorkbook().sheets);
    const anonymous = {
      ...m,
      department: null,
      tables: m.tables.map((t) => ({ ...t, title: t.title.replace(/^\d{4}年度/, "") })),
    };
    const c = chooseProfile(anonymous);
    assert.equal(c.id, "beijing");
    assert.match(c.reason, /政府采购情况表/);
    const nine = { ...anonymous, tables: anonymous.tables.filter((t) => CENTRAL.tables.includes(t.id)) };
    const c9 = chooseProfile(nine);
    assert.equal(c9.id, "central");
    assert.match(c9.reason, /9张表/);
    const none = chooseProfile({ ...nine, tables: [] });
    assert.equal(none.id, "beijing");
    assert.match(none.reason, /默认/);
  });
});

/** A fourth region, written only as data: a province that follows the central outline in 元. */
const EXAMPLE_PROVINCE: RegionProfile = {
  ...CENTRAL,
  id: "example-province",
  name: "示例省（省级部门，元）",
  aliases: [],
  conventions: { ...CENTRAL.conventions, amountUnit: "yuan", percentDecimals: 1, thousands: true },
  terms: [{ term: "财政拨款收入", definition: "本级财政当年拨付的资金。" }],
  detect: { names: [/示例省/], nameLabel: "示例省" },
  priority: 3,
};

describe("a fourth region is a data file and its tests", () => {
  test("it validates, is chosen from a department name, and writes its document", () => {
    assert.deepEqual(validateProfile(EXAMPLE_PROVINCE, REGION_PROFILES), []);
    const accounts = { ...readFinalAccounts(centralWorkbook().sheets).accounts, department: "示例省财政厅" };
    const all = [...REGION_PROFILES, EXAMPLE_PROVINCE];
    const c = chooseProfile(accounts, all);
    assert.equal(c.id, "example-province");
    const n = generateNarrative(accounts, { year: 2023 }, EXAMPLE_PROVINCE);
    assert.equal(n.region, "example-province");
    const text = narrativeToPlain(n).text;
    assert.match(text, /收、支总计42,577,000\.00元/);
    assert.match(text, /1\.财政拨款收入：本级财政当年拨付的资金。/);
  });

  test("a profile naming an unknown section kind or lacking a template family is refused", () => {
    const broken = {
      ...EXAMPLE_PROVINCE,
      sections: [{ kind: "nosuch" }, { kind: "shOverall" }],
    } as unknown as RegionProfile;
    assert.deepEqual(validateProfile(broken), [
      "未知的章节类型“nosuch”",
      "章节“shOverall”需要模板“shanghai”",
    ]);
  });
});
