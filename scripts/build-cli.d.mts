export const CLI_OUT_DIR: string;
export const CLI_ENTRY: string;
export function buildCli(): Promise<void>;
