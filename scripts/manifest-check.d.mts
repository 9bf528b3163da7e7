// Types for scripts/manifest-check.mjs (plain Node ESM, imported by test/manifest.test.ts).
export interface Problem {
  /** short machine-readable category, e.g. "resid", "icon-file", "icon-size", "localhost" */
  code: string;
  zh: string;
  en: string;
  /** `${zh} / ${en}` */
  message: string;
}

export interface CheckOptions {
  /** also require that no "localhost" remains anywhere */
  production?: boolean;
  /** folder that `<base URL>/assets/...` maps to; defaults to "assets" next to the manifest */
  assetsDir?: string;
}

export const MAX_RESID_LENGTH: number;
export const MAX_SHORT_STRING: number;
export const MAX_LONG_STRING: number;
export const RIBBON_ICON_SIZES_REQUIRED: number[];
export const RIBBON_ICON_SIZES_ALLOWED: number[];

export function checkManifest(manifestPath: string, options?: CheckOptions): Problem[];
