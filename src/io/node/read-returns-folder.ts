/**
 * Every statutory return in a folder (and its subfolders, through symbolic links too: see
 * list-return-files.ts), recognised by content, not by name: an XML file whose root (after any
 * declaration, comments, processing instructions and DOCTYPE) is `Message` is a CIN census (its
 * header's Collection must say CIN), one whose root is `EXPSSDA903` is an SSDA903 XML return, and
 * a CSV file is an SSDA903 table when its columns are one (Header, Episodes …;
 * io/ssda903/ssda903-table-kind.ts). Every other file is an error (`return-file-unrecognised`,
 * `xml-no-root`, `return-file-unreadable`) unless `exclude` names it: a file in the folder is
 * either used or left out on purpose. Files the operating system or version control keeps
 * (.DS_Store, Thumbs.db, .git/ …; list-return-files.ts) are not read and are named in `notes`;
 * any other hidden file is read like the rest. Files are read in path order; issues name each file by its path relative
 * to the folder.
 */
import type { Issue } from "../../schema/issue.js";
import { type RuleId, rules } from "../../schema/rules.js";
import { appendAll } from "../../util/append-all.js";
import type { CinCensus } from "../cin-census/cin-census.js";
import { readSsda903Table } from "../ssda903/read-ssda903-table.js";
import type { Ssda903File } from "../ssda903/ssda903.js";
import { ssda903TableKind } from "../ssda903/ssda903-table-kind.js";
import { unusedFileRules } from "../unused-file-rules.js";
import { plural } from "../../util/plural.js";
import { shortenValue } from "../../util/shorten-value.js";
import { listReturnFiles } from "./list-return-files.js";
import { readCinCensusFile } from "./read-cin-census-file.js";
import { readRawFile } from "./read-raw-file.js";
import { readSsda903XmlFile } from "./read-ssda903-xml-file.js";
import { sniffReturnFile } from "./sniff-return-file.js";

export type ReturnFileKind =
  | "cin-census"
  | "ssda903-xml"
  | "ssda903-csv"
  | "unrecognised"
  | "unreadable"
  | "duplicate"
  | "hidden"
  | "excluded";

export interface ReturnsFolderOptions {
  /** Glob patterns (util/glob-match.ts) of paths relative to the folder that are not read. */
  exclude?: readonly string[];
}

export interface ReturnsFolder {
  folder: string;
  /** Every file looked at, with what it was taken to be. */
  files: { file: string; kind: ReturnFileKind; detail?: string }[];
  /** CIN census files read completely (malformed or other-collection files are not here). */
  censuses: CinCensus[];
  /** SSDA903 files read (XML returns and CSV tables). */
  ssda903: Ssda903File[];
  /** Every problem found while reading, file by file. */
  issues: Issue[];
  /** Files not read on purpose (hidden, excluded) and files reached twice, in words. */
  notes: string[];
}

/**
 * @example const folder = await readReturnsFolder("data-samples/returns", { exclude: ["*.pdf"] })
 */
export async function readReturnsFolder(
  folder: string,
  options: ReturnsFolderOptions = {},
): Promise<ReturnsFolder> {
  const out: ReturnsFolder = { folder, files: [], censuses: [], ssda903: [], issues: [], notes: [] };
  for (const listed of await listReturnFiles(folder, options.exclude ?? [])) {
    const { path, file } = listed;
    if (listed.kind === "unreadable") {
      out.issues.push(fileIssue("return-file-unreadable", file, `${listed.detail}; it cannot be read`));
      out.files.push({ file, kind: "unreadable", detail: listed.detail });
      continue;
    }
    if (listed.kind === "duplicate") {
      out.issues.push(
        fileIssue(
          "return-file-duplicate",
          file,
          `the same ${file.endsWith("/") ? "folder" : "file"} as ${listed.detail} (through a link); read once`,
        ),
      );
      out.files.push({ file, kind: "duplicate", detail: listed.detail });
      continue;
    }
    if (listed.kind !== "file") {
      out.files.push({ file, kind: listed.kind });
      continue;
    }
    try {
      await readReturnFile(out, path, file);
    } catch (e) {
      // A file that vanished or cannot be opened between listing and reading: a data problem of
      // that file (exit 1), not a crash.
      const code = (e as { code?: unknown }).code;
      if (typeof code !== "string") throw e;
      out.issues.push(fileIssue("return-file-unreadable", file, `cannot be read (${code})`));
      out.files.push({ file, kind: "unreadable", detail: code });
    }
  }
  out.notes = notesOf(out.files);
  return out;
}

async function readReturnFile(out: ReturnsFolder, path: string, file: string): Promise<void> {
  const sniffed = await sniffReturnFile(path);
  if (sniffed.kind === "xml" && sniffed.root === "Message") {
    const census = await readCinCensusFile(path, file);
    appendAll(out.issues, census.issues);
    out.files.push({ file, kind: "cin-census", detail: census.header.year ?? undefined });
    if (census.complete) out.censuses.push(census);
    else unused(out.issues, file);
  } else if (sniffed.kind === "xml" && sniffed.root === "EXPSSDA903") {
    const ssda903 = await readSsda903XmlFile(path, file);
    appendAll(out.issues, ssda903.issues);
    out.files.push({ file, kind: "ssda903-xml" });
    if (ssda903.complete) out.ssda903.push(ssda903);
    else unused(out.issues, file);
  } else if (sniffed.kind === "csv") {
    const raw = await readRawFile(path, { file, format: "csv" });
    const table = ssda903TableKind(raw.header);
    if (table === undefined) {
      const columns = shortenValue(raw.header.slice(0, 6).join(", "));
      out.issues.push(unrecognised(file, `its columns (${columns}) are no SSDA903 table`));
      out.files.push({ file, kind: "unrecognised" });
      return;
    }
    const ssda903 = readSsda903Table(raw, table);
    appendAll(out.issues, ssda903.issues);
    out.files.push({ file, kind: "ssda903-csv", detail: table });
    if (ssda903.complete) out.ssda903.push(ssda903);
    else unused(out.issues, file);
  } else if (sniffed.kind === "xml-no-root") {
    out.issues.push(fileIssue("xml-no-root", file, `${sniffed.why}; the file is not read`, sniffed.line));
    out.files.push({ file, kind: "unrecognised" });
  } else {
    const why =
      sniffed.kind === "xml"
        ? `an XML file whose root is ${shortenValue(sniffed.root)}, neither Message (CIN census) nor EXPSSDA903`
        : sniffed.why;
    out.issues.push(unrecognised(file, why));
    out.files.push({ file, kind: "unrecognised" });
  }
}

function fileIssue(rule: RuleId, file: string, message: string, row?: number): Issue {
  const issue: Issue = { rule, severity: rules[rule].severity, file, message };
  if (row !== undefined) issue.row = row;
  return issue;
}

function unrecognised(file: string, why: string): Issue {
  return fileIssue(
    "return-file-unrecognised",
    file,
    `not a statutory return: ${why}; remove it from the folder or leave it out with --exclude`,
  );
}

/** A file read but not completely: say so unless one of its issues already does. */
function unused(issues: Issue[], file: string): void {
  if (issues.some((i) => i.file === file && i.severity === "error" && unusedFileRules.has(i.rule))) return;
  issues.push(
    fileIssue(
      "return-file-unread",
      file,
      "the file could not be read to its end (see its other problems); no return is counted from part of the folder",
    ),
  );
}

function notesOf(files: ReturnsFolder["files"]): string[] {
  const notes: string[] = [];
  const list = (kind: ReturnFileKind) => files.filter((f) => f.kind === kind).map((f) => f.file);
  const named = (names: string[]) =>
    `${names
      .slice(0, 5)
      .map((n) => shortenValue(n))
      .join(", ")}${names.length > 5 ? ` and ${names.length - 5} more` : ""}`;
  const hidden = list("hidden");
  if (hidden.length > 0)
    notes.push(
      `not read: ${plural(hidden.length, "file or folder", "files or folders")} the operating system or version control keeps (${named(hidden)})`,
    );
  const aside = files.filter(
    (f) => f.kind === "ssda903-csv" && f.detail !== "Episodes" && f.detail !== "Header",
  );
  if (aside.length > 0)
    notes.push(
      `read but not needed: ${plural(aside.length, "SSDA903 table")} the return does not count from (${named(aside.map((f) => `${f.file} (${f.detail})`))})`,
    );
  const excluded = list("excluded");
  if (excluded.length > 0)
    notes.push(`not read: ${plural(excluded.length, "path")} matching --exclude (${named(excluded)})`);
  return notes;
}
