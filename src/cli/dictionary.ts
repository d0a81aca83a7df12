/**
 * `fgc dictionary [--write [path]]`: the data dictionary generated from the schemas, printed or
 * written (docs/data-dictionary.md by default).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fullDataDictionary } from "../data-dictionary.js";
import type { CliIo } from "./cli-io.js";
import { exitCodes } from "./exit-codes.js";

/** @example await dictionaryCommand({ write: true }, processIo()) // writes docs/data-dictionary.md */
export async function dictionaryCommand(options: { write?: string | boolean }, io: CliIo): Promise<number> {
  const text = fullDataDictionary();
  if (options.write === undefined || options.write === false) {
    io.stdout(text);
    return exitCodes.ok;
  }
  const path = typeof options.write === "string" ? options.write : "docs/data-dictionary.md";
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  io.stderr(`wrote ${path}\n`);
  return exitCodes.ok;
}
