/**
 * 第三部分 其他重要事项的情况说明 (三公, 机关运行经费, 政府采购, 政府购买服务, 国有资产, 收费, 名词解释)
 * and 第四部分 绩效评价.
 */
import { ZERO } from "../../core";
import type { CountKey, ThreePublicKind } from "../../tables/model";
import { type Ctx, type Operand, operand, operandOrZero } from "../context";
import type { Paragraph, Run, Section } from "../model";
import { body, bodyRuns, heading, section, userParagraphs } from "../paragraphs";
import { fill, joinRuns } from "../template";
import { SUPPLEMENT_COUNT_LABELS as SHEET_COUNT_LABELS } from "../../tables/supplement";
import { cmpSlots, missingTable, reasonSlots } from "./part2";
import { isKnownZero, mayBeNonZero } from "../zero";

/** Count labels as the gaps name them (the sheet's own labels for the keys added later). */
export const COUNT_LABELS: Record<CountKey, string> = {
  ...(Object.fromEntries(
    Object.entries(SHEET_COUNT_LABELS).map(([k, v]) => [k, v.label.replace(/^(车辆|预算绩效)：/, "")]),
  ) as Record<CountKey, string>),
  vehiclesHeld: "公务用车保有量",
  vehiclesPurchased: "购置（更新）公务用车数量",
  overseasGroups: "因公出国（境）团组数",
  overseasPersons: "因公出国（境）人次",
  receptionBatches: "公务接待批次",
  receptionPersons: "公务接待人次",
  administrativeUnits: "“三公”经费范围内的行政单位数",
  civilServantManagedUnits: "“三公”经费范围内的参照公务员法管理事业单位数",
  publicInstitutions: "“三公”经费范围内的事业单位数",
};

const KIND_LABELS: Record<ThreePublicKind, string> = {
  total: "“三公”经费",
  overseasTravel: "因公出国（境）费用",
  officialVehicles: "公务用车购置及运行维护费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  officialReception: "公务接待费",
};

function countOperand(ctx: Ctx, key: CountKey): Operand | undefined {
  return operand(COUNT_LABELS[key], ctx.accounts.supplement.counts[key]);
}

/** A count as a figure, or a gap and a warning. */
function countRun(ctx: Ctx, key: CountKey): Run {
  const o = countOperand(ctx, key);
  return o ? ctx.count(o) : ctx.gap("count", `count:${key}`, COUNT_LABELS[key], COUNT_LABELS[key]);
}

/** The count is given and read as zero: say there were none instead of a per-unit figure. */
function isNoCount(ctx: Ctx, key: CountKey): boolean {
  return isKnownZero(countOperand(ctx, key));
}

function perUnitRun(ctx: Ctx, amount: Operand, key: CountKey): Run {
  const o = countOperand(ctx, key);
  return o ? ctx.perUnit(amount, o) : ctx.gap("count", `count:${key}`, COUNT_LABELS[key], COUNT_LABELS[key]);
}

export function part3Heading(ctx: Ctx): Section {
  return section("part3", heading(1, ctx.t3.partHeading, { yearLabel: ctx.yearLabel }), []);
}

// ---- 一、“三公”经费 ----------------------------------------------------------------------------

export function threePublicSection(ctx: Ctx): Section {
  const head = heading(2, ctx.t3.threePublicHeading);
  const out: Paragraph[] = [
    heading(3, ctx.t3.scopeHeading),
    body(ctx.t3.scope, {
      administrative: countRun(ctx, "administrativeUnits"),
      civilServant: countRun(ctx, "civilServantManagedUnits"),
      institutions: countRun(ctx, "publicInstitutions"),
    }),
    heading(3, ctx.t3.totalHeading),
  ];
  const tp = ctx.accounts.threePublicTable;
  if (!tp) {
    out.push(...missingTable(ctx, "threePublicTable"));
    return section("three-public", head, out);
  }
  const completion = ctx.settings.budgetStyle === "completion";

  const kindSlots = (kind: ThreePublicKind, hasChildren: boolean, required: boolean) => {
    const label = KIND_LABELS[kind];
    const actual = operandOrZero(`${label}决算数`, tp.actual[kind]);
    const budget = operand(`${label}年初预算数`, tp.budget[kind]);
    const c = ctx.compare(actual, budget, () =>
      ctx.gap("budget", `budget:threePublic:${kind}`, "年初预算数", `${label}的年初预算数`),
    );
    const rate = budget ? ctx.completion(actual, budget) : null;
    return {
      actual,
      slots: {
        yearLabel: ctx.yearLabel,
        amount: ctx.amount(actual),
        ...cmpSlots(c),
        ...reasonSlots(ctx, c, [`threePublic:${kind}`], required, `${label}决算数与年初预算数的差异`),
        hasRate: rate ? "yes" : "no",
        completion: rate,
        hasChildren: hasChildren ? "yes" : "no",
      },
    };
  };

  out.push(body(completion ? ctx.t3.totalCompletion : ctx.t3.total, kindSlots("total", true, false).slots));

  // 1. 因公出国（境）
  const overseas = kindSlots("overseasTravel", false, true);
  out.push(heading(4, ctx.t3.overseasHeading), body(completion ? ctx.t3.kindCompletion : ctx.t3.kind, overseas.slots));
  out.push(
    body(isNoCount(ctx, "overseasPersons") ? ctx.t3.overseasDetailNone : ctx.t3.overseasDetail, {
      ...purpose(ctx, "overseasPurpose", overseas.actual, "因公出国（境）费用主要用途"),
      groups: countRun(ctx, "overseasGroups"),
      persons: countRun(ctx, "overseasPersons"),
      perPerson: perUnitRun(ctx, overseas.actual, "overseasPersons"),
    }),
  );

  // 2. 公务接待
  const reception = kindSlots("officialReception", false, true);
  out.push(heading(4, ctx.t3.receptionHeading), body(completion ? ctx.t3.kindCompletion : ctx.t3.kind, reception.slots));
  out.push(
    body(ctx.t3.receptionDetail, {
      ...purpose(ctx, "receptionPurpose", reception.actual, "公务接待费主要用途"),
      batches: countRun(ctx, "receptionBatches"),
      persons: countRun(ctx, "receptionPersons"),
    }),
  );

  // 3. 公务用车
  const vehicles = kindSlots("officialVehicles", true, true);
  out.push(heading(4, ctx.t3.vehiclesHeading), body(completion ? ctx.t3.kindCompletion : ctx.t3.kind, vehicles.slots));
  const purchase = kindSlots("vehiclePurchase", false, true);
  out.push(
    body(
      isNoCount(ctx, "vehiclesPurchased")
        ? completion
          ? ctx.t3.vehiclePurchaseCompletionNone
          : ctx.t3.vehiclePurchaseNone
        : completion
          ? ctx.t3.vehiclePurchaseCompletion
          : ctx.t3.vehiclePurchase,
      {
      ...purchase.slots,
      count: countRun(ctx, "vehiclesPurchased"),
      perUnit: perUnitRun(ctx, purchase.actual, "vehiclesPurchased"),
    }),
  );
  const operation = kindSlots("vehicleOperation", false, true);
  out.push(body(completion ? ctx.t3.vehicleOperationCompletion : ctx.t3.vehicleOperation, operation.slots));
  const breakdown = ctx.accounts.supplement.vehicleOperationBreakdown;
  if (breakdown.length > 0) {
    out.push(
      body(ctx.t3.vehicleBreakdown, {
        items: joinRuns(
          breakdown.map((b) =>
            fill(ctx.t3.vehicleBreakdownItem, {
              label: `公务用车${b.label.replace(/^公务用车/, "")}`,
              amount: ctx.amount(operand(`公务用车运行维护费：${b.label}`, b.amount)!),
            }),
          ),
          ctx.t3.vehicleBreakdownSeparator,
        ),
      }),
    );
    const sumBreakdown = breakdown.reduce((s, b) => s.plus(b.amount.value), ZERO);
    const readable = !operation.actual.unreadable && breakdown.every((b) => !b.amount.unreadable);
    if (readable && !sumBreakdown.equals(operation.actual.value)) {
      ctx.warn(
        "vehicle-breakdown-mismatch",
        `公务用车运行维护费明细合计${ctx.amountText(sumBreakdown)}与决算数${ctx.amountText(operation.actual.value)}不一致，请核对补充信息表“公务用车运行维护费明细”。`,
        "vehicleOperation",
      );
    }
  } else if (mayBeNonZero(operation.actual)) {
    out.push(
      bodyRuns([
        ctx.gap(
          "amount",
          "vehicleOperation",
          "公务用车运行维护费明细",
          "公务用车运行维护费的明细（加油、维修、保险、其他）",
        ),
      ]),
    );
  }
  out.push(
    body(isNoCount(ctx, "vehiclesHeld") ? ctx.t3.vehicleHoldingNone : ctx.t3.vehicleHolding, {
      yearLabel: ctx.yearLabel,
      count: countRun(ctx, "vehiclesHeld"),
      perUnit: perUnitRun(ctx, operation.actual, "vehiclesHeld"),
    }),
  );
  return section("three-public", head, out);
}

/**
 * "主要用于…": the user's words. A phrase ("会议交流") follows "主要用于"; text that is already a
 * sentence of its own (it starts with 主要用于/用于, has a full stop inside, or nothing was spent) is
 * placed as it is. None is needed when nothing was spent; otherwise a gap.
 */
function purpose(
  ctx: Ctx,
  key: "overseasPurpose" | "receptionPurpose",
  actual: Operand,
  label: string,
): { hasPurpose: string; purpose: Run | Run[] | null } {
  const t = ctx.accounts.supplement.texts[key];
  const text = t?.text.trim() ?? "";
  if (t && text) {
    const phrase = text.replace(/[。；;，,]+$/u, "");
    const isSentence = isKnownZero(actual) || /^(主要)?用于/.test(text) || /[。！？]/.test(phrase);
    if (!isSentence) return { hasPurpose: "yes", purpose: ctx.user({ text: phrase, cells: t.cells }) };
    const closed = /[。！？）)]$/.test(text);
    const runs: Run[] = [ctx.user({ text, cells: t.cells })];
    if (!closed) runs.push({ kind: "text", text: "。" });
    return { hasPurpose: "sentence", purpose: runs };
  }
  if (isKnownZero(actual)) return { hasPurpose: "no", purpose: null };
  return { hasPurpose: "yes", purpose: ctx.gap("text", `text:${key}`, label, label) };
}

// ---- 二、机关运行经费 --------------------------------------------------------------------------

export function agencyCostSection(ctx: Ctx): Section {
  const head = heading(2, ctx.t3.agencyHeading);
  const s = ctx.accounts.supplement;
  if (!s.agencyOperatingCost) {
    return section("agency-operating-cost", head, [
      bodyRuns([
        ctx.gap("amount", "agencyOperatingCost", "机关运行经费", "本年度机关运行经费（日常公用经费）决算数"),
      ]),
    ]);
  }
  const actual = operand("机关运行经费", s.agencyOperatingCost)!;
  const prior = operand("上年机关运行经费", s.priorYear.agencyOperatingCost);
  const c = ctx.compare(actual, prior, () =>
    ctx.gap("priorYear", "priorYear:agencyOperatingCost", "上年数", "机关运行经费的上年决算数"),
  );
  return section("agency-operating-cost", head, [
    body(ctx.t3.agency, {
      yearLabel: ctx.yearLabel,
      amount: ctx.amount(actual),
      ...cmpSlots(c),
      ...reasonSlots(
        ctx,
        c,
        ["total:agencyOperatingCost", "agencyOperatingCost"],
        true,
        "机关运行经费与上年的差异",
      ),
    }),
  ]);
}

// ---- 三、政府采购 ------------------------------------------------------------------------------

export function procurementSection(ctx: Ctx): Section | null {
  const head = heading(2, ctx.t3.procurementHeading);
  const p = ctx.accounts.procurementTable;
  if (!p) return ctx.expects("procurementTable") ? section("procurement", head, missingTable(ctx, "procurementTable")) : null;
  const total = operand("政府采购支出总额", p.total)!;
  if (isKnownZero(total)) return section("procurement", head, [body(ctx.t2.noSpending)]);
  const out = [
    body(ctx.t3.procurement, {
      yearLabel: ctx.yearLabel,
      total: ctx.amount(total),
      goods: ctx.amount(operand("政府采购货物支出", p.goods)!),
      works: ctx.amount(operand("政府采购工程支出", p.works)!),
      services: ctx.amount(operand("政府采购服务支出", p.services)!),
    }),
  ];
  const sme = operandOrZero("授予中小企业合同金额", p.smeContracts);
  const micro = operandOrZero("授予小微企业合同金额", p.microSmallContracts);
  out.push(
    body(ctx.t3.procurementSme, {
      sme: ctx.amount(sme),
      smeShare: ctx.share(sme, total),
      micro: ctx.amount(micro),
      microShare: ctx.share(micro, total),
    }),
  );
  return section("procurement", head, out);
}

// ---- 四、政府购买服务 --------------------------------------------------------------------------

export function purchasedServicesSection(ctx: Ctx): Section | null {
  const head = heading(2, ctx.t3.purchasedServicesHeading);
  const p = ctx.accounts.purchasedServicesTable;
  if (!p)
    return ctx.expects("purchasedServicesTable")
      ? section("purchased-services", head, missingTable(ctx, "purchasedServicesTable"))
      : null;
  const total = operand("政府购买服务支出合计", p.total)!;
  if (isKnownZero(total)) return section("purchased-services", head, [body(ctx.t2.noSpending)]);
  const rows = p.rows.filter((r) => mayBeNonZero(r.amount));
  return section("purchased-services", head, [
    body(ctx.t3.purchasedServices, {
      yearLabel: ctx.yearLabel,
      amount: ctx.amount(total),
      rows: joinRuns(
        rows.map((r) =>
          fill(ctx.t3.purchasedServicesRow, { name: r.name, amount: ctx.amount(operand(r.name, r.amount)!) }),
        ),
        "；",
      ),
    }),
  ]);
}

// ---- 五、国有资产占用 ----------------------------------------------------------------------------

export function assetsSection(ctx: Ctx): Section {
  const head = heading(2, ctx.t3.assetsHeading);
  const a = ctx.accounts.supplement.assets;
  const amount = (label: string, key: "fixedAssetsTotal" | "buildingValue" | "vehicleValue"): Run => {
    const o = operand(label, a[key]);
    return o ? ctx.amount(o) : ctx.gap("amount", `asset:${key}`, label, label);
  };
  const count = (
    label: string,
    key: "buildingArea" | "vehicleCount" | "equipmentOver500k" | "equipmentOver1m",
  ): Run => {
    const o = operand(label, a[key]);
    return o ? ctx.count(o) : ctx.gap("count", `asset:${key}`, label, label);
  };
  return section("assets", head, [
    body(ctx.t3.assets, {
      yearLabel: ctx.yearLabel,
      total: amount("固定资产年末数总额", "fixedAssetsTotal"),
      area: count("房屋面积", "buildingArea"),
      buildingValue: amount("房屋价值", "buildingValue"),
      vehicles: count("汽车数量", "vehicleCount"),
      vehicleValue: amount("汽车价值", "vehicleValue"),
      over500k: count("单价50万元以上专用设备数量", "equipmentOver500k"),
      over1m: count("单价100万元以上专用设备数量", "equipmentOver1m"),
    }),
  ]);
}

// ---- 六、行政事业性收费; 七、专业名词解释 ---------------------------------------------------------------

export function feesSection(ctx: Ctx): Section {
  const head = heading(2, ctx.t3.feesHeading);
  const t = ctx.accounts.supplement.texts.feesNote;
  const paragraphs = t && t.text.trim() ? userParagraphs(t.text, t.cells) : [body(ctx.t3.feesDefault)];
  return section("fees", head, paragraphs);
}

export function termsSection(ctx: Ctx): Section {
  return section(
    "terms",
    heading(2, ctx.t3.termsHeading),
    ctx.settings.terms.map((t, i) =>
      body(ctx.t3.term, { n: String(i + 1), term: t.term, definition: t.definition }),
    ),
  );
}

export function part4Section(ctx: Ctx): Section {
  const t = ctx.accounts.supplement.texts.performance;
  const paragraphs =
    t && t.text.trim()
      ? userParagraphs(t.text, t.cells)
      : [
          bodyRuns([
            ctx.gap(
              "text",
              "text:performance",
              "绩效评价情况",
              "第四部分 部门绩效评价情况（用户撰写的文字）",
            ),
          ]),
        ];
  return section("performance", heading(1, ctx.t3.part4Heading, { yearLabel: ctx.yearLabel }), paragraphs);
}
