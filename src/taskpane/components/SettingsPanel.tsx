import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { DEFAULT_PROFILE, PROFILES, profileById, profileCharts } from "../../narrative";
import { profileName } from "../logic/region";
import type { NarrativeOverrides, PaneSettings } from "../logic/pane-settings";
import { S } from "../strings";
import type { Pane } from "../state";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type ChoiceKey =
  | "amountUnit"
  | "amountDecimals"
  | "percentDecimals"
  | "bareWhole"
  | "budgetStyle"
  | "detailLevel"
  | "charts";

const CHOICES: Record<ChoiceKey, { label: string; options: [string, string][]; parse: (v: string) => unknown }> = {
  amountUnit: { label: S.settings.amountUnit, options: Object.entries(S.settings.units), parse: (v) => v },
  amountDecimals: { label: S.settings.amountDecimals, options: ["0", "1", "2", "3", "4"].map((d) => [d, d]), parse: Number },
  percentDecimals: { label: S.settings.percentDecimals, options: ["0", "1", "2", "3"].map((d) => [d, d]), parse: Number },
  bareWhole: {
    label: S.settings.bareWhole,
    options: [
      ["true", S.settings.yes],
      ["false", S.settings.no],
    ],
    parse: (v) => v === "true",
  },
  budgetStyle: { label: S.settings.budgetStyle, options: Object.entries(S.settings.budgetStyles), parse: (v) => v },
  detailLevel: { label: S.settings.detailLevel, options: Object.entries(S.settings.detailLevels), parse: (v) => v },
  charts: {
    label: S.settings.charts,
    options: [
      ["true", S.settings.yes],
      ["false", S.settings.no],
    ],
    parse: (v) => v === "true",
  },
};

function TextSetting({ label, value, onCommit }: { label: string; value: string; onCommit: (v: string) => void }) {
  const [draft, setDraft] = useState(value);
  return (
    <Field label={label}>
      <Input
        value={draft}
        onChange={(_, d) => setDraft(d.value)}
        onBlur={() => draft !== value && onCommit(draft)}
        onKeyDown={(e) => e.key === "Enter" && draft !== value && onCommit(draft)}
      />
    </Field>
  );
}

export function SettingsPanel({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const s = pane.settings;
  // The 发布口径 itself is chosen in 生成说明 (RegionChoice); here its defaults are shown and overridden.
  const profile = profileById(s.narrative.profile ?? pane.analysis?.region.profile ?? DEFAULT_PROFILE)?.id ?? DEFAULT_PROFILE;
  const base = { ...PROFILES[profile], charts: profileCharts(profile).enabledByDefault };
  const set = (patch: NarrativeOverrides) => {
    const narrative = { ...s.narrative, ...patch };
    for (const k of Object.keys(narrative) as (keyof NarrativeOverrides)[]) if (narrative[k] === undefined) delete narrative[k];
    const next: PaneSettings = { ...s, narrative };
    pane.changeSettings(next);
  };
  const label = (k: ChoiceKey, v: unknown) => CHOICES[k].options.find(([o]) => o === String(v))?.[1] ?? String(v);
  return (
    <section className={styles.col}>
      <Text>{S.settings.intro}</Text>
      <Text data-testid="profile">{S.settings.profileInUse(profileName(profile))}</Text>
      {(Object.keys(CHOICES) as ChoiceKey[]).map((k) => (
        <Field key={k} label={CHOICES[k].label}>
          <Select
            value={s.narrative[k] === undefined ? "" : String(s.narrative[k])}
            onChange={(_, d) => set({ [k]: d.value === "" ? undefined : CHOICES[k].parse(d.value) } as NarrativeOverrides)}
          >
            <option value="">{S.settings.profileDefault(label(k, base[k]))}</option>
            {CHOICES[k].options.map(([v, text]) => (
              <option key={v} value={v}>
                {text}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <TextSetting
        label={S.settings.year}
        value={s.narrative.year === undefined ? "" : String(s.narrative.year)}
        onCommit={(v) => set({ year: /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : undefined })}
      />
      <TextSetting label={S.settings.yearLabel} value={s.narrative.yearLabel ?? ""} onCommit={(v) => set({ yearLabel: v.trim() || undefined })} />
      <TextSetting label={S.settings.department} value={s.narrative.department ?? ""} onCommit={(v) => set({ department: v.trim() || undefined })} />
      <Button onClick={() => pane.changeSettings({ ...s, narrative: s.narrative.profile ? { profile: s.narrative.profile } : {} })}>{S.settings.reset}</Button>
    </section>
  );
}
