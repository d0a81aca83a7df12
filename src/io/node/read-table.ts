// One call from a path to a validated Arquero table with its issues and row accounting: read
// (any supported format), pick the schema (given or inferred from the header), validate.
import { type ReadTableOptions, type ReadTableResult, validateRead } from "../validate-read.js";
import { type ReadRawFileOptions, readRawFile } from "./read-raw-file.js";

export type ReadFileTableOptions = ReadTableOptions & ReadRawFileOptions;

/**
 * Read and validate one file: `readRawFile`, then `validateRead` (the schema given, or inferred
 * from the header), giving the accepted rows as an Arquero table, every issue and the row
 * accounting (read = accepted + rejected).
 * @example
 * ```ts
 * import { readTable } from "fgc-toolkit/node";
 * const { schema, table, accounting } = await readTable("data-samples/messy/episodes.csv");
 * schema; // => "episodes"
 * table.numRows(); // => 110
 * accounting.rejectedByRule; // => {"code-unknown": 1, "episode-dates-order": 1, "episode-end-incomplete": 1, "date-unparseable": 1, "episode-overlap": 1}
 * ```
 */
export async function readTable(path: string, options: ReadFileTableOptions = {}): Promise<ReadTableResult> {
  const raw = await readRawFile(path, options);
  return validateRead(raw, options);
}
