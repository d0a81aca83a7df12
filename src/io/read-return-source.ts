// One statutory-return file read into a ReturnsFolder, recognised by content, not by name: an XML
// file whose root (after any declaration, comments, processing instructions and DOCTYPE) is
// `Message` is a CIN census (its header's Collection must say CIN), one whose root is
// `EXPSSDA903` is an SSDA903 XML return, and a CSV file is an SSDA903 table when its columns are
// one (Header, Episodes …; io/ssda903/ssda903-table-kind.ts). Every other file is an error
// (`return-file-unrecognised`, `xml-no-root`). Browser-safe: the bytes come from a
// ReturnFileSource (a file on disk in io/node/read-returns-folder.ts, a file chosen in the app).
import type { Issue } from "../schema/issue.js";
import { type RuleId, rules } from "../schema/rules.js";
import { appendAll } from "../util/append-all.js";
import { plural } from "../util/plural.js";
import { shortenValue } from "../util/shorten-value.js";
import type { CinCensus } from "./cin-census/cin-census.js";
import { createCinCensusParser } from "./cin-census/cin-census-parser.js";
import type { XmlFeed } from "./feed-xml-chunks.js";
import type { RawTable } from "./raw-table.js";
import type { SniffedReturnFile } from "./sniff-return-bytes.js";
import { readSsda903Table } from "./ssda903/read-ssda903-table.js";
import type { Ssda903File } from "./ssda903/ssda903.js";
import { createSsda903XmlParser } from "./ssda903/ssda903-xml-parser.js";
import { ssda903TableKind } from "./ssda903/ssda903-table-kind.js";
import { unusedFileRules } from "./unused-file-rules.js";

export type ReturnFileKind =
  | "cin-census"
  | "ssda903-xml"
  | "ssda903-csv"
  | "unrecognised"
  | "unreadable"
  | "duplicate"
  | "hidden"
  | "excluded";

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

/** Where a return file's bytes come from. */
export interface ReturnFileSource {
  /** The file's name in issues: its path relative to the folder. */
  file: string;
  /** What its first MiB holds. */
  sniff(): Promise<SniffedReturnFile>;
  /** Feed the whole file to a streaming XML reader. */
  feed(parser: XmlFeed): Promise<void>;
  /** The file read as CSV. */
  readCsv(): Promise<RawTable>;
}

/**
 * Read one file into `out`: its census or SSDA903 tables, its issues and its kind.
 * @example await readReturnSource(folder, source)
 */
export async function readReturnSource(out: ReturnsFolder, source: ReturnFileSource): Promise<void> {
  const { file } = source;
  const sniffed = await source.sniff();
  if (sniffed.kind === "xml" && sniffed.root === "Message") {
    const parser = createCinCensusParser(file);
    await source.feed(parser);
    const census = parser.close();
    appendAll(out.issues, census.issues);
    out.files.push({ file, kind: "cin-census", detail: census.header.year ?? undefined });
    if (census.complete) out.censuses.push(census);
    else unused(out.issues, file);
  } else if (sniffed.kind === "xml" && sniffed.root === "EXPSSDA903") {
    const parser = createSsda903XmlParser(file);
    await source.feed(parser);
    const ssda903 = parser.close();
    appendAll(out.issues, ssda903.issues);
    out.files.push({ file, kind: "ssda903-xml" });
    if (ssda903.complete) out.ssda903.push(ssda903);
    else unused(out.issues, file);
  } else if (sniffed.kind === "csv") {
    const raw = await source.readCsv();
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
    out.issues.push(
      returnFileIssue("xml-no-root", file, `${sniffed.why}; the file is not read`, sniffed.line),
    );
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

/** An issue of a return file, its severity from the rule catalogue. */
export function returnFileIssue(rule: RuleId, file: string, message: string, row?: number): Issue {
  const issue: Issue = { rule, severity: rules[rule].severity, file, message };
  if (row !== undefined) issue.row = row;
  return issue;
}

function unrecognised(file: string, why: string): Issue {
  return returnFileIssue(
    "return-file-unrecognised",
    file,
    `not a statutory return: ${why}; remove it from the folder or leave it out with --exclude`,
  );
}

/** A file read but not completely: say so unless one of its issues already does. */
function unused(issues: Issue[], file: string): void {
  if (issues.some((i) => i.file === file && i.severity === "error" && unusedFileRules.has(i.rule))) return;
  issues.push(
    returnFileIssue(
      "return-file-unread",
      file,
      "the file could not be read to its end (see its other problems); no return is counted from part of the folder",
    ),
  );
}

/**
 * The notes of a folder read: files not read on purpose, tables read but not needed.
 * @example returnsFolderNotes([{ file: ".DS_Store", kind: "hidden" }]) // ["not read: 1 file or folder …"]
 */
export function returnsFolderNotes(files: ReturnsFolder["files"]): string[] {
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
