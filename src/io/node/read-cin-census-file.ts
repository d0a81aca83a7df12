// Stream a CIN census XML file from disk into the census reader (feed-xml-file.ts: 1 MiB at a
// time, strict UTF-8), so memory holds the children read, never the file.
import type { CinCensus } from "../cin-census/cin-census.js";
import { createCinCensusParser } from "../cin-census/cin-census-parser.js";
import type { XmlStreamOptions } from "../xml-stream.js";
import { feedXmlFile } from "./feed-xml-file.js";

/**
 * @example const census = await readCinCensusFile("data-samples/returns/cin-census-2023-24.xml")
 */
export async function readCinCensusFile(
  path: string,
  file: string = path,
  options: XmlStreamOptions = {},
): Promise<CinCensus> {
  const parser = createCinCensusParser(file, options);
  await feedXmlFile(path, parser);
  return parser.close();
}
