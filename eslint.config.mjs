// ESLint flat config: JS recommended + typescript-eslint recommended.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["dist/**", "dist-cli/**", "dist-selfhost/**", "node_modules/**", "coverage/**", "out/**", "e2e-artifacts/**", "**/*.xlsx"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Add-in code runs in the Office webview.
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
  },
  {
    // Layering: Office.js is called from src/office only (the pane reaches it through its one bridge,
    // src/taskpane/office-bridge.ts; the ribbon's commands.ts starts Office). Everywhere else under src/,
    // naming the Office or Excel globals is an error — a component calling Office.js fails lint.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/office/**", "src/taskpane/office-bridge.ts", "src/commands/**", "**/*.d.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Office.js belongs in src/office (the pane calls it through src/taskpane/office-bridge.ts)." },
        { name: "Excel", message: "Office.js belongs in src/office (the pane calls it through src/taskpane/office-bridge.ts)." },
      ],
    },
  },
  {
    // Node ESM: scripts, tests, benchmarks, this file.
    files: [
      "scripts/**/*.{mjs,js,ts,mts}",
      "test/**/*.{ts,tsx,mjs}",
      "bench/**/*.{ts,mjs}",
      "*.mjs",
      "bin/**/*.{js,mjs}",
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Node CommonJS: webpack.config.js and *.cjs helpers.
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.d.ts", "**/*.d.mts", "**/*.d.cts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
