// Every statutory return in a folder (and its subfolders, through symbolic links too: see
// list-return-files.ts), recognised by content, not by name: an XML file whose root (after any
// declaration, comments, processing instructions and DOCTYPE) is `Message` is a CIN census (its
// header's Collection must say CIN), one whose root is `EXPSSDA903` is an SSDA903 XML return, and
// a CSV file is an SSDA903 table when its columns are one (Header, Episodes …;
// io/ssda903/ssda903-table-kind.ts). Every other file is an error (`return-file-unrecognised`,
// `xml-no-root`, `return-file-unreadable`) unless `exclude` names it: a file in the folder is
// either used or left out on purpose. Files the operating system or version control keeps
// (.DS_Store, Thumbs.db, .git/ …; list-return-files.ts) are not read and are named in `notes`;
// any other hidden file is read like the rest. Files are read in path order; issues name each file by its path relative
// to the folder.
import {
  readReturnSource,
  returnFileIssue,
  type ReturnsFolder,
  returnsFolderNotes,
} from "../read-return-source.js";
import { feedXmlFile } from "./feed-xml-file.js";
import { listReturnFiles } from "./list-return-files.js";
import { readRawFile } from "./read-raw-file.js";
import { sniffReturnFile } from "./sniff-return-file.js";

export interface ReturnsFolderOptions {
  /** Glob patterns (util/glob-match.ts) of paths relative to the folder that are not read. */
  exclude?: readonly string[];
}

/**
 * Reads a folder of statutory returns for `fgc return`: every CIN census XML, SSDA903 XML and
 * SSDA903 CSV in it (subfolders included, system files skipped, `options.exclude` globs left
 * out), each recognised by its content, with an issue for each file that cannot be read or
 * recognised.
 * @example
 * ```ts
 * import { readReturnsFolder } from "fgc-toolkit/node";
 * const folder = await readReturnsFolder("data-samples/returns");
 * folder.files.map((f) => [f.file, f.kind]); // => [["cin-census-2023-24.xml", "cin-census"], ["cin-census-2024-25.xml", "cin-census"], ["ssda903-2023-24-episodes.csv", "ssda903-csv"], ["ssda903-2023-24-header.csv", "ssda903-csv"], ["ssda903-2024-25.xml", "ssda903-xml"]]
 * folder.censuses.length; // => 2
 * folder.issues.length; // => 0
 * ```
 */
export async function readReturnsFolder(
  folder: string,
  options: ReturnsFolderOptions = {},
): Promise<ReturnsFolder> {
  const out: ReturnsFolder = { folder, files: [], censuses: [], ssda903: [], issues: [], notes: [] };
  for (const listed of await listReturnFiles(folder, options.exclude ?? [])) {
    const { path, file } = listed;
    if (listed.kind === "unreadable") {
      out.issues.push(returnFileIssue("return-file-unreadable", file, `${listed.detail}; it cannot be read`));
      out.files.push({ file, kind: "unreadable", detail: listed.detail });
      continue;
    }
    if (listed.kind === "duplicate") {
      out.issues.push(
        returnFileIssue(
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
      await readReturnSource(out, {
        file,
        sniff: () => sniffReturnFile(path),
        feed: (parser) => feedXmlFile(path, parser),
        readCsv: () => readRawFile(path, { file, format: "csv" }),
      });
    } catch (e) {
      // A file that vanished or cannot be opened between listing and reading: a data problem of
      // that file (exit 1), not a crash.
      const code = (e as { code?: unknown }).code;
      if (typeof code !== "string") throw e;
      out.issues.push(returnFileIssue("return-file-unreadable", file, `cannot be read (${code})`));
      out.files.push({ file, kind: "unreadable", detail: code });
    }
  }
  out.notes = returnsFolderNotes(out.files);
  return out;
}
