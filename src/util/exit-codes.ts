/**
 * Exit codes of the `fgc` command, as design.md fixes them (70 is sysexits' EX_SOFTWARE).
 */
export const exitCodes = {
  /** Done; warnings allowed. */
  ok: 0,
  /** The data has errors. */
  data: 1,
  /** A wrong option, argument or path. */
  usage: 2,
  /** A bug. */
  internal: 70,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
