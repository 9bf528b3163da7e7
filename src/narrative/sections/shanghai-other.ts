/**
 * Shanghai 七 财政拨款“三公”经费, 十 预算绩效管理情况 and 十一 其他重要事项 (机关运行经费, 政府采购,
 * 国有资产占有使用). Figures the tables lack come from the 补充信息 sheet; each missing one is a gap.
 */
import type { CountKey, PriorYearKey, ThreePublicKind } from "../../tables/model";
import { VEHICLE_KIND_KEYS } from "../../tables/supplement";
import { type Ctx, type Operand, operand, operandOrZero, sumOperands } from "../context";
import type { Paragraph, Run, Section } from "../model";
import { body, heading, section } from "../paragraphs";
import { fill, joinRuns } from "../template";
import { cmpSlots, missingTable, reasonSlots } from "./part2";
import { COUNT_LABELS } from "./part3";
import { amountRun, countRun, dept, phraseRun, priorSlots } from "./shanghai-common";
import { isAbsentOrZero, isKnownZero, mayBeNonZero } from "../zero";

type Kind = "overseasTravel" | "officialVehicles" | "officialReception";
const KINDS: Kind[] = ["overseasTravel", "officialVehicles", "officialReception"];

/** Names as the template's sentences use them. */
const BUDGET_NAMES: Record<Kind, string> = {
  overseasTravel: "因公出国（境）费",
  officialVehicles: "公务用车购置及运行维护费支出",
  officialReception: "公务接待费支出",
};
const NAMES: Record<Kind, string> = {
  overseasTravel: "因公出国（境）费",
  officialVehicles: "公务用车购置及运行维护费",
  officialReception: "公务接待费",
};
const PRIOR_KEYS: Record<Kind | "total", PriorYearKey> = {
  total: "threePublicTotal",
  overseasTravel: "threePublicOverseasTravel",
  officialVehicles: "threePublicOfficialVehicles",
  officialReception: "threePublicOfficialReception",
};

// ---- 七 “三公” -------------------------------------------------------------------------------------

export function threePublicSection(ctx: Ctx): Section {
  const T = ctx.tsh;
  const head = heading(2, T.threePublicHeading);
  const tp = ctx.accounts.threePublicTable;
  if (!tp) return section("three-public", head, missingTable(ctx, "threePublicTable"));
  const actualOf = (k: ThreePublicKind): Operand => {
    const label = `${k === "total" ? "“三公”经费" : (NAMES[k as Kind] ?? k)}决算数`;
    if (tp.actual[k]) return operand(label, tp.actual[k])!;
    if (k === "officialVehicles")
      return sumOperands(label, [actualOf("vehiclePurchase"), actualOf("vehicleOperation")]);
    if (k === "total") return sumOperands(label, KINDS.map(actualOf));
    return operandOrZero(label, undefined);
  };
  const budgetOf = (k: ThreePublicKind): Operand | undefined =>
    operand(`${k === "total" ? "“三公”经费" : (NAMES[k as Kind] ?? k)}年初预算数`, tp.budget[k]);
  const none = [body(T.threePublicNone, { dept: dept(ctx), yearLabel: ctx.yearLabel })];
  const total = actualOf("total");
  const totalBudget = budgetOf("total");
  if (isKnownZero(total) && isAbsentOrZero(totalBudget))
    return section("three-public", head, none);

  const out: Paragraph[] = [heading(3, T.tpOverallHeading)];
  // (一) budget against actual, overall and per kind
  const rateRun = (a: Operand, b: Operand | undefined) =>
    (mayBeNonZero(b) ? ctx.completion(a, b!) : null);
  const tc = ctx.compare(total, totalBudget, () =>
    ctx.gap("budget", "budget:threePublic:total", "年初预算数", "“三公”经费的年初预算数"),
  );
  const totalRate = rateRun(total, totalBudget);
  out.push(
    body(T.tpBudget, {
      base: tc.base,
      amount: ctx.amount(total),
      hasRate: totalRate ? "yes" : "no",
      completion: totalRate,
      kinds: joinRuns(
        KINDS.map((k) => {
          const r = rateRun(actualOf(k), budgetOf(k));
          return fill(T.tpBudgetKind, {
            name: BUDGET_NAMES[k],
            amount: ctx.amount(actualOf(k)),
            hasRate: r ? "yes" : "no",
            completion: r,
          });
        }),
        T.kindSeparator,
      ),
      yearLabel: ctx.yearLabel,
      dir: tc.dir,
      reason: reasonSlots(ctx, tc, ["threePublic:total"], true, "“三公”经费决算数与年初预算数的差异").reason,
    }),
  );
  // (一) against the prior year, per kind, with the reason of each kind that changed
  const totalPrior = priorSlots(ctx, total, PRIOR_KEYS.total, []);
  const kindPrior = KINDS.map((k) => {
    const cur = actualOf(k);
    const label = NAMES[k];
    const c = ctx.compare(
      cur,
      operand(`上年${label}`, ctx.accounts.supplement.priorYear[PRIOR_KEYS[k]]),
      () => ctx.gap("priorYear", `priorYear:${PRIOR_KEYS[k]}`, "上年数", `${label}的上年决算数`),
    );
    return { k, c };
  });
  const reasons: Run[] = kindPrior
    .filter(({ c }) => c.dir === "up" || c.dir === "down")
    .flatMap(({ k, c }) =>
      fill(T.tpPriorReason, {
        name: NAMES[k],
        dir: c.dir,
        reason: reasonSlots(ctx, c, [`total:${PRIOR_KEYS[k]}`], true, `${NAMES[k]}与上年的差异`).reason,
      }),
    );
  out.push(
    body(T.tpPrior, {
      yearLabel: ctx.yearLabel,
      priorLabel: ctx.priorLabel,
      dir: totalPrior.dir,
      change: totalPrior.change,
      rate: totalPrior.rate,
      kinds: joinRuns(
        kindPrior.map(({ k, c }) => fill(T.tpPriorKind, { name: NAMES[k], ...cmpSlots(c) })),
        T.kindSeparator,
      ),
      reasons,
    }),
  );

  // (二) the details
  out.push(heading(3, T.tpDetailHeading));
  if (isKnownZero(total)) return section("three-public", head, [...out, ...none]);
  out.push(
    body(T.tpShares, {
      kinds: joinRuns(
        KINDS.map((k) =>
          fill(T.tpShareKind, {
            name: NAMES[k],
            amount: ctx.amount(actualOf(k)),
            share: ctx.share(actualOf(k), total),
          }),
        ),
        T.kindSeparator,
      ),
    }),
  );
  const overseas = actualOf("overseasTravel");
  out.push(
    isKnownZero(overseas)
      ? body(T.tpOverseasNone, { amount: ctx.amount(overseas) })
      : body(T.tpOverseas, {
          amount: ctx.amount(overseas),
          groups: countRun(ctx, "overseasGroups"),
          persons: countRun(ctx, "overseasPersons"),
          purpose: phraseRun(ctx, "overseasPurpose"),
        }),
  );
  const vehicles = actualOf("officialVehicles");
  const purchase = actualOf("vehiclePurchase");
  const operation = actualOf("vehicleOperation");
  out.push(body(T.tpVehicles, { amount: ctx.amount(vehicles) }));
  out.push(
    isKnownZero(purchase)
      ? body(T.tpVehiclePurchaseNone, { amount: ctx.amount(purchase) })
      : body(T.tpVehiclePurchase, {
          amount: ctx.amount(purchase),
          purpose: phraseRun(ctx, "vehiclePurchasePurpose"),
          count: countRun(ctx, "vehiclesPurchased"),
        }),
  );
  out.push(
    body(T.tpVehicleOperation, {
      amount: ctx.amount(operation),
      hasPurpose: isKnownZero(operation) ? "no" : "yes",
      purpose: isKnownZero(operation) ? null : phraseRun(ctx, "vehicleOperationPurpose"),
      year: ctx.yearNumber,
      dept: dept(ctx),
      held: countRun(ctx, "vehiclesHeld"),
    }),
  );
  const reception = actualOf("officialReception");
  if (isKnownZero(reception)) out.push(body(T.tpReceptionNone, { amount: ctx.amount(reception) }));
  else
    out.push(
      body(T.tpReception, { amount: ctx.amount(reception) }),
      body(T.tpReceptionDomestic, {
        amount: ctx.amount(reception),
        foreign: amountRun(ctx, "receptionForeign"),
        purpose: phraseRun(ctx, "receptionPurpose"),
        batches: countRun(ctx, "receptionBatches"),
        persons: countRun(ctx, "receptionPersons"),
        foreignBatches: countRun(ctx, "receptionForeignBatches"),
        foreignPersons: countRun(ctx, "receptionForeignPersons"),
      }),
    );
  return section("three-public", head, out);
}

// ---- 十 预算绩效管理情况 ----------------------------------------------------------------------------

export function performanceSection(ctx: Ctx): Section {
  const T = ctx.tsh;
  return section("performance-management", heading(2, T.performanceHeading), [
    body(T.performance, {
      dept: dept(ctx),
      yearLabel: ctx.yearLabel,
      systems: phraseRun(ctx, "perfSystems"),
      mechanism: phraseRun(ctx, "perfMechanism"),
      targetCount: countRun(ctx, "perfTargetProjects"),
      targetBudget: amountRun(ctx, "perfTargetBudget"),
      trackCount: countRun(ctx, "perfTrackedProjects"),
      trackBudget: amountRun(ctx, "perfTrackedBudget"),
      selfCount: countRun(ctx, "perfSelfEvaluatedProjects"),
      selfBudget: amountRun(ctx, "perfSelfEvaluatedBudget"),
      score: countRun(ctx, "perfAverageScore"),
      excellent: countRun(ctx, "perfRatedExcellent"),
      good: countRun(ctx, "perfRatedGood"),
      pass: countRun(ctx, "perfRatedPass"),
      fail: countRun(ctx, "perfRatedFail"),
      issues: countRun(ctx, "perfIssuesFound"),
      fixed: countRun(ctx, "perfIssuesFixed"),
      fixing: countRun(ctx, "perfIssuesFixing"),
    }),
  ]);
}

// ---- 十一 其他重要事项 ------------------------------------------------------------------------------

function agencyParagraphs(ctx: Ctx): Paragraph[] {
  const T = ctx.tsh;
  const s = ctx.accounts.supplement;
  const out: Paragraph[] = [heading(3, T.agencyHeading)];
  if (!s.agencyOperatingCost) {
    out.push(
      body("{gap}", {
        gap: ctx.gap(
          "amount",
          "agencyOperatingCost",
          "机关运行经费",
          "本年度机关运行经费（日常公用经费）决算数",
        ),
      }),
    );
    return out;
  }
  const actual = operand("机关运行经费", s.agencyOperatingCost)!;
  const prior = s.priorYear.agencyOperatingCost;
  if (isKnownZero(actual) && isAbsentOrZero(prior)) {
    out.push(body(T.agencyNone, { dept: dept(ctx), yearLabel: ctx.yearLabel }));
    return out;
  }
  out.push(
    body(T.agency, {
      amount: ctx.amount(actual),
      ...priorSlots(ctx, actual, "agencyOperatingCost", ["total:agencyOperatingCost", "agencyOperatingCost"]),
    }),
  );
  return out;
}

function procurementParagraphs(ctx: Ctx): Paragraph[] {
  const T = ctx.tsh;
  const out: Paragraph[] = [heading(3, T.procurementHeading)];
  const table = ctx.accounts.procurementTable;
  const amounts = ctx.accounts.supplement.amounts ?? {};
  const totalFig = table?.total ?? amounts.procurementTotal;
  if (isKnownZero(totalFig)) {
    out.push(body(T.procurementNone, { dept: dept(ctx), yearLabel: ctx.yearLabel }));
    return out;
  }
  const fromTable = (label: string, fig: (typeof table & object)["goods"] | undefined) =>
    fig ? ctx.amount(operand(label, fig)!) : null;
  out.push(
    body(T.procurement, {
      dept: dept(ctx),
      yearLabel: ctx.yearLabel,
      total: fromTable("政府采购支出总额", table?.total) ?? amountRun(ctx, "procurementTotal"),
      goods: fromTable("政府采购货物支出", table?.goods) ?? amountRun(ctx, "procurementGoods"),
      works: fromTable("政府采购工程支出", table?.works) ?? amountRun(ctx, "procurementWorks"),
      services: fromTable("政府采购服务支出", table?.services) ?? amountRun(ctx, "procurementServices"),
    }),
    body(T.procurementSme, {
      yearLabel: ctx.yearLabel,
      smeReserved: amountRun(ctx, "smeReserved"),
      microReserved: amountRun(ctx, "microReserved"),
      smeAwarded: amountRun(ctx, "smeAwardedReserved"),
      microAwarded: amountRun(ctx, "microAwardedReserved"),
      smeOther: amountRun(ctx, "smeAwardedOther"),
    }),
  );
  return out;
}

function assetParagraphs(ctx: Ctx): Paragraph[] {
  const T = ctx.tsh;
  const counts = ctx.accounts.supplement.counts;
  const kinds = VEHICLE_KIND_KEYS.map((k: CountKey) => ({ k, o: operand(COUNT_LABELS[k], counts[k]) }));
  const held = ctx.accounts.supplement.assets.vehicleCount;
  let total: Run;
  if (kinds.every((x) => x.o))
    total = ctx.count(
      sumOperands(
        "车辆合计（八类之和）",
        kinds.map((x) => x.o!),
      ),
    );
  else if (held) total = ctx.count(operand("车辆数", held)!);
  else total = ctx.gap("count", "asset:vehicleCount", "车辆总数", "车辆总数（或填写八类车辆各自的数量）");
  const eq = operand("单价100万元（含）以上设备", ctx.accounts.supplement.assets.equipmentOver1m);
  return [
    heading(3, T.assetsHeading),
    body(T.assets, {
      year: ctx.yearNumber,
      dept: dept(ctx),
      total,
      kinds: joinRuns(
        kinds.map(({ k }) => fill(T.vehicleKind, { name: COUNT_LABELS[k], count: countRun(ctx, k) })),
        "、",
      ),
      equipment: eq
        ? ctx.count(eq)
        : ctx.gap(
            "count",
            "asset:equipmentOver1m",
            "单价100万元以上设备数量",
            "单价100万元（含）以上设备（不含车辆）的数量",
          ),
    }),
  ];
}

export function otherSection(ctx: Ctx): Section {
  return section("other", heading(2, ctx.tsh.otherHeading), [
    ...agencyParagraphs(ctx),
    ...procurementParagraphs(ctx),
    ...assetParagraphs(ctx),
  ]);
}
