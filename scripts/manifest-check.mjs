#!/usr/bin/env node
// Offline checker for the add-in only (XML) manifest of 决算说明助手.
//
//   node scripts/manifest-check.mjs [manifest.xml] [--production] [--assets DIR]
//
// Prints every problem (Chinese / English) and exits 1 if there is any. `--assets` defaults to
// the "assets" folder next to the manifest (so dist/manifest.xml is checked against dist/assets).
// Programmatic use: checkManifest(path, { production, assetsDir }) → Problem[].
//
// What it checks (it is not a full XSD validation — `npm run validate` does that online):
//   * well-formed XML; OfficeApp root of type TaskPaneApp;
//   * required base elements (Id, Version, ProviderName, DefaultLocale, DisplayName, Description,
//     IconUrl, HighResolutionIconUrl, Hosts/Host Workbook, Requirements with SharedRuntime,
//     DefaultSettings/SourceLocation, Permissions) and VersionOverrides with Runtimes (lifetime long),
//     the CustomFunctions extension point (Script/Page/Metadata/Namespace), the ribbon group & button;
//   * the shared runtime wiring: custom-functions Page and FunctionFile use the Runtime's resid;
//   * every resid resolves to a resource of the right kind (bt:Images / bt:Urls / bt:ShortStrings /
//     bt:LongStrings); resource ids and resids are ≤ 32 characters; resource ids are unique;
//     string lengths (ShortStrings ≤ 125, LongStrings ≤ 250);
//   * every icon (IconUrl, HighResolutionIconUrl, each bt:Image) maps to assets/<file> under the
//     add-in base URL, exists, is a PNG, and has the declared pixel size (IconUrl 32×32 and
//     HighResolutionIconUrl 64×64 for task pane add-ins; ribbon icons 16/32/80 required,
//     20/24/40/48/64 optional);
//   * every URL uses https; in production mode the text contains no "localhost"/"127.0.0.1".
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import pngjs from "pngjs";

const { PNG } = pngjs;

export const MAX_RESID_LENGTH = 32;
export const MAX_SHORT_STRING = 125;
export const MAX_LONG_STRING = 250;
export const RIBBON_ICON_SIZES_REQUIRED = [16, 32, 80];
export const RIBBON_ICON_SIZES_ALLOWED = [16, 20, 24, 32, 40, 48, 64, 80];

/**
 * @typedef {{ code: string, zh: string, en: string, message: string }} Problem
 */

function problem(code, zh, en) {
  return { code, zh, en, message: `${zh} / ${en}` };
}

// ---------- XML → small element tree ----------

/**
 * @typedef {{ name: string, local: string, attrs: Record<string,string>, children: El[], text: string, parent: El | null }} El
 */

const localName = (name) => (name.includes(":") ? name.slice(name.indexOf(":") + 1) : name);

function toTree(nodes, parent) {
  /** @type {El[]} */
  const out = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ":@");
    if (!name || name === "#text" || name === "#comment" || name.startsWith("?")) continue;
    /** @type {El} */
    const el = {
      name,
      local: localName(name),
      attrs: { ...(node[":@"] ?? {}) },
      children: [],
      text: "",
      parent,
    };
    const kids = node[name] ?? [];
    el.children = toTree(kids, el);
    el.text = kids
      .filter((k) => "#text" in k)
      .map((k) => String(k["#text"]))
      .join("")
      .trim();
    out.push(el);
  }
  return out;
}

function parseXml(xml) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    commentPropName: "#comment",
  });
  return toTree(parser.parse(xml), null);
}

const kids = (el, local) => (el ? el.children.filter((c) => c.local === local) : []);
const kid = (el, local) => kids(el, local)[0];
/** Attribute by local name (xsi:type → "type"). */
const attr = (el, local) => {
  if (!el) return undefined;
  for (const [k, v] of Object.entries(el.attrs))
    if (localName(k) === local && !k.startsWith("xmlns")) return v;
  return undefined;
};
function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}
const pathOf = (el) => {
  const parts = [];
  for (let e = el; e; e = e.parent) parts.unshift(e.local);
  return parts.join("/");
};

// ---------- PNG ----------

/** @returns {{ width: number, height: number } | { error: string }} */
function readPngSize(file) {
  try {
    const png = PNG.sync.read(readFileSync(file));
    return { width: png.width, height: png.height };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

// ---------- resources ----------

const RESOURCE_KINDS = {
  Images: "bt:Images",
  Urls: "bt:Urls",
  ShortStrings: "bt:ShortStrings",
  LongStrings: "bt:LongStrings",
};

/** Which resource collection a `resid` on this element must point into. */
function expectedKind(el) {
  switch (el.local) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "Runtime":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "Urls";
    case "Label":
    case "Title":
    case "Namespace":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      return undefined;
  }
}

// ---------- the check ----------

/**
 * Checks an add-in only manifest.
 * @param {string} manifestPath
 * @param {{ production?: boolean, assetsDir?: string }} [options]
 * @returns {Problem[]}
 */
export function checkManifest(manifestPath, options = {}) {
  const production = Boolean(options.production);
  const assetsDir = resolve(options.assetsDir ?? join(dirname(resolve(manifestPath)), "assets"));
  /** @type {Problem[]} */
  const problems = [];
  const add = (code, zh, en) => problems.push(problem(code, zh, en));

  let xml;
  try {
    xml = readFileSync(manifestPath, "utf8");
  } catch (err) {
    add("read", `无法读取清单文件 ${manifestPath}`, `cannot read manifest ${manifestPath}: ${String(err)}`);
    return problems;
  }

  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    add(
      "xml",
      `XML 格式错误（第 ${line} 行第 ${col} 列）：${msg}`,
      `malformed XML at line ${line}, column ${col}: ${msg}`,
    );
    return problems;
  }

  const roots = parseXml(xml);
  const root = roots.find((r) => r.local === "OfficeApp");
  if (!root) {
    add("root", "根元素必须是 OfficeApp", "the root element must be OfficeApp");
    return problems;
  }
  const appType = attr(root, "type");
  if (appType !== "TaskPaneApp") {
    add(
      "root-type",
      `OfficeApp 的 xsi:type 应为 TaskPaneApp，实为 ${appType}`,
      `OfficeApp xsi:type must be TaskPaneApp, got ${appType}`,
    );
  }

  // --- production: no localhost anywhere (checked on the raw text so comments count too) ---
  if (production) {
    xml.split(/\r?\n/).forEach((line, i) => {
      if (/localhost|127\.0\.0\.1/i.test(line)) {
        add(
          "localhost",
          `生产清单第 ${i + 1} 行仍含 localhost：${line.trim()}`,
          `production manifest still mentions localhost at line ${i + 1}: ${line.trim()}`,
        );
      }
    });
  }

  // --- required base elements ---
  const need = (el, local, what) => {
    const found = kid(el, local);
    if (!found) add("missing", `缺少必需元素 ${what}`, `missing required element ${what}`);
    return found;
  };
  const needDefaultValue = (el, what) => {
    if (el && !attr(el, "DefaultValue")) {
      add("missing", `${what} 缺少 DefaultValue`, `${what} has no DefaultValue`);
    }
  };

  const id = need(root, "Id", "Id");
  if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id.text)) {
    add("id", `Id 不是 GUID：${id.text}`, `Id is not a GUID: ${id.text}`);
  }
  const version = need(root, "Version", "Version");
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version.text)) {
    add(
      "version",
      `Version 格式应为 n.n.n.n：${version.text}`,
      `Version must look like n.n.n.n: ${version.text}`,
    );
  }
  const provider = need(root, "ProviderName", "ProviderName");
  if (provider && !provider.text) add("missing", "ProviderName 为空", "ProviderName is empty");
  const locale = need(root, "DefaultLocale", "DefaultLocale");
  if (locale && !locale.text) add("missing", "DefaultLocale 为空", "DefaultLocale is empty");
  needDefaultValue(need(root, "DisplayName", "DisplayName"), "DisplayName");
  needDefaultValue(need(root, "Description", "Description"), "Description");
  const iconUrl = need(root, "IconUrl", "IconUrl");
  needDefaultValue(iconUrl, "IconUrl");
  const hiResIconUrl = need(root, "HighResolutionIconUrl", "HighResolutionIconUrl");
  needDefaultValue(hiResIconUrl, "HighResolutionIconUrl");

  const hosts = need(root, "Hosts", "Hosts");
  if (hosts && !kids(hosts, "Host").some((h) => attr(h, "Name") === "Workbook")) {
    add("missing", '缺少 <Host Name="Workbook"/>（Excel）', 'missing <Host Name="Workbook"/> (Excel)');
  }
  const requirements = need(root, "Requirements", "Requirements");
  const sharedRuntimeSet = requirements
    ? kids(kid(requirements, "Sets"), "Set").find((s) => attr(s, "Name") === "SharedRuntime")
    : undefined;
  if (requirements && !sharedRuntimeSet) {
    add(
      "missing",
      "Requirements/Sets 中缺少 SharedRuntime",
      "Requirements/Sets does not require SharedRuntime",
    );
  }
  const defaultSettings = need(root, "DefaultSettings", "DefaultSettings");
  const sourceLocation = defaultSettings ? kid(defaultSettings, "SourceLocation") : undefined;
  if (defaultSettings && !sourceLocation) {
    add("missing", "缺少 DefaultSettings/SourceLocation", "missing DefaultSettings/SourceLocation");
  }
  needDefaultValue(sourceLocation, "DefaultSettings/SourceLocation");
  const permissions = need(root, "Permissions", "Permissions");
  const PERMS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
  if (permissions && !PERMS.includes(permissions.text)) {
    add(
      "permissions",
      `Permissions 取值无效：${permissions.text}`,
      `invalid Permissions value: ${permissions.text}`,
    );
  }

  // --- VersionOverrides ---
  const vo = need(root, "VersionOverrides", "VersionOverrides");
  const voHost = vo ? kids(kid(vo, "Hosts"), "Host").find((h) => attr(h, "type") === "Workbook") : undefined;
  if (vo && !voHost) {
    add(
      "missing",
      '缺少 VersionOverrides/Hosts/Host xsi:type="Workbook"',
      'missing VersionOverrides/Hosts/Host xsi:type="Workbook"',
    );
  }
  const runtime = kid(kid(voHost, "Runtimes"), "Runtime");
  if (voHost && !runtime) {
    add("missing", "缺少 Runtimes/Runtime（共享运行时）", "missing Runtimes/Runtime (shared runtime)");
  }
  if (runtime && attr(runtime, "lifetime") !== "long") {
    add("runtime", 'Runtime 的 lifetime 应为 "long"', 'Runtime lifetime must be "long" for a shared runtime');
  }
  const runtimeResid = attr(runtime, "resid");

  const cfPoint = kids(kid(voHost, "AllFormFactors"), "ExtensionPoint").find(
    (e) => attr(e, "type") === "CustomFunctions",
  );
  if (voHost && !cfPoint) {
    add("missing", "缺少 CustomFunctions 扩展点", "missing the CustomFunctions extension point");
  }
  if (cfPoint) {
    for (const part of ["Script", "Page", "Metadata"]) {
      const loc = kid(kid(cfPoint, part), "SourceLocation");
      if (!loc || !attr(loc, "resid")) {
        add(
          "missing",
          `CustomFunctions 缺少 ${part}/SourceLocation@resid`,
          `CustomFunctions is missing ${part}/SourceLocation@resid`,
        );
      }
    }
    if (!attr(kid(cfPoint, "Namespace"), "resid")) {
      add("missing", "CustomFunctions 缺少 Namespace@resid", "CustomFunctions is missing Namespace@resid");
    }
    const pageResid = attr(kid(kid(cfPoint, "Page"), "SourceLocation"), "resid");
    if (runtimeResid && pageResid && pageResid !== runtimeResid) {
      add(
        "shared-runtime",
        `CustomFunctions 的 Page（${pageResid}）应与 Runtime（${runtimeResid}）相同`,
        `CustomFunctions Page (${pageResid}) must use the Runtime's resid (${runtimeResid})`,
      );
    }
  }

  const desktop = kid(voHost, "DesktopFormFactor");
  const functionFileResid = attr(kid(desktop, "FunctionFile"), "resid");
  if (runtimeResid && functionFileResid && functionFileResid !== runtimeResid) {
    add(
      "shared-runtime",
      `FunctionFile（${functionFileResid}）应与 Runtime（${runtimeResid}）相同`,
      `FunctionFile (${functionFileResid}) must use the Runtime's resid (${runtimeResid})`,
    );
  }
  const ribbon = kids(desktop, "ExtensionPoint").find((e) => attr(e, "type") === "PrimaryCommandSurface");
  const groups = ribbon
    ? [...kids(ribbon, "OfficeTab"), ...kids(ribbon, "CustomTab")].flatMap((t) => kids(t, "Group"))
    : [];
  if (voHost && groups.length === 0) {
    add(
      "missing",
      "缺少功能区（PrimaryCommandSurface）中的组",
      "missing a ribbon group (PrimaryCommandSurface)",
    );
  }
  const buttons = groups.flatMap((g) => kids(g, "Control")).filter((c) => attr(c, "type") === "Button");
  if (groups.length > 0 && buttons.length === 0) {
    add("missing", "功能区组中没有按钮", "the ribbon group has no button");
  }
  for (const g of groups) {
    if (!attr(kid(g, "Label"), "resid"))
      add("missing", `组 ${attr(g, "id")} 缺少 Label`, `group ${attr(g, "id")} has no Label`);
  }
  for (const b of buttons) {
    const bid = attr(b, "id");
    if (!attr(kid(b, "Label"), "resid"))
      add("missing", `按钮 ${bid} 缺少 Label`, `button ${bid} has no Label`);
    const tip = kid(b, "Supertip");
    if (!attr(kid(tip, "Title"), "resid") || !attr(kid(tip, "Description"), "resid")) {
      add(
        "missing",
        `按钮 ${bid} 缺少 Supertip/Title 或 Description`,
        `button ${bid} is missing Supertip/Title or Description`,
      );
    }
    const action = kid(b, "Action");
    const actionType = attr(action, "type");
    if (actionType === "ShowTaskpane") {
      if (!attr(kid(action, "SourceLocation"), "resid")) {
        add(
          "missing",
          `按钮 ${bid} 的 ShowTaskpane 缺少 SourceLocation`,
          `button ${bid}: ShowTaskpane has no SourceLocation`,
        );
      }
    } else if (actionType === "ExecuteFunction") {
      if (!kid(action, "FunctionName")?.text) {
        add(
          "missing",
          `按钮 ${bid} 的 ExecuteFunction 缺少 FunctionName`,
          `button ${bid}: ExecuteFunction has no FunctionName`,
        );
      }
    } else {
      add("missing", `按钮 ${bid} 缺少有效的 Action`, `button ${bid} has no valid Action`);
    }
  }

  // --- every Icon element: required and allowed sizes ---
  for (const el of walk(root)) {
    if (el.local !== "Icon" || attr(el, "type") === "bt:MobileIconList") continue;
    const sizes = kids(el, "Image").map((i) => Number(attr(i, "size")));
    const owner = attr(el.parent, "id") ?? el.parent?.local;
    for (const s of RIBBON_ICON_SIZES_REQUIRED) {
      if (!sizes.includes(s))
        add(
          "icon-size",
          `${owner} 的 Icon 缺少 ${s}px 图像`,
          `Icon of ${owner} lacks the required ${s}px image`,
        );
    }
    for (const s of sizes) {
      if (!RIBBON_ICON_SIZES_ALLOWED.includes(s)) {
        add(
          "icon-size",
          `${owner} 的 Icon 含不支持的尺寸 ${s}`,
          `Icon of ${owner} declares unsupported size ${s}`,
        );
      }
    }
  }

  // --- resources ---
  /** @type {Map<string, { kind: string, el: El }>} */
  const resources = new Map();
  const resourcesEl = kid(vo, "Resources");
  if (vo && !resourcesEl)
    add("missing", "缺少 VersionOverrides/Resources", "missing VersionOverrides/Resources");
  for (const [kind, label] of Object.entries(RESOURCE_KINDS)) {
    for (const item of kid(resourcesEl, kind)?.children ?? []) {
      const rid = attr(item, "id");
      if (!rid) {
        add("resource-id", `${label} 中有资源缺少 id`, `a resource in ${label} has no id`);
        continue;
      }
      if (rid.length > MAX_RESID_LENGTH) {
        add("resource-id", `资源 id 超过 32 个字符：${rid}`, `resource id longer than 32 characters: ${rid}`);
      }
      if (resources.has(rid)) {
        add("resource-id", `资源 id 重复：${rid}`, `duplicate resource id: ${rid}`);
        continue;
      }
      resources.set(rid, { kind, el: item });
      const values = [attr(item, "DefaultValue"), ...kids(item, "Override").map((o) => attr(o, "Value"))];
      if (!attr(item, "DefaultValue"))
        add("resource-value", `资源 ${rid} 缺少 DefaultValue`, `resource ${rid} has no DefaultValue`);
      const max =
        kind === "ShortStrings" ? MAX_SHORT_STRING : kind === "LongStrings" ? MAX_LONG_STRING : undefined;
      if (max !== undefined) {
        for (const v of values) {
          if (v !== undefined && [...v].length > max) {
            add(
              "resource-value",
              `资源 ${rid} 的文本超过 ${max} 个字符`,
              `resource ${rid} text is longer than ${max} characters`,
            );
          }
        }
      }
    }
  }

  // --- every resid resolves, to the right kind ---
  /** resource id → declared icon sizes */
  const imageSizes = new Map();
  for (const el of walk(root)) {
    const resid = attr(el, "resid");
    if (resid === undefined) continue;
    const where = pathOf(el);
    if (resid.length > MAX_RESID_LENGTH) {
      add(
        "resid",
        `resid 超过 32 个字符：${resid}（${where}）`,
        `resid longer than 32 characters: ${resid} (${where})`,
      );
    }
    const res = resources.get(resid);
    if (!res) {
      add(
        "resid",
        `resid "${resid}" 在 Resources 中找不到（${where}）`,
        `resid "${resid}" does not resolve to any resource (${where})`,
      );
      continue;
    }
    const kind = expectedKind(el);
    if (kind && res.kind !== kind) {
      add(
        "resid-kind",
        `resid "${resid}"（${where}）应指向 ${RESOURCE_KINDS[kind]}，实际在 ${RESOURCE_KINDS[res.kind]}`,
        `resid "${resid}" (${where}) must point into ${RESOURCE_KINDS[kind]}, but it is in ${RESOURCE_KINDS[res.kind]}`,
      );
    }
    if (el.local === "Image" && attr(el, "size")) {
      const set = imageSizes.get(resid) ?? new Set();
      set.add(Number(attr(el, "size")));
      imageSizes.set(resid, set);
    }
  }

  // --- https everywhere ---
  for (const el of walk(root)) {
    const candidates = Object.entries(el.attrs)
      .filter(([k]) => !k.startsWith("xmlns") && localName(k) !== "type")
      .map(([k, v]) => [`${pathOf(el)}@${k}`, v]);
    if (el.text) candidates.push([pathOf(el), el.text]);
    for (const [where, v] of candidates) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !/^https:\/\//i.test(v)) {
        add("https", `地址必须使用 https：${v}（${where}）`, `URL must use https: ${v} (${where})`);
      }
    }
  }

  // --- icons: file exists under assets/, is a PNG of the declared size ---
  const baseUrl = (() => {
    const src = attr(sourceLocation, "DefaultValue");
    if (!src) return undefined;
    try {
      return new URL(".", src).href;
    } catch {
      add("url", `SourceLocation 不是有效地址：${src}`, `SourceLocation is not a valid URL: ${src}`);
      return undefined;
    }
  })();
  const isMail = appType === "MailApp";
  const iconChecks = [];
  const pushIcon = (el, size, what) => {
    if (!el) return;
    for (const v of [attr(el, "DefaultValue"), ...kids(el, "Override").map((o) => attr(o, "Value"))]) {
      if (v) iconChecks.push({ url: v, sizes: size === undefined ? [] : [size], what });
    }
  };
  pushIcon(iconUrl, isMail ? 64 : 32, "IconUrl");
  pushIcon(hiResIconUrl, isMail ? 128 : 64, "HighResolutionIconUrl");
  for (const [rid, res] of resources) {
    if (res.kind !== "Images") continue;
    const sizes = [...(imageSizes.get(rid) ?? [])];
    if (sizes.length > 1) {
      add(
        "icon-size",
        `图像资源 ${rid} 被声明为多种尺寸：${sizes.join(", ")}`,
        `image resource ${rid} is declared with several sizes: ${sizes.join(", ")}`,
      );
    }
    for (const v of [
      attr(res.el, "DefaultValue"),
      ...kids(res.el, "Override").map((o) => attr(o, "Value")),
    ]) {
      if (v) iconChecks.push({ url: v, sizes: sizes.length === 1 ? sizes : [], what: `bt:Image ${rid}` });
    }
  }
  for (const { url, sizes, what } of iconChecks) {
    if (!baseUrl) break;
    if (!url.startsWith(baseUrl)) {
      add(
        "icon-url",
        `${what} 的地址不在加载项根地址 ${baseUrl} 之下：${url}`,
        `${what} URL is not under the add-in base URL ${baseUrl}: ${url}`,
      );
      continue;
    }
    const rel = decodeURIComponent(url.slice(baseUrl.length).split(/[?#]/)[0]);
    if (!rel.startsWith("assets/")) {
      add("icon-url", `${what} 应位于 assets/ 下：${url}`, `${what} must be served from assets/: ${url}`);
      continue;
    }
    const file = resolve(assetsDir, rel.slice("assets/".length));
    if (!file.startsWith(assetsDir + sep)) {
      add(
        "icon-url",
        `${what} 的路径越出 assets 目录：${url}`,
        `${what} path escapes the assets folder: ${url}`,
      );
      continue;
    }
    if (!existsSync(file)) {
      add("icon-file", `${what} 对应的文件不存在：${rel}`, `${what}: file not found: ${rel} (${file})`);
      continue;
    }
    const png = readPngSize(file);
    if ("error" in png) {
      add(
        "icon-png",
        `${what} 不是有效的 PNG：${rel}（${png.error}）`,
        `${what} is not a valid PNG: ${rel} (${png.error})`,
      );
      continue;
    }
    for (const s of sizes) {
      if (png.width !== s || png.height !== s) {
        add(
          "icon-size",
          `${what} 应为 ${s}×${s} 像素，${rel} 实为 ${png.width}×${png.height}`,
          `${what} must be ${s}×${s} pixels, but ${rel} is ${png.width}×${png.height}`,
        );
      }
    }
  }

  return problems;
}

// ---------- CLI ----------

function main(argv) {
  let manifest = "manifest.xml";
  let production = false;
  let assetsDir;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--production") production = true;
    else if (a === "--assets") assetsDir = argv[++i];
    else if (a === "-h" || a === "--help") {
      console.log("usage: node scripts/manifest-check.mjs [manifest.xml] [--production] [--assets DIR]");
      return 0;
    } else manifest = a;
  }
  const problems = checkManifest(manifest, { production, assetsDir });
  if (problems.length === 0) {
    console.log(`✓ ${manifest}: 清单检查通过 / manifest OK${production ? " (production)" : ""}`);
    return 0;
  }
  console.error(`✗ ${manifest}: ${problems.length} 个问题 / problem(s)${production ? " (production)" : ""}`);
  for (const p of problems) console.error(`  - [${p.code}] ${p.message}`);
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
