// Types for scripts/manifest-transform.cjs (used by webpack.config.js, imported by test/manifest.test.ts).
export declare const DEV_BASE_URL: "https://localhost:3000/";
export declare const DEV_ORIGIN: "https://localhost:3000";
export declare function normalizeBaseUrl(url: string): string;
export declare function transformManifest(content: string | Buffer, baseUrl: string): string;
export declare function resolveBaseUrl(opts: { production: boolean; addinUrl?: string }): {
  baseUrl: string;
  warning?: string;
};
