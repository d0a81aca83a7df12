// An input file named on the command line must exist before any work: a missing one is a usage
// error (exit 2) naming the option and the path, not Node's `ENOENT … stat` text alone.
import { statSync } from "node:fs";
import { UsageError } from "../util/errors.js";

/**
 * Throws a UsageError when `path` cannot be reached; `option` names the flag it came from, if
 * any. A path that is missing says "no such file"; any other reason (a file where a folder is
 * needed: ENOTDIR, no permission) keeps Node's code and text.
 * @example requireFile("data-samples/areas/return-2023-24.csv") // returns quietly
 * @example requireFile("nofam.csv", "--families") // throws "--families nofam.csv: no such file"
 */
export function requireFile(path: string, option?: string): void {
  const named = option ? `${option} ${path}` : path;
  try {
    statSync(path);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new UsageError(
      code === "ENOENT"
        ? option
          ? `${named}: no such file`
          : `no such file: ${path}`
        : `${named}: ${message}`,
    );
  }
}
