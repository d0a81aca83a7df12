/**
 * The toolkit's exceptions. Exceptions are for misuse and bugs; problems in data are values
 * (`Issue`, in schema/issue.ts). Every error has a stable `code` the CLI maps to an exit code.
 */

export type ErrorCode = "usage" | "stats" | "data" | "io";

/** The base of the toolkit's exceptions, with a stable `code` (`usage`, `stats`, `data`, `io`) the CLI maps to an exit code. */
export class FgcError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** An option, argument or plan field is wrong: names it, shows the value, lists what is allowed. */
export class UsageError extends FgcError {
  constructor(message: string) {
    super("usage", message);
  }
}

/**
 * Invalid numeric input to an estimator (negative counts, events above n, a level outside (0, 1)).
 * @example throw new StatsError("wilsonInterval", "x", -1, "a count of at least 0")
 */
export class StatsError extends FgcError {
  readonly fn: string;
  readonly argument: string;
  constructor(fn: string, argument: string, value: unknown, expected: string) {
    super("stats", `${fn}: ${argument} must be ${expected}, got ${formatValue(value)}`);
    this.fn = fn;
    this.argument = argument;
  }
}

/** A file cannot be read at all (missing, not the format it claims, not UTF-8 …). */
export class IoError extends FgcError {
  readonly file: string;
  constructor(file: string, message: string) {
    super("io", `${file}: ${message}`);
    this.file = file;
  }
}

function formatValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.slice(0, 5).map(formatValue).join(", ")}${value.length > 5 ? ", …" : ""}]`;
  return String(value);
}
