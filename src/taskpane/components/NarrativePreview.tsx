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
import { memo, useCallback, useEffect, useRef, useState } from "react";
import type { Chart } from "../../charts/model";
import { groupThousands } from "../../core";
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
    maxHeight: "60vh",
    overflowY: "auto",
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, textAlign: "center", margin: "0 0 8px" },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: "8px 0 4px" },
  body: { textIndent: "2em", margin: "0 0 4px" },
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
  gap: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
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
      if (live) setSrc({ url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.chartSvg(chart))}`, alt: alt.chartAltText(chart) });
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

/** "113684009.05" → "113,684,009.05"; anything else as given. */
function grouped(v: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(v);
  return m ? `${m[1]}${groupThousands(m[2])}${m[3] ?? ""}` : v;
}

interface Props {
  narrative: Narrative;
  onSelectCells: (cells: string[]) => void;
}

type OpenFigure = (run: FigureRun, target: HTMLElement) => void;

function RunView({ run, onOpen }: { run: Run; onOpen: OpenFigure }) {
  const styles = useStyles();
  switch (run.kind) {
    case "text":
      return <>{run.text}</>;
    case "figure":
      return (
        // An inline span with a button role (a <button> cannot wrap across lines inside a paragraph).
        <span
          role="button"
          tabIndex={0}
          className={styles.fig}
          title={figureTitle(run)}
          data-figure=""
          onClick={(e) => onOpen(run, e.currentTarget)}
          onKeyDown={(e) => {
            if (e.key === "Enter" || e.key === " ") {
              e.preventDefault();
              onOpen(run, e.currentTarget);
            }
          }}
        >
          {run.text}
        </span>
      );
    case "gap":
      return (
        <mark className={styles.gap} title={S.generate.gapHint(run.need)} data-gap={run.key}>
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

function BlockView({ block, onOpen }: { block: Block; onOpen: OpenFigure }) {
  const styles = useStyles();
  const runs = block.runs.map((r, i) => <RunView key={i} run={r} onOpen={onOpen} />);
  if (block.kind === "title") return <h3 className={styles.title}>{runs}</h3>;
  if (block.kind === "heading") return <h4 className={styles.heading}>{runs}</h4>;
  return <p className={styles.body}>{runs}</p>;
}

const Document = memo(function Document({ narrative, onOpen }: { narrative: Narrative; onOpen: OpenFigure }) {
  const doc = layoutNarrative(narrative);
  return (
    <>
      {doc.title && <BlockView block={doc.title} onOpen={onOpen} />}
      {doc.sections.map((s) => (
        <section key={s.id} data-section={s.id}>
          {sectionItems(s).map((item, i) =>
            item.kind === "block" ? (
              <BlockView key={i} block={item.block} onOpen={onOpen} />
            ) : (
              <ChartView key={i} chart={item.chart} />
            ),
          )}
        </section>
      ))}
    </>
  );
});

export function NarrativePreview({ narrative, onSelectCells }: Props) {
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
        <Document narrative={narrative} onOpen={onOpen} />
      </article>
      <Popover
        open={open !== null}
        onOpenChange={(_, d) => !d.open && setOpen(null)}
        positioning={{ positioningRef, position: "below" }}
        withArrow
        trapFocus
      >
        <PopoverSurface className={styles.surface} aria-label={S.generate.figureDetail} data-testid="figure-popover">
          {open && (
            <>
              <Text weight="semibold">{open.text}</Text>
              <Text className={styles.small}>
                {S.generate.formula}：{open.formula}
              </Text>
              {open.sources.map((s, i) => (
                <Text key={i} className={styles.small}>
                  {S.generate.sources}：{s.label} {grouped(s.value)}（{s.cells.length > 0 ? s.cells.join("、") : S.generate.noCells}）
                </Text>
              ))}
              {cells.length > 0 && (
                <Button size="small" appearance="primary" onClick={() => onSelectCells(cells)} data-testid="figure-select">
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
