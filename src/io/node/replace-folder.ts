// Writes a run's output folder so that the folder always holds one complete run: the run writes
// into a new temporary sibling folder, which is renamed into place; a previous folder is first
// moved aside and removed after. A failed run leaves the previous folder as it was, a second run
// leaves no file of the first (charts it no longer draws, PNGs skipped with --no-png), and two
// runs into one folder cannot interleave: each renames its own complete folder, the last wins.
//
// Choices: the temporary folders are hidden siblings (`.NAME.fgc-tmp-…`, `.NAME.fgc-old-…`) on
// the same file system, so the rename is atomic (POSIX rename(2)); they are removed on failure.
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { checkReplaceableFolder } from "./check-output-path.js";
import { outputWriteError } from "./output-write-error.js";

/** Attempts when another run puts its folder in place between our two renames. */
const MAX_ATTEMPTS = 10;

/**
 * Run `write` on a fresh temporary folder, then put that folder at `path`.
 * @example await replaceFolder("reports/analysis", ["results.json", "plan.json"], (dir) => writeReportFiles(dir, doc, results))
 */
export async function replaceFolder<T>(
  path: string,
  markers: readonly string[],
  write: (dir: string) => Promise<T>,
): Promise<T> {
  const target = resolve(path);
  const parent = dirname(target);
  const name = basename(target);
  const temp = join(parent, `.${name}.fgc-tmp-${process.pid}-${randomBytes(6).toString("hex")}`);
  try {
    mkdirSync(parent, { recursive: true });
    mkdirSync(temp);
    const result = await write(temp);
    swapInto(temp, target, markers, path);
    return result;
  } catch (error) {
    throw outputWriteError(error, path);
  } finally {
    try {
      rmSync(temp, { recursive: true, force: true });
    } catch {
      // Never created (the parent is not a folder): nothing to remove.
    }
  }
}

function swapInto(temp: string, target: string, markers: readonly string[], shown: string): void {
  for (let attempt = 0; ; attempt++) {
    checkReplaceableFolder(shown, markers);
    const old = join(dirname(target), `.${basename(target)}.fgc-old-${randomBytes(6).toString("hex")}`);
    let moved = false;
    try {
      renameSync(target, old);
      moved = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    try {
      renameSync(temp, target);
      if (moved) rmSync(old, { recursive: true, force: true });
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Another run's complete folder arriving between our renames replaces the previous one,
      // which can go; any other failure puts the previous folder back.
      const raced = code === "ENOTEMPTY" || code === "EEXIST";
      if (moved && raced) rmSync(old, { recursive: true, force: true });
      else if (moved) renameSync(old, target);
      if (!raced || attempt + 1 >= MAX_ATTEMPTS) throw e;
    }
  }
}
