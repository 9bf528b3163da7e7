import { FluentProvider, Text, Title2, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
});

/** Minimal task pane shell: product name and version. The real pane is built on top of this. */
export default function App() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <main className={styles.root}>
        <Title2 as="h1">决算说明助手</Title2>
        <Text size={200}>版本 {__APP_VERSION__}</Text>
      </main>
    </FluentProvider>
  );
}
