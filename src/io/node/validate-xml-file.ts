// `fgc validate` on an XML return file on disk (io/validate-xml.ts does the validating).
import type { ReadTableResult } from "../validate-read.js";
import { type ValidateXmlOptions, validateXmlSource } from "../validate-xml.js";
import { feedXmlFile } from "./feed-xml-file.js";
import { sniffReturnFile } from "./sniff-return-file.js";

export interface ValidateXmlFileOptions extends ValidateXmlOptions {
  /** Name used in issues; default the path as given. */
  file?: string;
}

/**
 * One result per table found (SSDA903) or one for the file (CIN census, or an XML of neither).
 * @example (await validateXmlFile("data-samples/returns/ssda903-2024-25.xml")).map((r) => r.schema) // ["header", "episodes"]
 */
export async function validateXmlFile(
  path: string,
  options: ValidateXmlFileOptions = {},
): Promise<ReadTableResult[]> {
  const source = {
    sniff: () => sniffReturnFile(path),
    feed: (parser: Parameters<typeof feedXmlFile>[1]) => feedXmlFile(path, parser),
  };
  return validateXmlSource(source, options.file ?? path, options);
}
