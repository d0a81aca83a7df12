/**
 * Builds statutory returns for tests: synthetic children written as census XML and 903 files by
 * src/returns/synthetic-returns.ts, read back by the real readers (in memory), or written to a
 * temporary folder for the folder reader and the CLI.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCinCensusParser } from "../../src/io/cin-census/cin-census-parser.js";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { readSsda903Table } from "../../src/io/ssda903/read-ssda903-table.js";
import { createSsda903XmlParser } from "../../src/io/ssda903/ssda903-xml-parser.js";
import type { ReturnsInput } from "../../src/returns/run.js";
import {
  cinCensusXml,
  episodesOfYear,
  type SyntheticChild,
  type SyntheticEpisode,
  ssda903EpisodesCsv,
  ssda903Xml,
} from "../../src/returns/synthetic-returns.js";
import { REF_2023_24, REF_2024_25 } from "../../scripts/return-sample-children.js";

export const LEA = "999";

/** The text files of two census years and two 903 years (2023-24 as CSV, 2024-25 as XML). */
export function returnFiles(
  children: readonly SyntheticChild[],
  episodes: readonly SyntheticEpisode[],
): Record<string, string> {
  return {
    "cin-a.xml": cinCensusXml(LEA, REF_2023_24, children),
    "cin-b.xml": cinCensusXml(LEA, REF_2024_25, children),
    "episodes-a.csv": ssda903EpisodesCsv(episodesOfYear(episodes, REF_2023_24)),
    "903-b.xml": ssda903Xml(children, episodesOfYear(episodes, REF_2024_25), REF_2024_25),
  };
}

/** Read files (by name → text) as the folder reader would, in memory. */
export function readFiles(files: Record<string, string>): ReturnsInput {
  const input: ReturnsInput & {
    censuses: ReturnsInput["censuses"][number][];
    ssda903: ReturnsInput["ssda903"][number][];
    issues: ReturnsInput["issues"][number][];
  } = {
    censuses: [],
    ssda903: [],
    issues: [],
  };
  for (const [name, text] of Object.entries(files).sort()) {
    if (text.includes("<Message>")) {
      const p = createCinCensusParser(name);
      p.write(text);
      const c = p.close();
      input.issues.push(...c.issues);
      if (c.complete) input.censuses.push(c);
    } else if (text.includes("<EXPSSDA903>")) {
      const p = createSsda903XmlParser(name);
      p.write(text);
      const f = p.close();
      input.issues.push(...f.issues);
      if (f.complete) input.ssda903.push(f);
    } else {
      const f = readSsda903Table(readDelimitedText(text, name), "Episodes");
      input.issues.push(...f.issues);
      input.ssda903.push(f);
    }
  }
  return input;
}

/** Write files to a new temporary folder; returns its path. */
export function writeFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "fgc-returns-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Rows as `breakdown/category/measure` → value. */
export function cellMap(
  rows: readonly { breakdown: string; category: string; measure: string; value: number | string }[],
): Record<string, number | string> {
  return Object.fromEntries(rows.map((r) => [`${r.breakdown}/${r.category}/${r.measure}`, r.value]));
}
