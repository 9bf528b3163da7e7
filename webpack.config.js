// webpack config for 决算说明助手 — modelled on OfficeDev's Office-Addin-TaskPane-SharedRuntime (React) template.
//
// Shared runtime: ONE page (taskpane.html) is the task pane, the ribbon FunctionFile and the custom-functions
// Page (see manifest.xml), so taskpane.html loads the functions, commands and taskpane bundles.
//
//   npm run build                 → dist/ (production; set ADDIN_URL=https://host/path/ for the manifest)
//   npm run dev-server            → https://localhost:3000/ (dev certificates via office-addin-dev-certs)
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { resolveBaseUrl, transformManifest } = require("./scripts/manifest-transform.cjs");
const pkg = require("./package.json");

/**
 * Where the pages load Office.js from — the one place it is decided.
 *   default                      Microsoft's CDN (required for AppSource)
 *   --env officeCdn=china        the CDN of Office 365 operated by 21Vianet (世纪互联)
 *   --env selfHostOfficeJs       copies office.js from @microsoft/office-js into dist/officejs/ (intranet:
 *                                the pane then needs nothing outside its own origin)
 */
const OFFICE_JS_CDN = {
  global: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  china: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
};
const SELF_HOSTED_OFFICE_JS_DIR = "officejs";

function officeJsSource(env) {
  if (env.selfHostOfficeJs) return { url: `${SELF_HOSTED_OFFICE_JS_DIR}/office.js`, selfHosted: true };
  const cdn = env.officeCdn || process.env.OFFICE_CDN || "global";
  if (!OFFICE_JS_CDN[cdn]) throw new Error(`Unknown officeCdn "${cdn}" (use ${Object.keys(OFFICE_JS_CDN).join(" or ")})`);
  return { url: OFFICE_JS_CDN[cdn], selfHosted: false };
}

/** Files of @microsoft/office-js that Excel needs: no debug builds, other hosts or unused locales. */
function selfHostedOfficeJsPatterns() {
  const from = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  const otherHosts = /^(access|onenote|outlook|powerpoint|project|visio|word)/;
  const keepLocales = new Set(["zh-cn", "zh-tw", "en-us"]);
  return [
    {
      from,
      to: SELF_HOSTED_OFFICE_JS_DIR,
      // Microsoft's files as shipped: no re-minification (faster builds, byte-identical for support).
      info: { minimized: true },
      globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/office-vsdoc.js"] },
      filter: (file) => {
        const rel = path.relative(from, file).split(path.sep);
        if (otherHosts.test(rel[0])) return false;
        if (rel.length > 1 && /^[a-z]{2,3}-[a-z0-9]{2,4}(-[a-z]{2})?$/.test(rel[0])) return keepLocales.has(rel[0]);
        return true;
      },
    },
  ];
}

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

async function getHttpsOptions() {
  // Only required when serving; loaded lazily so `webpack --mode production` never touches certificates.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** Prints each emitted bundle's raw and gzipped size after a (non-watch) build. */
class PrintBundleSizesPlugin {
  apply(compiler) {
    compiler.hooks.done.tap("PrintBundleSizesPlugin", (stats) => {
      if (compiler.watchMode || stats.hasErrors()) return;
      const rows = [];
      const outDir = stats.compilation.outputOptions.path;
      for (const name of Object.keys(stats.compilation.assets)) {
        if (!/\.(js|css|html|json)$/.test(name)) continue;
        // Sources are released after emit (SizeOnlySource), so measure the emitted files.
        const buf = fs.readFileSync(path.join(outDir, name));
        rows.push({ name, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length });
      }
      rows.sort((a, b) => b.raw - a.raw);
      const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
      const width = Math.max(...rows.map((r) => r.name.length), 6);
      const lines = [
        "",
        "Bundle sizes / 打包体积:",
        `  ${"file".padEnd(width)}  ${"raw".padStart(11)}  ${"gzip".padStart(11)}`,
        ...rows.map(
          (r) => `  ${r.name.padEnd(width)}  ${kb(r.raw).padStart(11)}  ${kb(r.gzip).padStart(11)}`,
        ),
      ];
      const js = rows.filter((r) => r.name.endsWith(".js"));
      lines.push(
        `  ${"total .js".padEnd(width)}  ${kb(js.reduce((s, r) => s + r.raw, 0)).padStart(11)}  ${kb(
          js.reduce((s, r) => s + r.gzip, 0),
        ).padStart(11)}`,
        "",
      );
      console.log(lines.join("\n"));
    });
  }
}

const HELP_PAGE = (version) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>决算说明助手 — 帮助</title>
  </head>
  <body style="font-family: 'Microsoft YaHei', 'PingFang SC', sans-serif; max-width: 40em; margin: 2em auto; line-height: 1.6">
    <h1>决算说明助手</h1>
    <p>版本 ${version}</p>
    <p>在 Excel“开始”选项卡的“决算说明”组中点击“打开决算说明助手”，读取部门决算标准报表，核对数据并生成部门决算说明。
      工作表中还可以使用 <code>BUDGET.</code> 开头的自定义函数。</p>
    <p lang="en">Final Accounts Narrator: on the Home tab choose <em>Open Narrator</em>. Custom functions live in the
      <code>BUDGET</code> namespace.</p>
  </body>
</html>
`;

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const production = !dev;

  const officeJs = officeJsSource(env);
  // Writes dist/functions.zh-CN.json from the generated functions.json and src/functions/names.zh-CN.json.
  const { ZhMetadataPlugin } = await import("./scripts/make-zh-metadata.mjs");
  const { baseUrl, warning } = resolveBaseUrl({ production, addinUrl: process.env.ADDIN_URL });
  if (warning) console.warn(`\n⚠ ${warning}\n`);

  /** @type {import("webpack").Configuration} */
  const config = {
    devtool: "source-map",
    entry: {
      functions: FUNCTIONS_SOURCE,
      commands: "./src/commands/commands.ts",
      // The pane reuses what functions.js already holds (src/core, decimal.js) instead of bundling it again:
      // functions.js is the one shared chunk (and holds the webpack runtime), still complete on its own for
      // the manifest's Functions.Script.Url. The engine, the proofreader and the .docx writer are chunks of
      // their own, loaded on first use (src/taskpane/logic/lazy.ts, the docx import in src/taskpane/state.ts).
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
      // functions.js is named by the manifest (Functions.Script.Url), so it keeps a stable name.
      filename: (pathData) =>
        pathData.chunk?.name === "functions" ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Rewrite every file on each build, so a fresh dist/ is recognisably fresh (scripts/run-tests.mjs).
      compareBeforeEmit: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking runs separately (`npm run typecheck`); tsconfig has noEmit, which the loader must override.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
        {
          // Our modules have no import-time side effects (the entries, which register functions and render
          // the pane, are always kept): a module whose exports are unused is left out, so importing
          // TABLE_NAMES from src/checks does not bring every rule into the first screen.
          test: /[\\/]src[\\/].*\.tsx?$/,
          sideEffects: false,
        },
        {
          test: /\.(png|jpe?g|gif|svg)$/,
          type: "asset/resource",
          generator: { filename: "static/[name].[contenthash:8][ext]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        __APP_VERSION__: JSON.stringify(pkg.version),
      }),
      new CustomFunctionsMetadataPlugin({
        input: FUNCTIONS_SOURCE,
        output: "functions.json",
      }),
      new ZhMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: this page also hosts the custom functions and the ribbon commands.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        officeJsUrl: officeJs.url,
        appVersion: pkg.version,
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        templateContent: HELP_PAGE(pkg.version),
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: {
              transformer: (content) => transformManifest(content, baseUrl),
              cache: false,
            },
          },
          ...(officeJs.selfHosted ? selfHostedOfficeJsPatterns() : []),
        ],
      }),
      new PrintBundleSizesPlugin(),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
      },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };

  return config;
};
