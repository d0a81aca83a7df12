// Stream an SSDA903 XML return from disk into the 903 reader (feed-xml-file.ts: 1 MiB at a time,
// strict UTF-8).
import type { Ssda903File } from "../ssda903/ssda903.js";
import { createSsda903XmlParser } from "../ssda903/ssda903-xml-parser.js";
import type { XmlStreamOptions } from "../xml-stream.js";
import { feedXmlFile } from "./feed-xml-file.js";

/**
 * @example const ssda903 = await readSsda903XmlFile("data-samples/returns/ssda903-2024-25.xml")
 */
export async function readSsda903XmlFile(
  path: string,
  file: string = path,
  options: XmlStreamOptions = {},
): Promise<Ssda903File> {
  const parser = createSsda903XmlParser(file, options);
  await feedXmlFile(path, parser);
  return parser.close();
}
