// JSON Schema (draft 2020-12) of a table's parsed row, generated from its zod row schema with
// zod 4's z.toJSONSchema. Dates are whole days since 1970-01-01 (integers) and blanks are null, as
// the validator parses them; each property's description says so. Browser-safe: returns text.
import * as z from "zod";
import { stableStringify } from "../util/stable-json.js";
import type { TableSpec } from "./table.js";

/**
 * The JSON Schema of one parsed row of the table, titled and described from its spec.
 * @example tableJsonSchema(episodesSpec).title // "Looked-after episodes (SSDA903)"
 */
export function tableJsonSchema(spec: TableSpec): Record<string, unknown> {
  const generated = z.toJSONSchema(spec.rowSchema) as Record<string, unknown>;
  return {
    ...generated,
    title: spec.title,
    description: `${spec.description} One parsed row; key: ${spec.key.join(" + ")}. Dates are whole days since 1970-01-01; blank cells are null.`,
  };
}

/**
 * The JSON Schema as the text written to schemas/<name>.schema.json (keys sorted, newline-terminated).
 * @example renderTableJsonSchema(childrenSpec).endsWith("}\n") // true
 */
export function renderTableJsonSchema(spec: TableSpec): string {
  return `${stableStringify(tableJsonSchema(spec))}\n`;
}
