// What a chosen file is, for the app's file list: a CIN census or SSDA903 XML return, a table of
// the data dictionary (the schema the CLI would infer from its header), a trial plan, or "not
// recognised" with the reason. Uses the CLI's own sniffing: io/detect-format.ts (the format from
// the name, checked against the first bytes), io/sniff-return-bytes.ts (XML root element) and
// io/infer-schema.ts (the table from the header).
import { formatFromName, knownExtensions, sniffMismatch } from "../io/detect-format.js";
import { inferSchema } from "../io/infer-schema.js";
import { SNIFF_BYTES, sniffReturnBytes } from "../io/sniff-return-bytes.js";
import { readAppFile } from "./read-app-file.js";
import type { AppFile } from "./job-outcome.js";
import { isPlanFile } from "./trial-job.js";
import { isUnitCostHeader } from "./unit-cost-file.js";

/** `type` when the file is recognised; otherwise `why` it is not. */
export type Recognised = { type: string } | { why: string };

/** How much of a delimited file is read for its header: the header is its first line. */
const HEADER_BYTES = 1 << 16;

/**
 * @example (await recogniseFile({ name: "episodes.csv", bytes })).type // "SSDA903 episodes (table episodes)"
 */
export async function recogniseFile(file: AppFile): Promise<Recognised> {
  if (/\.xml$/i.test(file.name)) {
    const sniffed = sniffReturnBytes(file.bytes.subarray(0, SNIFF_BYTES), file.bytes.length <= SNIFF_BYTES);
    if (sniffed.kind === "xml" && sniffed.root === "Message")
      return { type: `CIN census${censusYear(file)}` };
    if (sniffed.kind === "xml" && sniffed.root === "EXPSSDA903") return { type: "SSDA903 return (XML)" };
    if (sniffed.kind === "xml")
      return {
        why: `an XML file whose root element is <${sniffed.root}>: neither a CIN census nor an SSDA903 return`,
      };
    return {
      why: sniffed.kind === "csv" ? "named .xml but the content is comma-separated text" : sniffed.why,
    };
  }
  const format = formatFromName(file.name);
  if (format === undefined)
    return { why: `the extension is none of ${[...knownExtensions, "xml"].map((e) => `.${e}`).join(", ")}` };
  const mismatch = sniffMismatch(file.bytes.subarray(0, 8192), format);
  if (mismatch !== undefined) return { why: `named .${format} but the content is ${mismatch}` };
  if (format === "json" && isPlanFile(file)) return { type: "trial plan" };
  const head = format === "csv" || format === "tsv" ? headLines(file.bytes) : file.bytes;
  const raw = await readAppFile(head, file.name);
  const error = raw.issues.find((i) => i.severity === "error" && i.row === undefined);
  if (error !== undefined) return { why: error.message };
  if (raw.header.length === 0) return { why: "the file is empty" };
  if (isUnitCostHeader(raw.header)) return { type: "unit costs (for Trial analysis)" };
  const guess = inferSchema(raw.header);
  if (guess === undefined)
    return {
      why: `the header (${raw.header.slice(0, 6).join(", ")}${raw.header.length > 6 ? ", …" : ""}) matches no table of the data dictionary`,
    };
  return { type: `${guess.spec.title} (${guess.spec.name})` };
}

/** The first lines of delimited bytes, cut after a line break. */
function headLines(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= HEADER_BYTES) return bytes;
  const cut = bytes.subarray(0, HEADER_BYTES).lastIndexOf(0x0a);
  return bytes.subarray(0, cut > 0 ? cut + 1 : HEADER_BYTES);
}

/** ` 2024-25` from the census header's `<Year>2025</Year>` (the collection's closing year). */
function censusYear(file: AppFile): string {
  const head = new TextDecoder().decode(file.bytes.subarray(0, 4096));
  const m = /<Year>\s*(\d{4})\s*<\/Year>/.exec(head);
  if (m === null) return "";
  const end = Number(m[1]);
  return ` ${end - 1}-${String(end % 100).padStart(2, "0")}`;
}
