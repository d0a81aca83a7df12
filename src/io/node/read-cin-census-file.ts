/**
 * Stream a CIN census XML file from disk into the census reader, 1 MiB at a time, so memory
 * holds the children read, never the file.
 */
import { createReadStream } from "node:fs";
import type { CinCensus } from "../cin-census/cin-census.js";
import { createCinCensusParser } from "../cin-census/cin-census-parser.js";

/**
 * @example const census = await readCinCensusFile("data-samples/returns/cin-census-2024.xml")
 */
export async function readCinCensusFile(path: string, file: string = path): Promise<CinCensus> {
  const parser = createCinCensusParser(file);
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  for await (const chunk of stream) parser.write(stripBom(chunk as string));
  return parser.close();
}

function stripBom(chunk: string): string {
  return chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
}
