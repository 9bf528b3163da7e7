import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Finding } from "../../tables/model";
import { findingView } from "../logic/findings";
import { S } from "../strings";
import type { Pane } from "../state";
import { FindingBadge, useFindingButtonClass } from "./FindingBadge";
import { RegionChoice } from "./RegionChoice";
import { loadPreview, loadedPreview } from "./preview-loader";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: { display: "flex", flexDirection: "column", gap: "2px" },
  resultHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

function FindingItem({ f, index, pane }: { f: Finding; index: number; pane: Pane }) {
  const styles = useStyles();
  const className = useFindingButtonClass(f.severity, styles.finding);
  const v = findingView(f);
  return (
    <li>
      <button
        type="button"
        className={className}
        onClick={() => pane.openFinding(index, f)}
        disabled={v.targets.length === 0}
        data-testid="finding"
        data-severity={f.severity}
      >
        <span>
          <FindingBadge severity={f.severity} /> {v.title ?? ""}
        </span>
        <span>{v.message}</span>
      </button>
    </li>
  );
}

export function GenerateStep({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const a = pane.analysis;
  const shown = pane.generated && a;
  const result = useRef<HTMLHeadingElement>(null);
  // After 生成 the view moves to the result (to its first 待填写 item when there is one: FillStep).
  const toFill = pane.toFill.length > 0;
  useEffect(() => {
    if (pane.resultShown === 0 || toFill) return;
    const el = result.current;
    if (!el) return;
    el.scrollIntoView({ block: "start" });
    el.focus({ preventScroll: true });
  }, [pane.resultShown]);
  // Loaded by 生成 (state.ts) before the result shows; loaded here only if that did not happen.
  const NarrativePreview = loadedPreview();
  const [, previewArrived] = useState(0);
  useEffect(() => {
    if (shown && !NarrativePreview) void loadPreview().then(() => previewArrived((n) => n + 1));
  }, [shown, NarrativePreview]);
  const count = (s: Finding["severity"]) => a?.findings.filter((f) => f.severity === s).length ?? 0;
  const gaps = pane.toFill.length;
  return (
    <section className={styles.col}>
      <RegionChoice pane={pane} />
      <Text>{S.generate.intro}</Text>
      <div className={styles.row}>
        <Button appearance={pane.nextAction === "generate" ? "primary" : "secondary"} onClick={pane.generate} disabled={pane.busy !== null} data-testid="generate">
          {S.generate.run}
        </Button>
        {pane.busy === "generate" && <Spinner size="tiny" label={S.generate.running} />}
      </div>
      {shown && (
        <>
          <h3 className={styles.resultHeading} ref={result} tabIndex={-1} data-testid="result">
            {S.generate.result}
          </h3>
          {gaps > 0 && (
            <div className={styles.row}>
              <Text data-testid="gap-count">{S.generate.warnings(gaps)}</Text>
              <Button appearance={pane.nextAction === "fill" ? "primary" : "secondary"} onClick={pane.nextNeed} data-testid="next-need">
                {S.fill.firstNeed(gaps)}
              </Button>
            </div>
          )}
          <Text weight="semibold" data-testid="findings-summary">
            {a.findings.length === 0 ? S.generate.noFindings : S.generate.findings(count("error"), count("warning"), count("info"))}
          </Text>
          {a.findings.length > 0 && (
            <ul className={styles.list} aria-label={S.generate.findings(count("error"), count("warning"), count("info"))}>
              {a.findings.map((f, i) => (
                <FindingItem key={i} f={f} index={i} pane={pane} />
              ))}
            </ul>
          )}
          <Text weight="semibold">{S.generate.preview}</Text>
          <Text size={200}>{S.generate.previewHint}</Text>
          {NarrativePreview ? (
            <NarrativePreview narrative={a.narrative} onSelectCells={pane.selectCells} onOpenGap={pane.openNeed} />
          ) : (
            <Spinner size="tiny" label={S.generate.running} />
          )}
        </>
      )}
    </section>
  );
}
