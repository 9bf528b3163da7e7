/**
 * 校对: a narrative text (pasted, or read from the selected cells) checked against the tables. Every
 * finding shows its excerpt marked within its sentence — React text nodes and a <mark>, never HTML.
 */
import { useState } from "react";
import { Button, Field, Spinner, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { ProofFinding } from "../../proofread";
import { clipParts, proofCounts, sentenceParts, type SentenceParts } from "../logic/proof-display";
import { proofreadAloneLazy } from "../logic/lazy";
import { S } from "../strings";
import type { Pane } from "../state";
import { FindingBadge, useFindingButtonClass } from "./FindingBadge";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  text: { minHeight: "120px" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    maxHeight: "50vh",
    overflowY: "auto",
  },
  finding: { display: "flex", flexDirection: "column", gap: "2px" },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  quote: {
    fontFamily: '"仿宋", FangSong, STFangsong, "Noto Serif CJK SC", "WenQuanYi Zen Hei", serif',
    overflowWrap: "anywhere",
  },
  sentence: {
    fontFamily: '"仿宋", FangSong, STFangsong, "Noto Serif CJK SC", "WenQuanYi Zen Hei", serif',
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  markError: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: "inherit",
    fontWeight: tokens.fontWeightSemibold,
  },
  markWarning: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: "inherit",
    fontWeight: tokens.fontWeightSemibold,
  },
  markInfo: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: "inherit",
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Text-only proofreading, offered before a workbook has been read (to move into strings.ts). */
const ALONE = {
  run: "只核对文字（不读报表）",
  note: "尚未读取工作簿：只用文字自身核对（合计与分项、按文中金额重算的比例、前后不一的数字、单位写法、模板残留）。",
};

/** Sentence text with the excerpt in a <mark>: text nodes only. */
function Marked({ parts, markClass, testId }: { parts: SentenceParts; markClass: string; testId: string }) {
  return (
    <>
      {parts.before}
      <mark className={markClass} data-testid={testId}>
        {parts.excerpt}
      </mark>
      {parts.after}
    </>
  );
}

function FindingItem({
  f,
  index,
  text,
  selected,
  pane,
  onOpen,
}: {
  f: ProofFinding;
  index: number;
  text: string;
  selected: boolean;
  pane: Pane;
  onOpen?: (i: number) => void;
}) {
  const styles = useStyles();
  const className = useFindingButtonClass(f.severity, styles.finding, selected && styles.selected);
  const mark =
    f.severity === "error"
      ? styles.markError
      : f.severity === "warning"
        ? styles.markWarning
        : styles.markInfo;
  const parts = sentenceParts(f, text);
  const values = [
    f.expected !== undefined ? S.proofread.expected(f.expected) : "",
    f.actual !== undefined ? S.proofread.actual(f.actual) : "",
  ]
    .filter(Boolean)
    .join("，");
  return (
    <li>
      <button
        type="button"
        className={className}
        onClick={() => (onOpen ? onOpen(index) : pane.openProofFinding(index))}
        aria-pressed={selected}
        title={S.proofread.findingLabel(S.generate.severity[f.severity], f.excerpt)}
        data-testid="proof-finding"
        data-severity={f.severity}
        data-rule={f.rule}
      >
        <span className={styles.quote}>
          <FindingBadge severity={f.severity} />{" "}
          <Marked parts={clipParts(parts)} markClass={mark} testId="proof-excerpt" />
        </span>
        <span>{f.message}</span>
        {values && <span className={styles.meta}>{values}</span>}
      </button>
      {selected && (
        <div className={styles.col} data-testid="proof-detail">
          <Text size={200} weight="semibold">
            {S.proofread.sentence}
          </Text>
          <div className={styles.sentence} data-testid="proof-sentence" lang="zh-CN">
            <Marked parts={parts} markClass={mark} testId="proof-sentence-excerpt" />
          </div>
          <Text className={styles.meta}>
            {f.cells.length > 0 ? S.proofread.cells(f.cells.join("、")) : S.proofread.noCells}
          </Text>
        </div>
      )}
    </li>
  );
}

export function ProofreadStep({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const [alone, setAlone] = useState<{ text: string; findings: ProofFinding[] } | null>(null);
  const [aloneSelected, setAloneSelected] = useState<number | null>(null);
  const textOnly = !pane.proof && !pane.analysis && alone !== null;
  const result = textOnly ? alone : pane.proof;
  const n = result ? proofCounts(result.findings) : null;
  return (
    <section className={styles.col} aria-labelledby="proofread-intro">
      <Text id="proofread-intro">{S.proofread.intro}</Text>
      <Field label={S.proofread.textLabel}>
        <Textarea
          className={styles.text}
          resize="vertical"
          value={pane.proofText}
          placeholder={S.proofread.placeholder}
          onChange={(_, d) => pane.setProofText(d.value)}
          data-testid="proof-text"
        />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={pane.runProofread}
          disabled={pane.busy !== null}
          data-testid="proof-run"
        >
          {S.proofread.run}
        </Button>
        <Button
          onClick={pane.readSelectionText}
          disabled={pane.busy !== null}
          data-testid="proof-read-selection"
        >
          {S.proofread.readSelection}
        </Button>
        {!pane.analysis && (
          <Button
            onClick={() => {
              setAloneSelected(null);
              const text = pane.proofText;
              void proofreadAloneLazy(text).then((findings) => setAlone({ text, findings }));
            }}
            disabled={pane.busy !== null || pane.proofText.trim() === ""}
            data-testid="proof-run-alone"
          >
            {ALONE.run}
          </Button>
        )}
        {pane.busy === "proofread" && <Spinner size="tiny" label={S.proofread.running} />}
        {pane.busy === "readText" && <Spinner size="tiny" label={S.proofread.readingSelection} />}
      </div>
      <Text className={styles.meta}>{S.proofread.ownUnit}</Text>
      {result && n && (
        <>
          <Text weight="semibold" data-testid="proof-summary">
            {result.findings.length === 0
              ? S.proofread.noFindings
              : S.proofread.summary(n.error, n.warning, n.info)}
          </Text>
          {textOnly && (
            <Text className={styles.meta} data-testid="proof-alone-note">
              {ALONE.note}
            </Text>
          )}
          {result.text !== pane.proofText && <Text className={styles.meta}>{S.proofread.stale}</Text>}
          {result.findings.length > 0 && (
            <ul className={styles.list} aria-label={S.proofread.summary(n.error, n.warning, n.info)}>
              {result.findings.map((f, i) => (
                <FindingItem
                  key={`${f.rule}@${f.offset}:${i}`}
                  f={f}
                  index={i}
                  text={result.text}
                  selected={textOnly ? aloneSelected === i : pane.proofSelected === i}
                  pane={pane}
                  {...(textOnly && { onOpen: setAloneSelected })}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
