// Writes a file whole or not at all: the text goes to a temporary sibling file, which is renamed
// over the target (POSIX rename(2) is atomic on one file system). A reader never sees half a file
// and a failed write leaves the previous file as it was.
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { outputWriteError } from "./output-write-error.js";

/** @example writeFileAtomic("reports/link/analysis.csv", csv) */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temp = join(
    dirname(path),
    `.${basename(path)}.fgc-tmp-${process.pid}-${randomBytes(6).toString("hex")}`,
  );
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, content, { flag: "wx" });
    renameSync(temp, path);
  } catch (error) {
    throw outputWriteError(error, path);
  } finally {
    removeQuietly(temp);
  }
}

/** Cleanup must not hide the error being thrown (rm of a path through a file is ENOTDIR). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was written there.
  }
}
