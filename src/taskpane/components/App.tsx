import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { S } from "../strings";
import { usePane } from "../state";
import { officeIsDark } from "../office-bridge";
import { GenerateStep } from "./GenerateStep";
import { OutputStep } from "./OutputStep";
import { ProofreadStep } from "./ProofreadStep";
import { SettingsPanel } from "./SettingsPanel";
import { SupplementStep } from "./SupplementStep";
import { TablesStep } from "./TablesStep";

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
  },
  header: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  notice: { position: "sticky", top: 0, zIndex: 2 },
});

export default function App() {
  const styles = useStyles();
  const pane = usePane();
  const theme = useMemo(() => (officeIsDark() ? webDarkTheme : webLightTheme), []);
  return (
    <FluentProvider theme={theme} lang="zh-CN">
      <main className={styles.root} aria-busy={pane.busy !== null}>
        <header className={styles.header}>
          <Title2 as="h1" id="app-title">
            {S.appName}
          </Title2>
          <Text size={200}>{S.version(__APP_VERSION__)}</Text>
        </header>
        {pane.notice && (
          <MessageBar className={styles.notice} intent={pane.notice.intent} data-testid="notice" role="status">
            <MessageBarBody>{pane.notice.text}</MessageBarBody>
          </MessageBar>
        )}
        <Accordion multiple collapsible defaultOpenItems={["tables", "supplement", "generate", "output"]}>
          <AccordionItem value="tables">
            <AccordionHeader as="h2">{S.steps.tables}</AccordionHeader>
            <AccordionPanel>
              <TablesStep pane={pane} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="supplement">
            <AccordionHeader as="h2">{S.steps.supplement}</AccordionHeader>
            <AccordionPanel>
              <SupplementStep pane={pane} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="generate">
            <AccordionHeader as="h2">{S.steps.generate}</AccordionHeader>
            <AccordionPanel>
              <GenerateStep pane={pane} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="output">
            <AccordionHeader as="h2">{S.steps.output}</AccordionHeader>
            <AccordionPanel>
              <OutputStep pane={pane} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="proofread">
            <AccordionHeader as="h2" data-testid="step-proofread">
              {S.steps.proofread}
            </AccordionHeader>
            <AccordionPanel>
              <ProofreadStep pane={pane} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="settings">
            <AccordionHeader as="h2">{S.steps.settings}</AccordionHeader>
            <AccordionPanel>
              <SettingsPanel pane={pane} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </main>
    </FluentProvider>
  );
}
