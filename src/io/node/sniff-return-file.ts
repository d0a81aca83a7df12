// What a file in a returns folder holds, from its first MiB read from disk
// (io/sniff-return-bytes.ts says what the bytes are).
import { open } from "node:fs/promises";
import { SNIFF_BYTES, type SniffedReturnFile, sniffReturnBytes } from "../sniff-return-bytes.js";

/**
 * @example await sniffReturnFile("data-samples/returns/cin-census-2023-24.xml") // { kind: "xml", root: "Message", line: 2 }
 */
export async function sniffReturnFile(path: string, limit = SNIFF_BYTES): Promise<SniffedReturnFile> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(limit + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return sniffReturnBytes(buffer.subarray(0, Math.min(bytesRead, limit)), bytesRead <= limit, limit);
  } finally {
    await handle.close();
  }
}
