// Types for scripts/check-self-contained.mjs (plain Node ESM, imported by test/intranet.test.ts).
export interface Rule {
  pattern: RegExp;
  why: string;
}

export interface Finding {
  /** path relative to the scanned folder, with "/" separators */
  file: string;
  line: number;
  column: number;
  url: string;
  excerpt: string;
}

export interface Allowed {
  file: string;
  url: string;
  why: string;
}

export interface ScanResult {
  /** origin of the add-in URL, "" when unknown */
  addinOrigin: string;
  files: string[];
  findings: Finding[];
  allowed: Allowed[];
}

export const SCANNED: RegExp;
export const OFFICE_JS_DIR: string;
export const INERT: Rule[];
export const OFFICE_JS: Rule[];
export function originOf(url: string): string;
export function addinUrlFromManifest(dir: string): string;
export function scanDir(dir: string, options?: { addinUrl?: string }): ScanResult;
