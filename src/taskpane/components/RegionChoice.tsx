/**
 * 发布口径 before 生成: the pane's automatic choice, shown with its reason, and changeable here (no visit
 * to 设置). The list is whatever src/narrative exports (logic/region.ts).
 */
import { Field, Select, makeStyles } from "@fluentui/react-components";
import type { ProfileId } from "../../narrative";
import { profileName, profileOptions } from "../logic/region";
import { S } from "../strings";
import type { Pane } from "../state";

const AUTO = "";

const useStyles = makeStyles({ field: { minWidth: 0 }, select: { minWidth: 0, width: "100%" } });

export function RegionChoice({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const region = pane.analysis?.region;
  const chosen = pane.settings.narrative.profile;
  return (
    <Field label={S.region.label} className={styles.field} hint={region?.automatic ? S.region.auto(region.why) : undefined}>
      <Select
        value={chosen ?? AUTO}
        onChange={(_, d) => pane.chooseProfile(d.value === AUTO ? undefined : (d.value as ProfileId))}
        disabled={pane.busy !== null}
        className={styles.select}
        data-testid="region"
      >
        <option value={AUTO}>{region?.automatic ? S.region.autoNamed(profileName(region.profile)) : S.region.autoOption}</option>
        {profileOptions().map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
