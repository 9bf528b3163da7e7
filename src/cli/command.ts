/** The shape of a CLI command, shared by every command module (check, narrate …), and its argument parser. */
import { parseArgs as nodeParseArgs } from "node:util";


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

/** One option a command accepts: `--name value` / `--name=value` (string) or a switch (boolean). */
export interface OptionSpec {
  type: "string" | "boolean";
  /** One-letter alias, e.g. "h" for --help. */
  short?: string;
}

export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K]["type"] extends "string" ? string | undefined : boolean;
};

export interface ParsedArgs<O extends Record<string, OptionSpec>> {
  positional: string[];
  values: OptionValues<O>;
}

/** The option named in one of util.parseArgs's (English) messages, e.g. "'--text <value>'" → "--text". */
function optionIn(message: string): string {
  return /'(-{1,2}[^'\s<]+)/.exec(message)?.[1] ?? "";
}

/**
 * The one argument parser of every command: Node's util.parseArgs (strict), with its errors as Chinese
 * UsageErrors. A string option needs a non-empty value and may be given once; anything after "--" is positional.
 */
export function parseCommandArgs<O extends Record<string, OptionSpec>>(args: string[], options: O): ParsedArgs<O> {
  let parsed: ReturnType<typeof nodeParseArgs>;
  try {
    parsed = nodeParseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    const { code, message } = e as { code?: string; message: string };
    const name = optionIn(message);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`未知选项：${name}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new UsageError(/does not take an argument/.test(message) ? `${name} 不需要取值` : `${name} 需要一个取值`);
    }
    throw new UsageError(`无法识别的参数：${args.join(" ")}`);
  }
  const seen = new Set<string>();
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== "option") continue;
    const spec = options[t.name];
    if (spec.type !== "string") continue;
    const shown = `--${t.name}`;
    if (t.value === undefined || t.value === "") throw new UsageError(`${shown} 需要一个取值`);
    if (seen.has(t.name)) throw new UsageError(`${shown} 只能指定一次`);
    seen.add(t.name);
  }
  const values = {} as Record<string, string | boolean | undefined>;
  for (const [name, spec] of Object.entries(options)) {
    const v = parsed.values[name];
    values[name] = spec.type === "boolean" ? v === true : (v as string | undefined);
  }
  return { positional: parsed.positionals, values: values as OptionValues<O> };
}

/** The value of a string option that must be one of `allowed`; undefined when not given. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new UsageError(`${option} 的取值“${value}”无效，可选：${allowed.join("、")}`);
}
