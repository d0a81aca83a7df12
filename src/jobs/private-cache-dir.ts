// A cache folder under the system's temporary folder that only the current user can write, or
// null when there is none to be had. The chart worker's V8 code cache and the pruned chart fonts
// live there; both are loaded without further checks (compiled code is run, a font is parsed), so
// a folder that another user could have made or written into (the temporary folder is shared on
// many machines) must never be used: it must be a real folder (not a link), owned by this user,
// with no group or other access. A folder this user owns with looser modes (made by an older
// version) is tightened; anything else means no cache, which only costs time.
import { chmodSync, lstatSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** @example privateCacheDir("fgc-toolkit-cache") // "/tmp/fgc-toolkit-cache", or null */
export function privateCacheDir(name: string): string | null {
  const dir = join(tmpdir(), name);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory() || stat.isSymbolicLink()) return null;
    // Windows: no owners or modes here, and the temporary folder is the user's own.
    if (typeof process.getuid !== "function") return dir;
    if (stat.uid !== process.getuid()) return null;
    if ((stat.mode & 0o077) !== 0) {
      chmodSync(dir, 0o700);
      if ((lstatSync(dir).mode & 0o077) !== 0) return null;
    }
    return dir;
  } catch {
    return null;
  }
}
