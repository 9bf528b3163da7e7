import type { Chart } from "../charts/model";

/** Alternative text naming every value: "2022年 75,690,311.62元；2023年 113,684,009.05元". */
export function chartAltText(c: Chart): string {
  return c.categories
    .map((cat, i) => {
      const vals = c.series.map((s) => {
        const v = s.values[i];
        const who = c.series.length > 1 ? `${s.name} ` : "";
        return `${who}${v.label}${c.unit}${v.share ? `（${v.share}）` : ""}`;
      });
      return `${cat} ${vals.join("，")}`;
    })
    .join("；");
}
