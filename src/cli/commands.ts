/**
 * The CLI's commands, in the order `juesuan --help` lists them. Each entry carries its name, summary and
 * help (./help) and loads the command's module only when it runs, so `juesuan --help` evaluates none of
 * the reader, the checks or the narrative engine.
 * To add one: write src/cli/<name>.ts exporting a `Command` (see ./command.ts), put its texts in ./help
 * and list it here.
 */
import type { CliIO, Command } from "./command";
import { CHECK, CHECK_HELP, NARRATE, NARRATE_HELP } from "./help";

function lazyCommand(
  texts: { name: string; summary: string },
  help: string,
  load: () => Promise<Command>,
): Command {
  return { ...texts, help, run: async (args: string[], io: CliIO) => (await load()).run(args, io) };
}

export const COMMANDS: readonly Command[] = [
  lazyCommand(CHECK, CHECK_HELP, async () => (await import("./check")).checkCommand),
  lazyCommand(NARRATE, NARRATE_HELP, async () => (await import("./narrate")).narrateCommand), // narrative helper
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
