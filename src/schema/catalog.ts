/**
 * Every domain table the toolkit reads, by schema name.
 */
import type { SchemaName, TableSpec } from "./table.js";

export const tableSpecs: Partial<Record<SchemaName, TableSpec>> = {};
