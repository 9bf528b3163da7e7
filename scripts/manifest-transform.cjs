// Rewrites the dev-server URLs in manifest*.xml for a production build (used by webpack.config.js).
//
// The source manifest uses https://localhost:3000/ for every URL. For production:
//   * every "https://localhost:3000/" becomes ADDIN_URL (normalised to end with exactly one "/");
//   * any remaining bare origin "https://localhost:3000" (e.g. <AppDomain>) becomes ADDIN_URL's origin.
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/**
 * Normalises a deployment base URL: trims it, checks it is an absolute https URL without
 * query/fragment, and makes it end with exactly one "/".
 * @param {string} url
 * @returns {string}
 */
function normalizeBaseUrl(url) {
  const trimmed = String(url ?? "").trim();
  if (!trimmed) throw new Error("ADDIN_URL is empty / ADDIN_URL 为空");
  let parsed;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new Error(`ADDIN_URL is not an absolute URL / ADDIN_URL 不是绝对地址: ${trimmed}`);
  }
  if (parsed.protocol !== "https:") {
    throw new Error(`ADDIN_URL must use https / ADDIN_URL 必须使用 https: ${trimmed}`);
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`ADDIN_URL must not have a query or fragment / ADDIN_URL 不能带查询串或锚点: ${trimmed}`);
  }
  return trimmed.replace(/\/+$/, "") + "/";
}

/**
 * Replaces every dev-server URL in a manifest.
 * @param {string | Buffer} content manifest text
 * @param {string} baseUrl deployment base URL (ADDIN_URL), normalised here
 * @returns {string}
 */
function transformManifest(content, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  return content.toString().split(DEV_BASE_URL).join(base).split(DEV_ORIGIN).join(origin);
}

/**
 * Decides which base URL a build uses.
 * @param {{ production: boolean, addinUrl?: string }} opts
 * @returns {{ baseUrl: string, warning?: string }}
 */
function resolveBaseUrl({ production, addinUrl }) {
  if (!production) return { baseUrl: DEV_BASE_URL };
  if (addinUrl === undefined || String(addinUrl).trim() === "") {
    return {
      baseUrl: DEV_BASE_URL,
      warning:
        "ADDIN_URL is not set: the production manifest keeps https://localhost:3000/ URLs. " +
        "未设置 ADDIN_URL：生产清单仍指向 https://localhost:3000/。",
    };
  }
  return { baseUrl: normalizeBaseUrl(addinUrl) };
}

module.exports = { DEV_BASE_URL, DEV_ORIGIN, normalizeBaseUrl, transformManifest, resolveBaseUrl };
