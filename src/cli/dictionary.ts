// `fgc dictionary [--write [path]]`: the data dictionary generated from the schemas, printed or
// written (docs/data-dictionary.md by default). Writing also writes the JSON Schemas generated
// from the zod schemas into schemas/: each table's parsed row and each pipeline's results.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fullDataDictionary } from "../data-dictionary.js";
import { type ResultSchemaName, renderResultJsonSchema, resultSchemas } from "../results-json-schemas.js";
import { tableSpecs } from "../schema/catalog.js";
import type { SchemaName } from "../schema/table.js";
import { renderTableJsonSchema } from "../schema/table-json-schema.js";
import type { CliIo } from "./cli-io.js";
import { exitCodes } from "../util/exit-codes.js";

/** @example await dictionaryCommand({ write: true }, processIo()) // writes docs/data-dictionary.md and schemas/ */
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
  await mkdir("schemas", { recursive: true });
  for (const name of Object.keys(tableSpecs) as SchemaName[])
    await writeFile(join("schemas", `${name}.schema.json`), renderTableJsonSchema(tableSpecs[name]));
  for (const name of Object.keys(resultSchemas) as ResultSchemaName[])
    await writeFile(join("schemas", `${name}.schema.json`), renderResultJsonSchema(name));
  io.stderr(
    `wrote ${Object.keys(tableSpecs).length + Object.keys(resultSchemas).length} JSON Schemas to schemas/\n`,
  );
  return exitCodes.ok;
}
