// Every file under a returns folder, in path order, with what becomes of it. Symbolic links are
// followed, to files and to folders, inside the folder or out of it; each real file (and folder)
// is read once, however many paths lead to it (symbolic or hard links: identity is the device and
// inode), so a link loop ends and nothing is counted twice.
// Files an operating system or version control writes by itself (.DS_Store, ._ AppleDouble
// files, Thumbs.db, desktop.ini, Office's ~$ lock files, .git/ and the like) are not read and
// listed so the command can say so; any other file, a hidden one included, is read like the
// rest, so a census saved as `.cin.xml` is never dropped. Paths matching an `--exclude` pattern (util/glob-match.ts, against the path
// relative to the folder) are not read either, and listed.
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { globMatch } from "../../util/glob-match.js";

export type ListedFileKind =
  /** A regular file to read. */
  | "file"
  /** A file or folder an operating system or version control writes by itself; not read. */
  | "hidden"
  /** Matches an --exclude pattern; not read. */
  | "excluded"
  /** Leads to a file or folder already listed (through a link); read once, under its first path. */
  | "duplicate"
  /** A link to nothing, a device, a pipe or something that cannot be opened. */
  | "unreadable";

export interface ListedFile {
  /** Path to open. */
  path: string;
  /** Path relative to the folder, with `/`; a folder ends with `/`. */
  file: string;
  kind: ListedFileKind;
  /** For duplicate: the path it repeats; for unreadable: why. */
  detail?: string;
}

/**
 * @example const files = await listReturnFiles("data-samples/returns", ["*.pdf"])
 */
export async function listReturnFiles(
  folder: string,
  exclude: readonly string[] = [],
): Promise<ListedFile[]> {
  const patterns = exclude.map((p) => p.replace(/^\.\//, "").replace(/\/+$/, "")).filter((p) => p !== "");
  const seen = new Map<string, string>([[await identity(folder), "."]]);
  const out: ListedFile[] = [];
  await walk(folder, "", patterns, seen, out);
  return out;
}

async function walk(
  dir: string,
  prefix: string,
  patterns: readonly string[],
  seen: Map<string, string>,
  out: ListedFile[],
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort(byName);
  } catch (e) {
    if (prefix === "") throw e;
    out.push({ path: dir, file: prefix, kind: "unreadable", detail: `a folder that ${errorText(e)}` });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const file = `${prefix}${entry.name}`;
    if (patterns.some((p) => globMatch(p, file))) {
      out.push({ path, file, kind: "excluded" });
      continue;
    }
    if (isSystemEntry(entry.name, entry.isDirectory())) {
      out.push({ path, file: entry.isDirectory() ? `${file}/` : file, kind: "hidden" });
      continue;
    }
    let real: string;
    let isDirectory: boolean;
    let isFile: boolean;
    try {
      const info = await stat(path, { bigint: true });
      real = `${info.dev}:${info.ino}`;
      isDirectory = info.isDirectory();
      isFile = info.isFile();
    } catch (e) {
      const why = entry.isSymbolicLink() ? "a link to nothing (its target is missing)" : errorText(e);
      out.push({ path, file, kind: "unreadable", detail: why });
      continue;
    }
    const first = seen.get(real);
    if (first !== undefined) {
      out.push({ path, file: isDirectory ? `${file}/` : file, kind: "duplicate", detail: first });
      continue;
    }
    if (isDirectory) {
      seen.set(real, `${file}/`);
      await walk(path, `${file}/`, patterns, seen, out);
    } else if (isFile) {
      seen.set(real, file);
      out.push({ path, file, kind: "file" });
    } else {
      out.push({ path, file, kind: "unreadable", detail: "not a regular file (a device, socket or pipe)" });
    }
  }
}

/** Device and inode: the same for every path to one file, through symbolic or hard links. */
async function identity(path: string): Promise<string> {
  const info = await stat(path, { bigint: true });
  return `${info.dev}:${info.ino}`;
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function errorText(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? `cannot be opened (${code})` : "cannot be opened";
}

/** Files written by Finder, Windows Explorer, Office and version control, never by a person. */
const systemFiles = new Set([".DS_Store", "Thumbs.db", "desktop.ini", ".localized", "Icon\r"]);
const systemFolders = new Set([
  ".git",
  ".svn",
  ".hg",
  ".Trashes",
  ".Spotlight-V100",
  ".fseventsd",
  ".TemporaryItems",
  "__MACOSX",
]);

/**
 * @example isSystemEntry(".DS_Store", false) // true
 * @example isSystemEntry(".cin-2024.xml", false) // false
 */
export function isSystemEntry(name: string, isDirectory: boolean): boolean {
  if (isDirectory) return systemFolders.has(name);
  return systemFiles.has(name) || name.startsWith("._") || name.startsWith("~$");
}
