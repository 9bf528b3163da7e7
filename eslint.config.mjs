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
