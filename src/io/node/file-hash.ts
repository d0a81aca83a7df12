// SHA-256 of a file's bytes, hex: the provenance every results.json records for its inputs.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/**
 * SHA-256 of a file's bytes, as lowercase hex: the provenance every results.json records for its
 * inputs.
 * @example
 * ```ts
 * import { fileSha256 } from "fgc-toolkit/node";
 * fileSha256("data-samples/meta/studies.csv").length; // => 64
 * /^[0-9a-f]+$/.test(fileSha256("data-samples/meta/studies.csv")); // => true
 * ```
 */
export function fileSha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
