// How a domain table is described: its columns (type, code list, whether required), its key,
// its row schema (zod, inferred types) and its cross-row checks. io/ validates files against a
// TableSpec column by column (fast on a million rows); the zod row schema is the same contract for
// API users and generates the JSON Schema; the data dictionary is generated from both.
import type { z } from "zod";
import type { CodeList } from "./codes/code-list.js";
import type { Issue } from "./issue.js";
import type { RuleId } from "./rules.js";

/** The name of a table the toolkit reads (`episodes`, `children`, `trial-analysis` …). */
export type SchemaName =
  | "children"
  | "index-events"
  | "allocation"
  | "fgc-records"
  | "episodes"
  | "court"
  | "la-return"
  | "trial-analysis"
  | "header"
  | "uasc"
  | "reviews"
  | "missing"
  | "oc2"
  | "oc3"
  | "ad1"
  | "placed_for_adoption"
  | "previous_permanence"
  | "sw_episodes";

/**
 * Column types. Parsed values: `id`, `string`, `code` -> string; `integer`, `number` -> number;
 * `date` -> whole days since 1970-01-01 (util/dates.ts); `boolean` -> true/false (from 1/0,
 * true/false, yes/no, Y/N). Blank cells are `null` whatever the type.
 */
export type ColumnType = "id" | "string" | "code" | "integer" | "number" | "date" | "boolean";

/** One column of a table: its name as the file spells it, its type, whether required and blankable, its meaning and code list. */
export interface ColumnSpec {
  /** As the file spells it (return columns keep the return's spelling: `DECOM`). */
  name: string;
  type: ColumnType;
  /** The column must be present in the file. */
  required: boolean;
  /** A blank cell is allowed (missing value). */
  nullable: boolean;
  /** Meaning, unit and default, for the data dictionary. */
  description: string;
  /** For `code` columns: the list the value must come from. */
  codes?: CodeList;
  /** For numbers: inclusive bounds. */
  min?: number;
  max?: number;
  /** For dates: accepted formats; default both ISO and UK. */
  dateFormats?: ("iso" | "uk")[];
  /** Other spellings accepted on input (e.g. `CHILDID` for `CHILD`), matched case-insensitively. */
  aliases?: string[];
  /** A date that must not be after the extract date (checked when one is known). */
  notFuture?: boolean;
  /**
   * For codes: also read another spelling (another case, spaces or hyphens for underscores, an
   * alias of the list) and report it with a code-spelling warning; la-return's hand-typed columns.
   */
  spellingWarned?: boolean;
}

export type CellValue = string | number | boolean | null;

/** A validated table in columns: parsed values by column name, and each row's spreadsheet row number. */
export interface ColumnTable {
  file: string;
  columns: Record<string, CellValue[]>;
  /** Spreadsheet row number of each row (header = 1). */
  rowNumbers: number[];
  length: number;
}

export interface CheckContext {
  /** The extract (reference) date as a day number, when known; dates after it are future. */
  extractDay?: number;
  /**
   * The collection year the file was returned for, as its start year (2024 for 2024-25), when
   * the user gives it; year-bound codes are then checked against it (schema/checks/code-year-check.ts).
   */
  collectionYear?: number;
}

/** A rule that looks across rows (duplicate keys, overlapping episodes …). */
export interface CrossRowCheck {
  rule: RuleId;
  run(table: ColumnTable, context: CheckContext): Issue[];
}

/** One table the toolkit reads: its name, title, what a row is, its key, its columns, its zod row schema and its cross-row checks. */
export interface TableSpec<S extends z.ZodTypeAny = z.ZodTypeAny> {
  name: SchemaName;
  title: string;
  /** What one row is, who supplies it, where it comes from. */
  description: string;
  /** Columns whose combination identifies a row. */
  key: string[];
  columns: ColumnSpec[];
  /** The parsed row as zod (dates as day numbers); `z.infer` gives the row type. */
  rowSchema: S;
  checks: CrossRowCheck[];
}
