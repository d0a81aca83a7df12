// Every part of an XLSX zip inflated once with Node's zlib before exceljs sees the bytes, for the
// checks of io/zip-inflation-steps.ts (a bomb whose directory lies, a damaged part). Costs one
// inflate and one CRC of the workbook, a small share of what exceljs then spends parsing the XML.
import * as zlib from "node:zlib";
import type { Issue } from "../../schema/issue.js";
import { crc32 as crc32Table } from "../../util/crc32.js";
import { type InflateReply, type InflateRequest, zipInflationSteps } from "../zip-inflation-steps.js";

/** zlib.crc32 arrived in Node 20.15; the table-driven one serves before that. */
const crc32: (data: Uint8Array) => number =
  (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? crc32Table;

/**
 * `xlsx-expanded-too-large` when the declared sizes are over the limits (xlsx-expansion-issue.ts)
 * or for the first entry that inflates past its declared size; `file-unreadable` for the first
 * damaged part; undefined when there is none (or the zip has no directory here, which exceljs
 * then reports).
 * @example zipInflationIssue(new Uint8Array(await readFile("episodes.xlsx")), "episodes.xlsx") // undefined
 */
export function zipInflationIssue(bytes: Uint8Array, file: string): Issue | undefined {
  const steps = zipInflationSteps(bytes, file, crc32);
  let step = steps.next();
  while (!step.done) step = steps.next(inflate(step.value));
  return step.value;
}

function inflate({ data, maxOutput }: InflateRequest): InflateReply {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: maxOutput });
  } catch (error) {
    return (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "too-large" : "bad";
  }
}
