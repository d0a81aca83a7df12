// The app's Validate job: `fgc validate` on the chosen files, through the same readers and checks
// (io/read-raw-bytes.ts, io/validate-read.ts, io/validate-xml.ts), printing the same summaries and
// offering the report `fgc validate … --out results.json` writes, byte for byte.
import { exitCodes } from "../util/exit-codes.js";
import { formatFileSummary } from "../io/validate-summary.js";
import { memoryXmlChunks, feedXmlChunks } from "../io/feed-xml-chunks.js";
import { SNIFF_BYTES, sniffReturnBytes } from "../io/sniff-return-bytes.js";
import { type ReadTableResult, validateRead } from "../io/validate-read.js";
import { validateReportText, validateTotalsLine } from "../io/validate-report.js";
import { validateXmlSource, type XmlSource } from "../io/validate-xml.js";
import { readAppFile } from "./read-app-file.js";
import type { AppFile, JobOutcome } from "./job-outcome.js";

export interface ValidateJobOptions {
  /** The extract date as a day number (the CLI's default: today, UTC). */
  extractDay: number;
}

/**
 * @example (await validateJob([{ name: "episodes.csv", bytes }], { extractDay: 20_000 })).exitCode // 0
 */
export async function validateJob(
  files: readonly AppFile[],
  options: ValidateJobOptions,
  progress: (text: string) => void = () => {},
): Promise<JobOutcome> {
  const out: string[] = [];
  const results: ReadTableResult[] = [];
  for (const [i, f] of files.entries()) {
    progress(`Validating ${f.name} (${i + 1} of ${files.length})`);
    const found = /\.xml$/i.test(f.name)
      ? await validateXmlSource(memoryXmlSource(f.bytes), f.name, { extractDay: options.extractDay })
      : [validateRead(await readAppFile(f.bytes, f.name), { extractDay: options.extractDay })];
    for (const result of found) {
      results.push(result);
      out.push(`${formatFileSummary(result, 3).join("\n")}\n\n`);
    }
  }
  out.push(`${validateTotalsLine(results, files.length)}\n`);
  const errors = results.flatMap((r) => r.issues).filter((i) => i.severity === "error").length;
  return {
    exitCode: errors > 0 ? exitCodes.data : exitCodes.ok,
    stdout: out.join(""),
    stderr: "",
    downloads: [
      {
        label: "Download results.json",
        name: "results.json",
        type: "application/json",
        text: validateReportText(results, files.length, "json"),
      },
      {
        label: "Download issues CSV",
        name: "issues.csv",
        type: "text/csv",
        text: validateReportText(results, files.length, "csv"),
      },
    ],
  };
}

/**
 * A chosen XML file as the validator's source: sniffed from its first MiB, fed in the CLI's
 * 1 MiB chunks.
 * @example await validateXmlSource(memoryXmlSource(bytes), "cin.xml")
 */
export function memoryXmlSource(bytes: Uint8Array): XmlSource {
  return {
    sniff: async () => sniffReturnBytes(bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES),
    feed: (parser) => feedXmlChunks(memoryXmlChunks(bytes), parser),
  };
}
