/**
 * A minimal column-by-column parser for the schema tests: reads a CSV into a ColumnTable by a
 * TableSpec (types, codes with aliases, blanks, ranges, date formats) and lists cell and column
 * problems as { row, column, rule }. It exists so the schema tests can run the specs' cross-row
 * checks on the sample files without depending on io/; io's validator is the real one.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parse } from "csv-parse/sync";
import type { RuleId } from "../../src/schema/rules.js";
import type { CellValue, ColumnSpec, ColumnTable, TableSpec } from "../../src/schema/table.js";
import { parseDay } from "../../src/util/dates.js";

export interface CellProblem {
  file: string;
  /** Absent for a header (column-level) problem, as io reports it. */
  row?: number;
  column: string;
  rule: RuleId;
}

export function parseSample(
  path: string,
  spec: TableSpec,
): { table: ColumnTable; problems: CellProblem[]; header: string[] } {
  const file = basename(path);
  const records = parse(readFileSync(path, "utf8"), { bom: true }) as string[][];
  const [header, ...rows] = records;
  const problems: CellProblem[] = [];
  const columns: Record<string, CellValue[]> = {};
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const h of header) {
    const known = spec.columns.some((c) =>
      [c.name, ...(c.aliases ?? [])].some((n) => n.toLowerCase() === h.toLowerCase()),
    );
    if (!known) problems.push({ file, column: h, rule: "column-unknown" });
  }
  for (const c of spec.columns) {
    const at = lower.findIndex((h) => [c.name, ...(c.aliases ?? [])].some((n) => n.toLowerCase() === h));
    if (at < 0) {
      if (c.required) problems.push({ file, column: c.name, rule: "column-missing" });
      continue;
    }
    columns[c.name] = rows.map((r, i) =>
      parseCell(r[at] ?? "", c, (rule) => problems.push({ file, row: i + 2, column: c.name, rule })),
    );
  }
  return {
    table: { file, columns, rowNumbers: rows.map((_, i) => i + 2), length: rows.length },
    problems,
    header,
  };
}

function parseCell(text: string, c: ColumnSpec, report: (rule: RuleId) => void): CellValue {
  const s = text.trim();
  if (s === "") {
    if (!c.nullable) report("value-missing");
    return null;
  }
  switch (c.type) {
    case "id":
    case "string":
      return s;
    case "code": {
      const code = c.codes?.aliases?.[s] ?? s;
      if (c.codes && !(code in c.codes.codes)) {
        report("code-unknown");
        return null;
      }
      return code;
    }
    case "integer":
    case "number": {
      const n = Number(s);
      if (!/^-?\d+(\.\d+)?$/.test(s) || (c.type === "integer" && !Number.isInteger(n))) {
        report("value-type");
        return null;
      }
      if ((c.min !== undefined && n < c.min) || (c.max !== undefined && n > c.max)) report("value-range");
      return n;
    }
    case "boolean": {
      const b = s.toLowerCase();
      if (["1", "true", "yes", "y"].includes(b)) return true;
      if (["0", "false", "no", "n"].includes(b)) return false;
      report("value-type");
      return null;
    }
    case "date": {
      const d = parseDay(s, c.dateFormats ?? ["iso", "uk"]);
      if (d === undefined) report("date-unparseable");
      else if (d === null) report("date-impossible");
      return d ?? null;
    }
  }
}
