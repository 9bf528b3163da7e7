/**
 * Supplementary facts as plain decimals (元) and strings, turned into the model's `Supplement`
 * (figures without cells: they have not been read from a sheet yet).
 */
import { Dec } from "../../src/core";
import type { CountKey, Figure, PriorYearKey, Supplement } from "../../src/tables/model";
import { emptySupplement } from "../../src/tables/supplement";

export interface SupplementFacts {
  priorYear: Partial<Record<PriorYearKey, Dec>>;
  initialBudgets: Record<string, Dec>;
  counts: Partial<Record<CountKey, Dec>>;
  agencyOperatingCost?: Dec;
  vehicleOperationBreakdown: { label: string; amount: Dec }[];
  assets: {
    fixedAssetsTotal?: Dec;
    buildingArea?: Dec;
    buildingValue?: Dec;
    vehicleCount?: Dec;
    vehicleValue?: Dec;
    equipmentOver500k?: Dec;
    equipmentOver1m?: Dec;
  };
  texts: Partial<Record<keyof Supplement["texts"], string>>;
  keyProjects: { name: string; amount?: Dec; description: string }[];
  reasons: Record<string, string>;
}

const fig = (value: Dec): Figure => ({ value, cells: [], sourceUnit: "yuan" });
const cnt = (value: Dec) => ({ value, cells: [] as string[] });

function mapValues<T, U>(o: Partial<Record<string, T>>, f: (v: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = f(v as T);
  return out;
}

export function supplementFromFacts(f: SupplementFacts, sheet = "补充信息"): Supplement {
  const s = emptySupplement();
  s.present = true;
  s.sheet = sheet;
  s.priorYear = mapValues(f.priorYear, fig);
  s.initialBudgets = mapValues(f.initialBudgets, fig);
  s.counts = mapValues(f.counts, cnt);
  if (f.agencyOperatingCost) s.agencyOperatingCost = fig(f.agencyOperatingCost);
  s.vehicleOperationBreakdown = f.vehicleOperationBreakdown.map((b) => ({ label: b.label, amount: fig(b.amount) }));
  const a = f.assets;
  s.assets = {
    ...(a.fixedAssetsTotal && { fixedAssetsTotal: fig(a.fixedAssetsTotal) }),
    ...(a.buildingArea && { buildingArea: cnt(a.buildingArea) }),
    ...(a.buildingValue && { buildingValue: fig(a.buildingValue) }),
    ...(a.vehicleCount && { vehicleCount: cnt(a.vehicleCount) }),
    ...(a.vehicleValue && { vehicleValue: fig(a.vehicleValue) }),
    ...(a.equipmentOver500k && { equipmentOver500k: cnt(a.equipmentOver500k) }),
    ...(a.equipmentOver1m && { equipmentOver1m: cnt(a.equipmentOver1m) }),
  };
  s.texts = mapValues(f.texts, (text: string) => ({ text, cells: [] }));
  s.keyProjects = f.keyProjects.map((p) => ({
    name: p.name,
    ...(p.amount && { amount: fig(p.amount) }),
    description: p.description,
    cells: [],
  }));
  s.reasons = mapValues(f.reasons, (text: string) => ({ text, cells: [] }));
  return s;
}
