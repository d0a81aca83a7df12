// SHA-256 of a file's bytes, hex: the provenance every results.json records for its inputs.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export function fileSha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
