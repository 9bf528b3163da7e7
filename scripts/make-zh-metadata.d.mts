export interface FunctionParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: FunctionParameterMetadata[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}
export interface CustomFunctionsMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}
export interface ZhNameEntry {
  name: string;
  description: string;
  parameters?: Record<string, string>;
}
export type ZhNamesTable = Record<string, ZhNameEntry>;

export const FUNCTIONS_SOURCE: string;
export const NAMES_FILE: string;
export const ZH_FILE: string;
export function nameProblems(name: unknown): string[];
export function makeZhMetadata(en: CustomFunctionsMetadata, table: ZhNamesTable): CustomFunctionsMetadata;
export function stringify(metadata: CustomFunctionsMetadata): string;
export function readNamesTable(file?: string): ZhNamesTable;
export function generateEnglishMetadata(source?: string): Promise<CustomFunctionsMetadata>;
export class ZhMetadataPlugin {
  constructor(options?: { input?: string; output?: string; names?: string });
  apply(compiler: unknown): void;
}
