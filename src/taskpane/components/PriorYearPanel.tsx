/** 上年决算表: choose last year's .xlsx, or see that prior-year sheets of this workbook are used. */
import { useRef } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../strings";
import type { Pane } from "../state";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  meta: { color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
});

export function PriorYearPanel({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const prior = pane.analysis?.prior ?? null;
  const status = !prior ? S.prior.none : prior.file !== null ? S.prior.fromFile(prior.file, prior.year) : S.prior.fromSheets(prior.year);
  return (
    <section className={styles.col} aria-labelledby="prior-heading" data-testid="prior-year">
      <Text id="prior-heading" weight="semibold">
        {S.prior.heading}
      </Text>
      <Text size={200} className={styles.meta}>
        {S.prior.intro}
      </Text>
      <Text data-testid="prior-status">{status}</Text>
      <div className={styles.row}>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="prior-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) pane.choosePrior(f);
            e.target.value = "";
          }}
        />
        <Button size="small" onClick={() => input.current?.click()} disabled={pane.busy !== null} data-testid="prior-choose">
          {S.prior.choose}
        </Button>
        {prior?.file != null && (
          <Button size="small" appearance="subtle" onClick={pane.clearPrior} disabled={pane.busy !== null}>
            {S.prior.clear}
          </Button>
        )}
      </div>
    </section>
  );
}
