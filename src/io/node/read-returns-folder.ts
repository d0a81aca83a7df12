/**
 * Every statutory return in a folder (and its subfolders), recognised by content, not by name:
 * an XML file whose root is `Message` is a CIN census (its header's Collection must say CIN), one
 * whose root is `EXPSSDA903` is an SSDA903 XML return, and a CSV file is an SSDA903 table when
 * its columns are one (Header, Episodes …; io/ssda903/ssda903-table-kind.ts). Anything else is
 * reported (`return-file-unrecognised`) and ignored. Files are read in path order; issues name
 * each file by its path relative to the folder.
 */
import { open, readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Issue } from "../../schema/issue.js";
import { rules } from "../../schema/rules.js";
import type { CinCensus } from "../cin-census/cin-census.js";
import { readSsda903Table } from "../ssda903/read-ssda903-table.js";
import type { Ssda903File } from "../ssda903/ssda903.js";
import { ssda903TableKind } from "../ssda903/ssda903-table-kind.js";
import { readCinCensusFile } from "./read-cin-census-file.js";
import { readRawFile } from "./read-raw-file.js";
import { readSsda903XmlFile } from "./read-ssda903-xml-file.js";

export type ReturnFileKind = "cin-census" | "ssda903-xml" | "ssda903-csv" | "unrecognised";

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
}

/**
 * @example const folder = await readReturnsFolder("data-samples/returns")
 */
export async function readReturnsFolder(folder: string): Promise<ReturnsFolder> {
  const out: ReturnsFolder = { folder, files: [], censuses: [], ssda903: [], issues: [] };
  for (const path of await listFiles(folder)) {
    const file = relative(folder, path) || path;
    const kind = await sniff(path);
    if (kind === "Message") {
      const census = await readCinCensusFile(path, file);
      out.issues.push(...census.issues);
      out.files.push({ file, kind: "cin-census", detail: census.header.year ?? undefined });
      if (census.complete) out.censuses.push(census);
    } else if (kind === "EXPSSDA903") {
      const ssda903 = await readSsda903XmlFile(path, file);
      out.issues.push(...ssda903.issues);
      out.files.push({ file, kind: "ssda903-xml" });
      if (ssda903.complete) out.ssda903.push(ssda903);
    } else if (kind === "csv") {
      const raw = await readRawFile(path, { file, format: "csv" });
      const table = ssda903TableKind(raw.header);
      if (table === undefined) {
        out.issues.push(
          unrecognised(file, `its columns (${raw.header.slice(0, 6).join(", ")}) are no SSDA903 table`),
        );
        out.files.push({ file, kind: "unrecognised" });
        continue;
      }
      const ssda903 = readSsda903Table(raw, table);
      out.issues.push(...ssda903.issues);
      out.files.push({ file, kind: "ssda903-csv", detail: table });
      if (ssda903.complete) out.ssda903.push(ssda903);
    } else {
      out.issues.push(
        unrecognised(
          file,
          kind === "xml"
            ? "an XML file whose root is neither Message (CIN census) nor EXPSSDA903"
            : "neither XML nor CSV text",
        ),
      );
      out.files.push({ file, kind: "unrecognised" });
    }
  }
  return out;
}

function unrecognised(file: string, why: string): Issue {
  return {
    rule: "return-file-unrecognised",
    severity: rules["return-file-unrecognised"].severity,
    file,
    message: `not a statutory return: ${why}; ignored`,
  };
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith(".")) continue;
    const path = join(folder, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(path)));
    else if (e.isFile()) out.push(path);
  }
  return out;
}

/** The XML root element's name, `xml` for XML with another root, `csv` for delimited text, or `other`. */
async function sniff(path: string): Promise<string> {
  const handle = await open(path, "r");
  let head: string;
  try {
    const bytes = new Uint8Array(8192);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    head = new TextDecoder().decode(bytes.subarray(0, bytesRead)).replace(/^\uFEFF/, "");
  } finally {
    await handle.close();
  }
  const rest = head.replace(/^(\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/, "");
  if (rest.startsWith("<")) {
    const m = /^<(?:[\w.-]+:)?([\w.-]+)/.exec(rest);
    if (m && (m[1] === "Message" || m[1] === "EXPSSDA903")) return m[1];
    return "xml";
  }
  if (/^[^\n\r]*,[^\n\r]*/.test(rest) && !head.includes("\u0000")) return "csv";
  return "other";
}
