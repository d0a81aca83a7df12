// The zod schema of a parsed row, built from a table's columns: ids, strings and codes are
// strings (codes limited to their list, aliases already normalised), numbers numbers, dates whole
// days since 1970-01-01, booleans true/false; a nullable column allows null (a blank cell) and a
// column that may be absent from the file is optional. Descriptions carry unit, default, code
// list and source, so the JSON Schema generated from it explains itself.
import * as z from "zod";
import { lazyShape } from "../util/lazy-shape.js";
import type { ColumnSpec, ColumnType } from "./table.js";

type Parsed<T extends ColumnType> = T extends "integer" | "number" | "date"
  ? number
  : T extends "boolean"
    ? boolean
    : string;
type Value<C extends ColumnSpec> = C["nullable"] extends false ? Parsed<C["type"]> : Parsed<C["type"]> | null;
type Field<C extends ColumnSpec> = C["required"] extends false
  ? z.ZodOptional<z.ZodType<Value<C>>>
  : z.ZodType<Value<C>>;

/** The zod shape of a row of the given columns. */
export type RowShape<Cs extends readonly ColumnSpec[]> = { [C in Cs[number] as C["name"]]: Field<C> };

/**
 * Each column's field is built when first read (util/lazy-shape.ts): validation reads the
 * columns, not this schema, so a run builds the fields only for a JSON Schema or a library caller.
 * @example rowSchemaOf([column({ name: "n", type: "integer", required: true, nullable: false, description: "a count" })]).parse({ n: 3 })
 */
export function rowSchemaOf<const Cs extends readonly ColumnSpec[]>(columns: Cs): z.ZodObject<RowShape<Cs>> {
  const fields: Record<string, () => z.ZodType> = {};
  for (const c of columns) fields[c.name] = () => columnSchema(c);
  return z.object(lazyShape(fields)).strict() as unknown as z.ZodObject<RowShape<Cs>>;
}

function columnSchema(c: ColumnSpec): z.ZodType {
  let field: z.ZodType = baseSchema(c);
  if (c.nullable) field = field.nullable();
  if (!c.required) field = field.optional();
  return field.describe(describeColumn(c));
}

/**
 * A column's description with its code list, date convention and bounds appended.
 * @example describeColumn({ name: "d", type: "date", required: true, nullable: false, description: "Start." })
 */
export function describeColumn(c: ColumnSpec): string {
  const parts = [c.description];
  if (c.codes) parts.push(`Codes: ${c.codes.id} (${c.codes.title}); source: ${c.codes.source}.`);
  if (c.type === "date") {
    const formats = (c.dateFormats ?? ["iso", "uk"])
      .map((f) => (f === "uk" ? "dd/mm/yyyy" : "yyyy-mm-dd"))
      .join(" or ");
    parts.push(`Written ${formats}; parsed as whole days since 1970-01-01.`);
  }
  if (c.notFuture) parts.push("Not after the extract date.");
  return parts.join(" ");
}

function baseSchema(c: ColumnSpec): z.ZodType {
  switch (c.type) {
    case "id":
      return z.string().min(1);
    case "string":
      return z.string();
    case "code": {
      const codes = Object.keys(c.codes?.codes ?? {});
      return codes.length > 0 ? z.enum(codes as [string, ...string[]]) : z.string();
    }
    case "integer":
    case "number": {
      let n = c.type === "integer" ? z.number().int() : z.number();
      if (c.min !== undefined) n = n.min(c.min);
      if (c.max !== undefined) n = n.max(c.max);
      return n;
    }
    case "date":
      return z.number().int();
    case "boolean":
      return z.boolean();
  }
}
