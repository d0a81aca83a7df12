// One call from a path to a validated Arquero table with its issues and row accounting: read
// (any supported format), pick the schema (given or inferred from the header), validate.
import { type ReadTableOptions, type ReadTableResult, validateRead } from "../validate-read.js";
import { type ReadRawFileOptions, readRawFile } from "./read-raw-file.js";

export type ReadFileTableOptions = ReadTableOptions & ReadRawFileOptions;

/**
 * Read and validate one file.
 * @example const { table, accounting } = await readTable("data-samples/episodes.csv", { schema: "episodes" })
 */
export async function readTable(path: string, options: ReadFileTableOptions = {}): Promise<ReadTableResult> {
  const raw = await readRawFile(path, options);
  return validateRead(raw, options);
}
