/**
 * Stream a CIN census XML file from disk into the census reader, 1 MiB at a time, so memory
 * holds the children read, never the file.
 */
import { createReadStream } from "node:fs";
import type { XmlStreamOptions } from "../xml-stream.js";
import type { CinCensus } from "../cin-census/cin-census.js";
import { createCinCensusParser } from "../cin-census/cin-census-parser.js";

/**
 * @example const census = await readCinCensusFile("data-samples/returns/cin-census-2024.xml")
 */
export async function readCinCensusFile(
  path: string,
  file: string = path,
  options: XmlStreamOptions = {},
): Promise<CinCensus> {
  const parser = createCinCensusParser(file, options);
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  let first = true;
  for await (const chunk of stream) {
    const text = chunk as string;
    // Only the file's first character can be its byte-order mark.
    parser.write(first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    first = false;
    // Stopped (malformed, refused): leaving the loop closes the file, so a 1 GB tail is not read.
    if (parser.stopped) break;
  }
  return parser.close();
}
