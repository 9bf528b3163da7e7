/**
 * 发布口径 and 金额单位 at the top of 生成说明: the pane's automatic choice (src/narrative's
 * `chooseProfile`, through logic/region.ts), shown with its reason, and changeable here (no visit to
 * 设置). The list is the narrative's region profiles.
 */
import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { UNIT_LABEL } from "../../core";
import type { ProfileId } from "../../narrative";
import { S } from "../strings";
import type { Pane } from "../state";

const AUTO = "";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  field: { minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
});

export function RegionChoice({ pane }: { pane: Pane }) {
  const styles = useStyles();
  // The choice as the engine resolved it (an older id shows as its region), the settings' until then.
  const region = pane.analysis?.region;
  const profiles = pane.analysis?.profiles ?? [];
  const chosen = region ? (region.automatic ? undefined : region.profile) : pane.settings.narrative.profile;
  const inUse = profiles.find((p) => p.id === (chosen ?? region?.profile));
  const unitOverride = pane.settings.narrative.amountUnit;
  const unit = unitOverride ? UNIT_LABEL[unitOverride] : inUse?.unit;
  return (
    <div className={styles.col} data-testid="region-choice">
      <Field label={S.region.label} className={styles.field} hint={region?.automatic ? S.region.auto(region.why) : undefined}>
        <Select
          value={chosen ?? AUTO}
          onChange={(_, d) => pane.chooseProfile(d.value === AUTO ? undefined : (d.value as ProfileId))}
          disabled={pane.busy !== null}
          className={styles.select}
          data-testid="region"
        >
          <option value={AUTO}>{region?.automatic && inUse ? S.region.autoNamed(inUse.name) : S.region.autoOption}</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      {unit && <Text data-testid="region-unit">{S.region.unit(unit)}</Text>}
    </div>
  );
}
