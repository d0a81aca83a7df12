// Where a command may write. An output must never overwrite or remove what the run reads, land
// in a system folder, or replace a folder the user keeps other things in; each is refused with a
// UsageError (exit 2) before any work is done.
//
// Choices (documented in the README, "Where outputs go"):
// - a file output may not be an input file or an existing file in an input folder (the commands
//   that read a folder read all of it), be an existing folder, or lie inside a system tree (/bin
//   /boot /dev /etc /lib* /proc /sbin /sys /usr) or directly in the root folder;
// - a folder output may not be an input, hold an input (replacing the folder would remove it), be
//   a system folder (the root, /bin … /var, /home, /root, /tmp, the home folder, the temporary
//   folder) or lie inside a system tree, nor be the working folder or any folder above it
//   (replacing it would pull the working folder away);
// - an existing folder output is replaced only when it is empty or holds a previous run
//   (every one of the command's marker files, e.g. results.json and plan.json).
// Paths are compared after resolving symbolic links, so a link to an input is that input.
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, dirname, join, parse, relative, resolve, sep } from "node:path";
import { UsageError } from "../../util/errors.js";

/** Folders whose whole tree belongs to the system. */
const SYSTEM_TREES = [
  "/bin",
  "/boot",
  "/dev",
  "/etc",
  "/lib",
  "/lib32",
  "/lib64",
  "/libx32",
  "/proc",
  "/sbin",
  "/sys",
  "/usr",
];

/** Folders that are never replaced as an output folder (their contents may be written to). */
const SYSTEM_FOLDERS = ["/home", "/media", "/mnt", "/opt", "/root", "/run", "/srv", "/tmp", "/var"];

export interface OutputPathOptions {
  /** The option that named the path, for messages; default "--out". */
  option?: string;
  /** Every file or folder the run reads (absent ones are skipped). */
  inputs: readonly (string | undefined)[];
  /** For a folder: the files a previous run leaves in it, so it may be replaced. */
  markers?: readonly string[];
}

/**
 * Throws a UsageError when `path` may not be written as a `kind` output.
 * @example checkOutputPath("reports/analysis", "folder", { inputs: ["data-samples/trial/analysis.csv"], markers: ["results.json", "plan.json"] })
 */
export function checkOutputPath(path: string, kind: "file" | "folder", options: OutputPathOptions): void {
  const option = options.option ?? "--out";
  const out = realPath(path);
  const refuse = (why: string): never => {
    throw new UsageError(`${option} ${path}: ${why}`);
  };
  const above = existingAncestor(dirname(resolve(path)));
  if (!statSync(above).isDirectory()) refuse(`${above} is a file, not a folder`);
  const system = SYSTEM_TREES.find((s) => out === s || isInside(out, s));
  if (system !== undefined) refuse(`is inside the system folder ${system}; write your outputs elsewhere`);
  if (kind === "file") {
    if (dirname(out) === parse(out).root)
      refuse("is directly in the root folder; write your outputs elsewhere");
    if (existsSync(out) && statSync(out).isDirectory()) refuse("is a folder; expected a file name");
  } else {
    const named = [...SYSTEM_FOLDERS, homedir(), tmpdir()].map(realPath);
    if (out === parse(out).root || named.includes(out))
      refuse("is a system or home folder, which fgc will not replace; name a new folder for the outputs");
    const cwd = realPath(process.cwd());
    if (out === cwd || isInside(cwd, out))
      refuse("is the working folder or holds it; name a new folder for the outputs (e.g. reports/run-1)");
  }
  for (const input of options.inputs) {
    if (input === undefined || !existsSync(input)) continue;
    const inp = realPath(input);
    if (out === inp) refuse(`is an input of this run (${input}); writing there would overwrite it`);
    // A file already in an input folder is read by the run (return, link and trial read every
    // file of their folder): replacing it would overwrite an input. A new file there is not.
    if (kind === "file" && statSync(inp).isDirectory() && isInside(out, inp) && existsSync(out))
      refuse(
        `is a file in the input folder ${input}, which this run reads; writing there would overwrite it`,
      );
    if (kind === "folder" && isInside(inp, out))
      refuse(`holds the input ${input}, which replacing the folder would remove; name another folder`);
  }
  if (kind === "folder") checkReplaceableFolder(path, options.markers ?? [], option);
}

/**
 * Throws a UsageError when `path` is an existing file, or a folder that is neither empty nor a
 * previous run's (holding every marker file).
 * @example checkReplaceableFolder("reports/areas", ["results.json", "plan.json"], "--out")
 */
export function checkReplaceableFolder(path: string, markers: readonly string[], option = "--out"): void {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) throw new UsageError(`${option} ${path}: is a file; expected a folder`);
  const entries = readdirSync(path);
  if (entries.length === 0) return;
  if (markers.length > 0 && markers.every((m) => existsSync(join(path, m)))) return;
  throw new UsageError(
    `${option} ${path}: the folder holds files fgc did not write (no ${markers.join(" and ")}); fgc replaces only an empty folder or its own previous outputs. Name a new folder, or empty this one`,
  );
}

/** The absolute path with symbolic links resolved in the part that exists. */
function realPath(path: string): string {
  const abs = resolve(path);
  let existing = abs;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) return abs;
    rest.unshift(basename(existing));
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

/** The path itself or the nearest folder above it that exists. */
function existingAncestor(path: string): string {
  let p = path;
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  return p;
}

/** `path` lies strictly inside `folder`. */
function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !parse(rel).root;
}
