export function findTool(name: string): string | null;
export function chromiumPath(): string;
export interface SystemNeed {
  pkg: string;
  what: string;
  present(): boolean;
  usedBy: RegExp;
}
export const SYSTEM_NEEDS: SystemNeed[];
export function missingNeeds(sources: string[]): SystemNeed[];
