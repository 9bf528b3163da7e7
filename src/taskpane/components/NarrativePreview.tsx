/**
 * The narrative as React elements (escaped by construction: no HTML strings). A figure is a button:
 * hover shows its sources and formula (title), click opens a popover that can select its cells.
 */
import {
  Button,
  Popover,
  PopoverSurface,
  Text,
  makeStyles,
  tokens,
  type PositioningImperativeRef,
} from "@fluentui/react-components";
import { type KeyboardEvent, memo, useCallback, useEffect, useRef, useState } from "react";
import type { Chart } from "../../charts/model";
import { groupDecimalText } from "../../core";
import type { FigureRun, Narrative, Run } from "../../narrative";
import { figureTitle } from "../../render/html";
import { type Block, layoutNarrative, sectionItems } from "../../render/layout";
import { S } from "../strings";

const useStyles = makeStyles({
  doc: {
    fontFamily: '"仿宋", FangSong, STFangsong, "Noto Serif CJK SC", "WenQuanYi Zen Hei", serif',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
    textAlign: "start",
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
    margin: "0 0 8px",
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: "8px 0 4px" },
  body: { textIndent: "2em", margin: "0 0 4px", ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  fig: {
    font: "inherit",
    color: "inherit",
    background: "none",
    border: "none",
    padding: 0,
    margin: 0,
    cursor: "pointer",
    borderBottom: `1px dotted ${tokens.colorBrandForeground1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  gap: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  user: { backgroundColor: tokens.colorNeutralBackground3 },
  surface: { maxWidth: "300px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  small: { fontSize: tokens.fontSizeBase200 },
  chart: { margin: "8px 0", textAlign: "center" },
  chartImage: { maxWidth: "100%", height: "auto" },
});

/**
 * A chart: its SVG (drawn by code loaded only when a narrative has charts) shown as an image, with
 * the numbered caption below. The alternative text names every value.
 */
function ChartView({ chart }: { chart: Chart }) {
  const styles = useStyles();
  const [src, setSrc] = useState<{ url: string; alt: string } | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([
      import(/* webpackChunkName: "charts" */ "../../render/chart-svg"),
      import(/* webpackChunkName: "charts" */ "../../render/chart-alt"),
    ]).then(([svg, alt]) => {
      if (live)
        setSrc({
          url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.chartSvg(chart))}`,
          alt: alt.chartAltText(chart),
        });
    });
    return () => {
      live = false;
    };
  }, [chart]);
  return (
    <figure className={styles.chart} data-chart={chart.id}>
      {src && <img className={styles.chartImage} src={src.url} alt={src.alt} />}
      <figcaption>{chart.caption}</figcaption>
    </figure>
  );
}

interface Props {
  narrative: Narrative;
  onSelectCells: (cells: string[]) => void;
  /** A gap was clicked: open its 待填写 item. */
  onOpenGap: (key: string) => void;
}

type OpenFigure = (run: FigureRun, target: HTMLElement) => void;
type OpenGap = (key: string) => void;

const activate = (e: KeyboardEvent, act: () => void) => {
  if (e.key === "Enter" || e.key === " ") {
    e.preventDefault();
    act();
  }
};

/** Arrow keys move between a paragraph's figures and gaps (they are not tab stops: one per paragraph). */
function moveWithin(e: KeyboardEvent<HTMLElement>) {
  const forward = e.key === "ArrowRight" || e.key === "ArrowDown";
  const back = e.key === "ArrowLeft" || e.key === "ArrowUp";
  if (!forward && !back) return;
  const block = e.currentTarget;
  const items = [...block.querySelectorAll<HTMLElement>("[data-figure],[data-gap]")];
  if (items.length === 0) return;
  e.preventDefault();
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = at < 0 ? (forward ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, at + (forward ? 1 : -1)));
  items[next].focus();
}

function RunView({ run, onOpen, onGap }: { run: Run; onOpen: OpenFigure; onGap: OpenGap }) {
  const styles = useStyles();
  switch (run.kind) {
    case "text":
      return <>{run.text}</>;
    case "figure":
      return (
        // An inline span with a button role (a <button> cannot wrap across lines inside a paragraph).
        <span
          role="button"
          tabIndex={-1}
          className={styles.fig}
          title={figureTitle(run)}
          data-figure=""
          onClick={(e) => onOpen(run, e.currentTarget)}
          onKeyDown={(e) => activate(e, () => onOpen(run, e.currentTarget))}
        >
          {run.text}
        </span>
      );
    case "gap":
      return (
        <mark
          className={styles.gap}
          role="button"
          tabIndex={-1}
          title={S.generate.gapHint}
          data-gap={run.key}
          onClick={() => onGap(run.key)}
          onKeyDown={(e) => activate(e, () => onGap(run.key))}
        >
          {run.text}
        </mark>
      );
    case "userText":
      return (
        <span className={styles.user} data-user="">
          {run.text}
        </span>
      );
  }
}

function BlockView({ block, onOpen, onGap }: { block: Block; onOpen: OpenFigure; onGap: OpenGap }) {
  const styles = useStyles();
  const runs = block.runs.map((r, i) => <RunView key={i} run={r} onOpen={onOpen} onGap={onGap} />);
  if (block.kind === "title") return <h3 className={styles.title}>{runs}</h3>;
  if (block.kind === "heading") return <h4 className={styles.heading}>{runs}</h4>;
  const interactive = block.runs.some((r) => r.kind === "figure" || r.kind === "gap");
  return (
    <p className={styles.body} tabIndex={interactive ? 0 : undefined} onKeyDown={interactive ? moveWithin : undefined} data-paragraph="">
      {runs}
    </p>
  );
}

const Document = memo(function Document({ narrative, onOpen, onGap }: { narrative: Narrative; onOpen: OpenFigure; onGap: OpenGap }) {
  const doc = layoutNarrative(narrative);
  return (
    <>
      {doc.title && <BlockView block={doc.title} onOpen={onOpen} onGap={onGap} />}
      {doc.sections.map((s) => (
        <section key={s.id} data-section={s.id}>
          {sectionItems(s).map((item, i) =>
            item.kind === "block" ? (
              <BlockView key={i} block={item.block} onOpen={onOpen} onGap={onGap} />
            ) : (
              <ChartView key={i} chart={item.chart} />
            ),
          )}
        </section>
      ))}
    </>
  );
});

export function NarrativePreview({ narrative, onSelectCells, onOpenGap }: Props) {
  const styles = useStyles();
  const [open, setOpen] = useState<FigureRun | null>(null);
  const positioningRef = useRef<PositioningImperativeRef>(null);
  const onOpen = useCallback<OpenFigure>((run, target) => {
    positioningRef.current?.setTarget(target);
    setOpen(run);
  }, []);
  const cells = open ? [...new Set(open.sources.flatMap((s) => s.cells))] : [];
  return (
    <>
      <article className={styles.doc} aria-label={S.generate.preview} data-testid="preview" lang="zh-CN">
        <Document narrative={narrative} onOpen={onOpen} onGap={onOpenGap} />
      </article>
      <Popover
        open={open !== null}
        onOpenChange={(_, d) => !d.open && setOpen(null)}
        positioning={{ positioningRef, position: "below" }}
        withArrow
        trapFocus
      >
        <PopoverSurface
          className={styles.surface}
          aria-label={S.generate.figureDetail}
          data-testid="figure-popover"
        >
          {open && (
            <>
              <Text weight="semibold">{open.text}</Text>
              <Text className={styles.small}>
                {S.generate.formula}：{open.formula}
              </Text>
              {open.sources.map((s, i) => (
                <Text key={i} className={styles.small}>
                  {S.generate.sources}：{s.label} {groupDecimalText(s.value)}（
                  {s.cells.length > 0 ? s.cells.join("、") : S.generate.noCells}）
                </Text>
              ))}
              {cells.length > 0 && (
                <Button
                  size="small"
                  appearance="primary"
                  onClick={() => onSelectCells(cells)}
                  data-testid="figure-select"
                >
                  {S.generate.selectCells}
                </Button>
              )}
            </>
          )}
        </PopoverSurface>
      </Popover>
    </>
  );
}
