import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  FluentProvider,
  Spinner,
  Text,
  Title2,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { type ReactNode, Suspense, lazy, useMemo } from "react";
import { S } from "../strings";
import { type StepId, usePane } from "../state";
import { themeKind } from "../logic/theme";
import { bodyBackground } from "../office-bridge";
import { FillStep } from "./FillStep";
import { GenerateStep } from "./GenerateStep";
import { OutputStep } from "./OutputStep";
import { StepNotice } from "./StepNotice";
import { TablesStep } from "./TablesStep";

// 校对 and 设置 are closed until the user opens them: their code loads then, not with the first screen.
const ProofreadStep = lazy(() => import(/* webpackChunkName: "proofread-step" */ "./ProofreadStep").then((m) => ({ default: m.ProofreadStep })));
const SettingsPanel = lazy(() => import(/* webpackChunkName: "settings" */ "./SettingsPanel").then((m) => ({ default: m.SettingsPanel })));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  header: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  status: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular, marginLeft: tokens.spacingHorizontalS },
  secondary: { marginTop: tokens.spacingVerticalL },
});

const THEMES = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

function forcedColors(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
}

export default function App() {
  const styles = useStyles();
  const pane = usePane();
  const theme = useMemo(() => THEMES[themeKind(bodyBackground(), forcedColors())], []);
  const a = pane.analysis;
  const status: Partial<Record<StepId, string>> = {
    tables: a ? S.stepStatus.tables(a.accounts.tables.length, a.missingTables.length) : undefined,
    generate: pane.generated ? S.stepStatus.generated : undefined,
    fill: a ? S.stepStatus.fill(pane.toFill.length) : undefined,
  };
  const step = (id: StepId, body: ReactNode, testId?: string) => (
    <AccordionItem value={id}>
      <AccordionHeader as="h2" data-testid={testId ?? `step-${id}`}>
        {S.steps[id]}
        {status[id] && <span className={styles.status}>{status[id]}</span>}
      </AccordionHeader>
      <AccordionPanel>
        <Suspense fallback={<Spinner size="tiny" />}>{body}</Suspense>
        <StepNotice pane={pane} step={id} />
      </AccordionPanel>
    </AccordionItem>
  );
  return (
    <FluentProvider theme={theme} lang="zh-CN">
      <main className={styles.root} aria-busy={pane.busy !== null}>
        <header className={styles.header}>
          <Title2 as="h1" id="app-title">
            {S.appName}
          </Title2>
          <Text size={200}>{S.version(__APP_VERSION__)}</Text>
        </header>
        <StepNotice pane={pane} />
        <Accordion multiple collapsible openItems={pane.openSteps} onToggle={(_, d) => pane.setOpenSteps(d.openItems as StepId[])}>
          {step("tables", <TablesStep pane={pane} />)}
          {step("generate", <GenerateStep pane={pane} />)}
          {step("fill", <FillStep pane={pane} />)}
          {step("output", <OutputStep pane={pane} />)}
        </Accordion>
        <Accordion multiple collapsible className={styles.secondary} openItems={pane.openSteps} onToggle={(_, d) => pane.setOpenSteps(d.openItems as StepId[])}>
          {step("proofread", <ProofreadStep pane={pane} />)}
          {step("settings", <SettingsPanel pane={pane} />)}
        </Accordion>
      </main>
    </FluentProvider>
  );
}
