// A failure of the file system while writing outputs (a read-only disk, no space left, a folder
// that is a mount point, a path through a file) as a UsageError naming the output and the cause,
// so the CLI prints one plain line and exits 2 rather than reporting a bug (exit 70).
import { FgcError, UsageError } from "../../util/errors.js";

/**
 * The error to throw for `error`, raised while writing `path`: toolkit errors pass unchanged.
 * @example throw outputWriteError(error, "reports/analysis")
 */
export function outputWriteError(error: unknown, path: string): unknown {
  if (error instanceof FgcError) return error;
  const e = error as NodeJS.ErrnoException;
  if (typeof e?.code !== "string" || !e.code.startsWith("E")) return error;
  return new UsageError(
    `${path}: could not write the output (${e.code}: ${reason[e.code] ?? e.message}); choose another place with --out`,
  );
}

const reason: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOTDIR: "a part of the path is a file, not a folder",
  EEXIST: "a part of the path is a file, not a folder",
  EBUSY: "the folder is in use or a mount point",
  EXDEV: "the folder is a mount point",
};
