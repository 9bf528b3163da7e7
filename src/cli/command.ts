/** The shape of a CLI command, shared by every command module (check, narrate …). */

/** Where a command writes; injectable for tests. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal (progress bars redraw in place only then). */
  stderrIsTTY: boolean;
}

export interface Command {
  name: string;
  /** One line in Chinese for `juesuan --help`. */
  summary: string;
  /** Full Chinese help for `juesuan <name> --help`. */
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** Exit codes: 0 ok, 1 error findings, 2 usage or unreadable input. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Thrown by argument parsing; main prints the message and the command's help hint, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
}

/** Hand-rolled parsing: known boolean flags only; anything else starting with "-" is a usage error. */
export function parseArgs(args: string[], known: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Set<string>();
  let rest = false;
  for (const a of args) {
    if (rest || !a.startsWith("-") || a === "-") positional.push(a);
    else if (a === "--") rest = true;
    else if (known.includes(a)) flags.add(a);
    else throw new UsageError(`未知选项：${a}`);
  }
  return { positional, flags };
}
