import { Button, Field, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { UNIT_LABEL } from "../../core";
import { DEFAULT_PROFILE, REGION_PROFILES, chooseProfile, profileById } from "../../narrative";
import type { Finding } from "../../tables/model";
import { S } from "../strings";
import type { Pane } from "../state";
import { FindingBadge, useFindingButtonClass } from "./FindingBadge";
import { NarrativePreview } from "./NarrativePreview";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, maxHeight: "40vh", overflowY: "auto" },
  finding: { display: "block" },
});

function FindingItem({ f, pane }: { f: Finding; pane: Pane }) {
  const styles = useStyles();
  const className = useFindingButtonClass(f.severity, styles.finding);
  const detail = [f.expected !== undefined ? `应为 ${f.expected}` : "", f.actual !== undefined ? `实为 ${f.actual}` : ""].filter(Boolean).join("，");
  return (
    <li>
      <button
        type="button"
        className={className}
        onClick={() => pane.selectCells(f.cells)}
        disabled={f.cells.length === 0}
        title={f.cells.length > 0 ? S.generate.selectCellsLabel(f.cells.join("、")) : undefined}
        data-testid="finding"
        data-severity={f.severity}
      >
        <FindingBadge severity={f.severity} /> {f.message}
        {detail && `（${detail}）`}
      </button>
    </li>
  );
}

/**
 * 地区口径 and 金额单位 at the top of 生成说明: the profile in use as a visible choice and, once the
 * workbook is read, the region it appears to be (with the reason) and a button to switch to it.
 */
function RegionChoice({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const s = pane.settings;
  const profile = profileById(s.narrative.profile ?? DEFAULT_PROFILE) ?? profileById(DEFAULT_PROFILE)!;
  const unit = UNIT_LABEL[s.narrative.amountUnit ?? profile.conventions.amountUnit];
  const use = (id: string) => pane.changeSettings({ ...s, narrative: { ...s.narrative, profile: id } });
  const detected = pane.analysis ? chooseProfile(pane.analysis.accounts) : null;
  return (
    <div className={styles.col} data-testid="region-choice">
      <div className={styles.row}>
        <Field label="地区口径">
          <Select value={profile.id} onChange={(_, d) => use(d.value)} data-testid="region">
            {REGION_PROFILES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Text data-testid="region-unit">金额单位：{unit}</Text>
      </div>
      {detected && detected.id !== profile.id && (
        <div className={styles.row}>
          <Text data-testid="region-detected">
            工作簿看来是“{detected.name}”：{detected.reason}。
          </Text>
          <Button size="small" onClick={() => use(detected.id)} data-testid="region-use-detected">
            改用此口径
          </Button>
        </div>
      )}
      {detected && detected.id === profile.id && <Text data-testid="region-detected">与工作簿一致：{detected.reason}。</Text>}
    </div>
  );
}

export function GenerateStep({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const a = pane.analysis;
  const shown = pane.generated && a;
  const count = (s: Finding["severity"]) => a?.findings.filter((f) => f.severity === s).length ?? 0;
  return (
    <section className={styles.col}>
      <RegionChoice pane={pane} />
      <Text>{S.generate.intro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={pane.generate} disabled={pane.busy !== null} data-testid="generate">
          {S.generate.run}
        </Button>
        {pane.busy === "generate" && <Spinner size="tiny" label={S.generate.running} />}
      </div>
      {shown && (
        <>
          <Text weight="semibold" data-testid="findings-summary">
            {a.findings.length === 0 ? S.generate.noFindings : S.generate.findings(count("error"), count("warning"), count("info"))}
          </Text>
          {a.findings.length > 0 && (
            <ul className={styles.list} aria-label={S.generate.findings(count("error"), count("warning"), count("info"))}>
              {a.findings.map((f, i) => (
                <FindingItem key={i} f={f} pane={pane} />
              ))}
            </ul>
          )}
          <Text weight="semibold">
            {S.generate.preview}
            {a.narrative.warnings.length > 0 ? `（${S.generate.warnings(a.narrative.warnings.length)}）` : ""}
          </Text>
          <NarrativePreview narrative={a.narrative} onSelectCells={pane.selectCells} />
        </>
      )}
    </section>
  );
}
