/**
 * The CLI's commands, in the order `juesuan --help` lists them.
 * To add one: write src/cli/<name>.ts exporting a `Command` (see ./command.ts) and list it here.
 */
import { checkCommand } from "./check";
import type { Command } from "./command";
import { narrateCommand } from "./narrate";

export const COMMANDS: readonly Command[] = [
  checkCommand,
  narrateCommand, // src/cli/narrate.ts (narrative helper)
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
