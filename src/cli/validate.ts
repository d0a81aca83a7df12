// `fgc validate <files…>`: read each file, validate it against its schema (given or inferred),
// print a summary and optionally write every issue to a JSON or CSV report. Exit 0 when no file
// has an error (warnings allowed), 1 when any has, 2 on usage errors.
import { stat } from "node:fs/promises";
import { checkOutputPath } from "../io/node/check-output-path.js";
import { readRawFile } from "../io/node/read-raw-file.js";
import { validateXmlFile } from "../io/node/validate-xml-file.js";
import { writeFileAtomic } from "../io/node/write-file-atomic.js";
import { validateRead, type ReadTableResult } from "../io/validate-read.js";
import { validateReportText, validateTotalsLine } from "../io/validate-report.js";
import { tableSpecs } from "../schema/catalog.js";
import type { SchemaName } from "../schema/table.js";
import { parseDay } from "../util/dates.js";
import { UsageError } from "../util/errors.js";
import type { CliIo } from "./cli-io.js";
import { exitCodes } from "../util/exit-codes.js";
import { startProgress } from "./progress.js";
import { formatFileSummary } from "../io/validate-summary.js";

export interface ValidateOptions {
  schema?: string;
  out?: string;
  extractDate?: string;
  collectionYear?: string;
  maxBytes?: string;
  sheet?: string;
  examples?: string;
}

/** Extra help text: what the command checks and examples. */

/**
 * Run the command; returns the exit code.
 * @example await validateCommand(["data-samples/episodes.csv"], {}, processIo()) // 0
 */
export async function validateCommand(args: string[], options: ValidateOptions, io: CliIo): Promise<number> {
  const schema = parseSchema(options.schema);
  const extractDay = parseExtractDate(options.extractDate);
  const collectionYear = parseCollectionYear(options.collectionYear);
  const maxBytes = parseMaxBytes(options.maxBytes);
  const examples = parseExamples(options.examples);
  const out = parseOut(options.out);
  const sizes = await fileSizes(args);
  if (out !== undefined) checkOutputPath(out.path, "file", { inputs: args });
  const files = [...sizes.keys()];

  const results: ReadTableResult[] = [];
  for (const file of files) {
    if (/\.xml$/i.test(file)) {
      // An XML return: its tables (SSDA903) or its children (CIN census), one summary each.
      for (const result of await validateXmlFile(file, { extractDay, collectionYear })) {
        results.push(result);
        io.stdout(`${formatFileSummary(result, examples).join("\n")}\n\n`);
      }
      continue;
    }
    const progress = startProgress(io, file, sizes.get(file) ?? 0);
    let raw: Awaited<ReturnType<typeof readRawFile>>;
    try {
      raw = await readRawFile(file, { maxBytes, sheet: options.sheet, onProgress: progress.onProgress });
    } finally {
      progress.stop();
    }
    const result = validateRead(raw, { schema, extractDay, collectionYear });
    results.push(result);
    io.stdout(`${formatFileSummary(result, examples).join("\n")}\n\n`);
  }

  const errors = results.flatMap((r) => r.issues).filter((i) => i.severity === "error").length;
  io.stdout(`${validateTotalsLine(results, files.length)}\n`);
  if (out !== undefined) {
    writeFileAtomic(out.path, validateReportText(results, files.length, out.kind));
    io.stdout(`report written to ${out.path}\n`);
  }
  return errors > 0 ? exitCodes.data : exitCodes.ok;
}

/** Files to read with their sizes; a path that is not a file is a usage error. */
async function fileSizes(args: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const arg of args) {
    const s = await stat(arg).catch(() => undefined);
    if (s === undefined) throw new UsageError(`no such file: ${arg}`);
    if (!s.isFile()) throw new UsageError(`not a file: ${arg} (name the files, e.g. ${arg}/*.csv)`);
    sizes.set(arg, s.size);
  }
  return sizes;
}

function parseSchema(name: string | undefined): SchemaName | undefined {
  if (name === undefined) return undefined;
  const names = Object.keys(tableSpecs);
  if (!names.includes(name))
    throw new UsageError(`--schema: expected one of ${names.join(", ")}, got ${JSON.stringify(name)}`);
  return name as SchemaName;
}

/** The extract date as a day number; default today (UTC): no date in an extract can be later. */
function parseExtractDate(text: string | undefined): number {
  if (text === undefined) return Math.floor(Date.now() / 86_400_000);
  const day = parseDay(text);
  if (day === undefined || day === null) {
    throw new UsageError(
      `--extract-date: expected a date YYYY-MM-DD or DD/MM/YYYY, got ${JSON.stringify(text)}`,
    );
  }
  return day;
}

/** A collection year as its start year: `2024-25`, `202425` or `2024` give 2024. */
function parseCollectionYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^\s*(\d{4})(?:-?(\d{2}))?\s*$/.exec(text);
  const start = m === null ? Number.NaN : Number(m[1]);
  if (
    m === null ||
    (m[2] !== undefined && Number(m[2]) !== (start + 1) % 100) ||
    start < 2000 ||
    start > 2099
  ) {
    throw new UsageError(
      `--collection-year: expected a collection year such as 2024-25 (or 202425), got ${JSON.stringify(text)}`,
    );
  }
  return start;
}

const sizeUnits: Record<string, number> = { "": 1, k: 1e3, m: 1e6, g: 1e9 };

function parseMaxBytes(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(text.trim());
  if (m === null)
    throw new UsageError(
      `--max-bytes: expected a size in bytes such as 500000000 or 500M, got ${JSON.stringify(text)}`,
    );
  return Math.floor(Number(m[1]) * sizeUnits[m[2].toLowerCase()]);
}

function parseExamples(text: string | undefined): number {
  if (text === undefined) return 3;
  if (!/^\d+$/.test(text))
    throw new UsageError(`--examples: expected a whole number 0 or more, got ${JSON.stringify(text)}`);
  return Number(text);
}

function parseOut(path: string | undefined): { path: string; kind: "json" | "csv" } | undefined {
  if (path === undefined) return undefined;
  const lower = path.toLowerCase();
  if (lower.endsWith(".json")) return { path, kind: "json" };
  if (lower.endsWith(".csv")) return { path, kind: "csv" };
  throw new UsageError(`--out: expected a file name ending .json or .csv, got ${JSON.stringify(path)}`);
}
