/** The --prior / --prior-dir options of check and narrate, as util.parseArgs options (see ./command). */
import { UsageError } from "./command";

export const PRIOR_OPTIONS = {
  prior: { type: "string" },
  "prior-dir": { type: "string" },
} as const;

export interface PriorOptions {
  prior: string | null;
  priorDir: string | null;
}

/** The prior-year choice from parsed option values; the two options exclude each other. */
export function priorOptionsOf(values: { prior?: string; "prior-dir"?: string }): PriorOptions {
  if (values.prior !== undefined && values["prior-dir"] !== undefined) {
    throw new UsageError("--prior 与 --prior-dir 不能同时使用");
  }
  return { prior: values.prior ?? null, priorDir: values["prior-dir"] ?? null };
}
