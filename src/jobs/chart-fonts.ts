// The font files of the charts' text, for rasterising them to PNG: DejaVu Sans, regular and bold
// (report/specs/common.ts sets it, and Vega's SVG uses no other weight or style). Giving resvg
// these two files instead of every system font (170 on a Debian desktop) spares it indexing them
// all for each chart. And since resvg re-reads a font file for every glyph it draws (thousands
// a report), each file is a pruned copy (jobs/pruned-font.ts) that keeps the outlines of the
// characters charts are drawn with (jobs/png-image.ts, chartFontCovers) and of every glyph
// GSUB can substitute: a third of the bytes, the same pixels. The copies are kept in the
// system's temporary folder, named for the original's size and time, and made once.
// Found in the usual font folders of Linux, macOS and Windows; null when either is missing, and
// the charts then rasterise with the system's fonts. A font that cannot be pruned is used whole.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";
import { chartFontCovers } from "./png-image.js";
import { pruneFont } from "./pruned-font.js";
import { privateCacheDir } from "./private-cache-dir.js";

const FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"] as const;

const FOLDERS = [
  "/usr/share/fonts/truetype/dejavu", // Debian, Ubuntu
  "/usr/share/fonts/dejavu-sans-fonts", // Fedora
  "/usr/share/fonts/TTF", // Arch
  "/usr/share/fonts/dejavu", // Alpine, openSUSE
  "/usr/local/share/fonts/dejavu", // FreeBSD
  "/Library/Fonts",
  join(homedir(), "Library", "Fonts"),
  join(homedir(), ".local", "share", "fonts"),
  join(process.env.WINDIR ?? "C:\\Windows", "Fonts"),
];

/** Bumped when pruning changes, so that an older copy is not reused. */
const PRUNE_VERSION = 1;

let found: string[] | null | undefined;

/** @example chartFontFiles() // ["/tmp/fgc-toolkit-fonts/DejaVuSans-759720-….ttf", …] */
export function chartFontFiles(): string[] | null {
  found ??= chartFontOriginals()?.map(prunedCopy) ?? null;
  return found;
}

/** The originals of chartFontFiles, unpruned: null when not installed. */
export function chartFontOriginals(): string[] | null {
  for (const folder of FOLDERS) {
    const paths = FILES.map((f) => join(folder, f));
    if (paths.every((p) => existsSync(p))) return paths;
  }
  return null;
}

/** The pruned copy of a font file, made when missing; the original when it cannot be made. */
function prunedCopy(original: string): string {
  try {
    const { size, mtimeMs } = statSync(original);
    // A folder only this user can write: the copy is parsed as a font without further checks.
    const dir = privateCacheDir("fgc-toolkit-fonts");
    if (dir === null) return original;
    const copy = join(
      dir,
      `${basename(original, ".ttf")}-${size}-${Math.round(mtimeMs)}-v${PRUNE_VERSION}.ttf`,
    );
    if (existsSync(copy)) return copy;
    const pruned = pruneFont(readFileSync(original), chartFontCovers);
    // Whole or not at all: another run may be reading it.
    const partial = `${copy}.${process.pid}.partial`;
    writeFileSync(partial, pruned);
    renameSync(partial, copy);
    return copy;
  } catch {
    return original;
  }
}
