// Stream an XML file from disk into a streaming reader, 1 MiB at a time, as strict UTF-8
// (io/feed-xml-chunks.ts).
import { createReadStream } from "node:fs";
import { feedXmlChunks, XML_CHUNK_BYTES, type XmlFeed } from "../feed-xml-chunks.js";

/**
 * @example await feedXmlFile("data-samples/returns/cin-census-2023-24.xml", createCinCensusParser("cin.xml"))
 */
export async function feedXmlFile(path: string, feed: XmlFeed): Promise<void> {
  const stream = createReadStream(path, { highWaterMark: XML_CHUNK_BYTES });
  try {
    await feedXmlChunks(stream as AsyncIterable<Buffer>, feed);
  } finally {
    stream.destroy();
  }
}
