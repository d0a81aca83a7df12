// A chosen file to a RawTable in the app, as the CLI's io/node/read-raw-file.ts reads it:
// CSV, TSV, JSON, Arrow and Parquet through io/read-raw-bytes.ts; XLSX with the same checks in
// the same order (empty, content against name, the zip's parts inflated and checked by
// io/zip-inflation-steps.ts, here with the browser's DecompressionStream) before exceljs reads it
// (io/read-xlsx.ts), so the same issues come out.
import { formatFromName, sniffMismatch } from "../io/detect-format.js";
import { fileIssue } from "../io/file-issue.js";
import type { RawTable } from "../io/raw-table.js";
import { emptyRawTable } from "../io/raw-table.js";
import { readRawBytes } from "../io/read-raw-bytes.js";
import { type InflateReply, type InflateRequest, zipInflationSteps } from "../io/zip-inflation-steps.js";
import { crc32 } from "../util/crc32.js";

/**
 * Reads a chosen file's bytes as the CLI reads the file at that path (default sheet for XLSX).
 * @example (await readAppFile(new TextEncoder().encode("CHILD\nA1\n"), "c.csv")).header // ["CHILD"]
 */
export async function readAppFile(bytes: Uint8Array, file: string): Promise<RawTable> {
  if (formatFromName(file) !== "xlsx") return readRawBytes(bytes, file);
  if (bytes.length === 0)
    return emptyRawTable(file, "xlsx", [fileIssue("file-empty", file, "the file has no bytes")]);
  const mismatch = sniffMismatch(bytes.subarray(0, 8192), "xlsx");
  if (mismatch !== undefined)
    return emptyRawTable(file, "xlsx", [
      fileIssue("file-format-mismatch", file, `named .xlsx but the content is ${mismatch}`),
    ]);
  const steps = zipInflationSteps(bytes, file, crc32);
  let step = steps.next();
  while (!step.done) step = steps.next(await inflateRaw(step.value));
  if (step.value !== undefined) return emptyRawTable(file, "xlsx", [step.value]);
  return (await import("../io/read-xlsx.js")).readXlsx(bytes, file);
}

/** Raw deflate with DecompressionStream, stopped as soon as the output passes `maxOutput`. */
async function inflateRaw({ data, maxOutput }: InflateRequest): Promise<InflateReply> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > maxOutput) {
        await reader.cancel().catch(() => {});
        return "too-large";
      }
      chunks.push(value);
    }
  } catch {
    return "bad";
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
