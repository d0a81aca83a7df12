/**
 * Stream an SSDA903 XML return from disk into the 903 reader, 1 MiB at a time.
 */
import { createReadStream } from "node:fs";
import type { XmlStreamOptions } from "../xml-stream.js";
import type { Ssda903File } from "../ssda903/ssda903.js";
import { createSsda903XmlParser } from "../ssda903/ssda903-xml-parser.js";

/**
 * @example const ssda903 = await readSsda903XmlFile("data-samples/returns/ssda903-2024.xml")
 */
export async function readSsda903XmlFile(
  path: string,
  file: string = path,
  options: XmlStreamOptions = {},
): Promise<Ssda903File> {
  const parser = createSsda903XmlParser(file, options);
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
