/**
 * The font files of the charts' text, for rasterising them to PNG: DejaVu Sans, regular and bold
 * (report/specs/common.ts sets it, and Vega's SVG uses no other weight or style). Giving resvg
 * these two files instead of every system font (170 on a Debian desktop) spares it indexing them
 * all for each chart, with the same pixels. Found in the usual font folders of Linux, macOS and
 * Windows; null when either is missing, and the charts then rasterise with the system's fonts.
 */
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

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

let found: string[] | null | undefined;

/** @example chartFontFiles() // ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"] */
export function chartFontFiles(): string[] | null {
  if (found !== undefined) return found;
  found = null;
  for (const folder of FOLDERS) {
    const paths = FILES.map((f) => join(folder, f));
    if (paths.every((p) => existsSync(p))) {
      found = paths;
      break;
    }
  }
  return found;
}
