// Cell parsers by column type: text in, a parsed value or a problem (rule + message) out. Built
// once per column so that the per-cell work is a function call and, for codes and dates, a map
// lookup.
import type { RuleId } from "../schema/rules.js";
import type { CellValue, ColumnSpec } from "../schema/table.js";
import { firstPlausibleDay, formatDayUk, parseDay } from "../util/dates.js";
import { monthFirstMessage } from "../util/month-first-date.js";

export interface CellProblem {
  rule: RuleId;
  message: string;
}

/** A parser returns the value, or a CellProblem for text that is not valid for the column. */
export type CellParser = (text: string) => CellValue | CellProblem;

/**
 * True when a parser's result is a problem rather than a value.
 * @example isProblem({ rule: "value-type", message: "expected a number" }) // true
 */
export function isProblem(v: CellValue | CellProblem): v is CellProblem {
  return v !== null && typeof v === "object";
}

const numberPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const booleans: Record<string, boolean> = {
  "1": true,
  "0": false,
  true: true,
  false: false,
  yes: true,
  no: false,
  y: true,
  n: false,
};

/**
 * The parser for one column. `extractDay` switches on the `date-future` check for `notFuture`
 * columns. Text is trimmed before parsing; codes are matched as written, then in upper case,
 * then through the list's aliases (GROM -> WROM).
 * @example cellParser({ name: "AGE", type: "integer", required: true, nullable: false, description: "", min: 0 })("-1") // { rule: "value-range", … }
 */
export function cellParser(column: ColumnSpec, extractDay?: number): CellParser {
  switch (column.type) {
    case "id":
    case "string":
      return (text) => text.trim();
    case "code":
      return codeParser(column);
    case "integer":
    case "number":
      return numberParser(column);
    case "date":
      return dateParser(column, extractDay);
    case "boolean":
      return (text) =>
        booleans[text.trim().toLowerCase()] ?? {
          rule: "value-type",
          message: "expected yes/no (1/0, true/false, Y/N)",
        };
  }
}

function codeParser(column: ColumnSpec): CellParser {
  const list = column.codes;
  if (list === undefined) return (text) => text.trim();
  const lookup = new Map<string, string>();
  for (const code of Object.keys(list.codes)) lookup.set(code.toUpperCase(), code);
  for (const code of Object.keys(list.codes)) lookup.set(code, code);
  for (const [alias, code] of Object.entries(list.aliases ?? {})) {
    if (!lookup.has(alias.toUpperCase())) lookup.set(alias.toUpperCase(), code);
  }
  const unknown: CellProblem = {
    rule: "code-unknown",
    message: `not a code in ${list.title} (list ${list.id})`,
  };
  return (text) => lookup.get(text) ?? lookup.get(text.trim().toUpperCase()) ?? unknown;
}

function numberParser(column: ColumnSpec): CellParser {
  const integer = column.type === "integer";
  const { min, max } = column;
  const typeProblem: CellProblem = {
    rule: "value-type",
    message: integer ? "expected a whole number" : "expected a number",
  };
  const range = rangeText(min, max);
  const rangeProblem: CellProblem = { rule: "value-range", message: `expected ${range}` };
  return (text) => {
    const s = text.trim();
    if (!numberPattern.test(s)) return typeProblem;
    const x = Number(s);
    if (!Number.isFinite(x) || (integer && !Number.isInteger(x))) return typeProblem;
    if ((min !== undefined && x < min) || (max !== undefined && x > max)) return rangeProblem;
    return x;
  };
}

function dateParser(column: ColumnSpec, extractDay?: number): CellParser {
  const formats = column.dateFormats ?? ["iso", "uk"];
  const written = formats.map((f) => (f === "uk" ? "dd/mm/yyyy" : "yyyy-mm-dd")).join(" or ");
  const unparseable: CellProblem = { rule: "date-unparseable", message: `not a date; write ${written}` };
  const impossible: CellProblem = { rule: "date-impossible", message: "no such date in the calendar" };
  const tooEarly: CellProblem = {
    rule: "date-before-1900",
    message: "before 01/01/1900; check the year is written in full (e.g. 2023, not 0023)",
  };
  const future: CellProblem | undefined =
    column.notFuture && extractDay !== undefined
      ? { rule: "date-future", message: `after the extract date ${formatDayUk(extractDay)}` }
      : undefined;
  const { min, max } = column;
  const rangeProblem: CellProblem = {
    rule: "value-range",
    message: `expected a date ${rangeText(min, max, true)}`,
  };
  // Where dd/mm/yyyy is read, a slashed date with a middle number over 12 was typed month first.
  const ukFirst = formats.includes("uk");
  const cache = new Map<string, CellValue | CellProblem>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const day = parseDay(text, formats);
    let out: CellValue | CellProblem;
    const monthFirst = ukFirst && (day === undefined || day === null) ? monthFirstMessage(text) : undefined;
    if (monthFirst !== undefined) out = { rule: "date-month-first", message: monthFirst };
    else if (day === undefined) out = unparseable;
    else if (day === null) out = impossible;
    else if (day < firstPlausibleDay) out = tooEarly;
    else if (future !== undefined && day > (extractDay as number)) out = future;
    else if ((min !== undefined && day < min) || (max !== undefined && day > max)) out = rangeProblem;
    else out = day;
    if (cache.size < 100_000) cache.set(text, out);
    return out;
  };
}

function rangeText(min?: number, max?: number, days = false): string {
  const f = (x: number) => (days ? formatDayUk(x) : String(x));
  if (min !== undefined && max !== undefined) return `between ${f(min)} and ${f(max)}`;
  if (min !== undefined) return `at least ${f(min)}`;
  if (max !== undefined) return `at most ${f(max)}`;
  return "a value in range";
}
