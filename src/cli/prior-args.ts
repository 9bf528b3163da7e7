/** The --prior / --prior-dir options of check and narrate (no heavy imports: parsed before --help). */
import { UsageError } from "./command";

export interface PriorOptions {
  /** The arguments without --prior / --prior-dir and their values. */
  rest: string[];
  prior: string | null;
  priorDir: string | null;
}

/** Takes --prior X, --prior=X, --prior-dir X, --prior-dir=X out of the arguments. */
export function takePriorOptions(args: readonly string[]): PriorOptions {
  const rest: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      rest.push(...args.slice(i));
      break;
    }
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    if (name !== "--prior" && name !== "--prior-dir") {
      rest.push(a);
      continue;
    }
    const value = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined || value === "" || value.startsWith("--")) throw new UsageError(`${name} 需要一个取值`);
    if (name in values) throw new UsageError(`${name} 只能指定一次`);
    values[name] = value;
  }
  if (values["--prior"] !== undefined && values["--prior-dir"] !== undefined) {
    throw new UsageError("--prior 与 --prior-dir 不能同时使用");
  }
  return { rest, prior: values["--prior"] ?? null, priorDir: values["--prior-dir"] ?? null };
}
