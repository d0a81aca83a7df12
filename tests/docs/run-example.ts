// Runs one `@example` block and checks its shown values (`expr; // => value`).
// The package names are mapped to the entries; each `// =>` line becomes a record of the
// expression's value, the block is written as a module under tmp/doc-examples/ and imported.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface ShownValue {
  /** 1-based line in the block. */
  line: number;
  expression: string;
  shown: string;
  actual: unknown;
}

export interface ExampleFailure {
  line: number;
  expression: string;
  shown: string;
  actual: string;
  reason: string;
}

const shownRe = /^(\s*)(.+?);?\s*\/\/\s*=>\s*(.+?)\s*$/;

/** The block as a module that records the value of every shown expression in `__shown`. */
export function instrument(code: string, entries: Record<string, string>): string {
  const lines = code.split("\n").map((line, i) => {
    let out = line;
    for (const [name, path] of Object.entries(entries)) {
      out = out.replace(
        new RegExp(`from\\s+(["'])${name}\\1`),
        `from ${JSON.stringify(pathToFileURL(path).href)}`,
      );
    }
    const m = shownRe.exec(out);
    if (!m || /^\s*(import|export)\b/.test(out)) return out;
    const [, indent, expression, shown] = m;
    return `${indent}__shown.push({ line: ${i + 1}, expression: ${JSON.stringify(expression)}, shown: ${JSON.stringify(shown)}, actual: await (${expression}) });`;
  });
  return `export const __shown: any[] = [];\n${lines.join("\n")}\n`;
}

let counter = 0;

/** Runs the block; throws what the block throws. */
export async function runExample(
  code: string,
  entries: Record<string, string>,
  dir: string,
): Promise<ShownValue[]> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `example-${process.pid}-${counter++}.ts`);
  writeFileSync(file, instrument(code, entries));
  try {
    const module = await import(pathToFileURL(file).href);
    return module.__shown as ShownValue[];
  } finally {
    rmSync(file, { force: true });
  }
}

type Shown =
  | { kind: "number"; value: number; tolerance: number; text: string }
  | { kind: "plain"; value: string | boolean | null }
  | { kind: "array"; items: Shown[] }
  | { kind: "object"; fields: [string, Shown][] };

const marker = "\u0000num:";

/** Half a unit of the last digit shown: "0.15" → 0.005, "150" → 0.5, "1.2e-5" → 5e-7. */
export function toleranceOf(text: string): number {
  const m = /^-?\d+(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return 0;
  const decimals = (m[1]?.length ?? 0) - Number(m[2] ?? 0);
  return 0.5 * 10 ** -decimals;
}

/** Parses a shown value: JSON, with NaN, Infinity and -Infinity allowed as numbers. */
export function parseShown(text: string): Shown {
  const tokens = /"(?:[^"\\]|\\.)*"|-?Infinity|NaN|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
  const json = text.replace(tokens, (t) => (t.startsWith('"') ? t : JSON.stringify(marker + t)));
  const convert = (v: unknown): Shown => {
    if (typeof v === "string" && v.startsWith(marker)) {
      const t = v.slice(marker.length);
      return { kind: "number", value: Number(t), tolerance: toleranceOf(t), text: t };
    }
    if (Array.isArray(v)) return { kind: "array", items: v.map(convert) };
    if (v !== null && typeof v === "object") {
      return { kind: "object", fields: Object.entries(v).map(([k, x]) => [k, convert(x)]) };
    }
    return { kind: "plain", value: v as string | boolean | null };
  };
  return convert(JSON.parse(json));
}

/** Where the actual value differs from the shown one, or undefined when it matches. */
export function compareShown(shown: Shown, actual: unknown, path = "value"): string | undefined {
  switch (shown.kind) {
    case "number": {
      if (typeof actual !== "number") return `${path}: expected a number ${shown.text}, got ${typeof actual}`;
      if (Number.isNaN(shown.value))
        return Number.isNaN(actual) ? undefined : `${path}: expected NaN, got ${actual}`;
      if (!Number.isFinite(shown.value)) {
        return actual === shown.value ? undefined : `${path}: expected ${shown.text}, got ${actual}`;
      }
      const diff = Math.abs(actual - shown.value);
      return diff <= shown.tolerance * (1 + 1e-9) + 1e-15
        ? undefined
        : `${path}: expected ${shown.text} (±${shown.tolerance}), got ${actual}`;
    }
    case "plain":
      return actual === shown.value
        ? undefined
        : `${path}: expected ${JSON.stringify(shown.value)}, got ${JSON.stringify(actual)}`;
    case "array": {
      if (!Array.isArray(actual)) return `${path}: expected an array, got ${typeof actual}`;
      if (actual.length !== shown.items.length) {
        return `${path}: expected ${shown.items.length} items, got ${actual.length}`;
      }
      for (let i = 0; i < actual.length; i++) {
        const d = compareShown(shown.items[i], actual[i], `${path}[${i}]`);
        if (d) return d;
      }
      return undefined;
    }
    case "object": {
      if (actual === null || typeof actual !== "object" || Array.isArray(actual)) {
        return `${path}: expected an object, got ${JSON.stringify(actual)}`;
      }
      const record = actual as Record<string, unknown>;
      const shownKeys = shown.fields.map(([k]) => k);
      const actualKeys = Object.keys(record).filter((k) => record[k] !== undefined);
      const extra = actualKeys.filter((k) => !shownKeys.includes(k));
      if (extra.length) return `${path}: fields not shown: ${extra.join(", ")}`;
      for (const [k, s] of shown.fields) {
        if (!(k in record)) return `${path}.${k}: missing`;
        const d = compareShown(s, record[k], `${path}.${k}`);
        if (d) return d;
      }
      return undefined;
    }
  }
}

function display(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v)) ??
      String(value)
    );
  } catch {
    return String(value);
  }
}

/** Every shown value that does not match, with the reason. */
export function checkShown(values: ShownValue[]): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const v of values) {
    let reason: string | undefined;
    try {
      reason = compareShown(parseShown(v.shown), v.actual);
    } catch (e) {
      reason = `shown value is not JSON: ${(e as Error).message}`;
    }
    if (reason)
      failures.push({
        line: v.line,
        expression: v.expression,
        shown: v.shown,
        actual: display(v.actual),
        reason,
      });
  }
  return failures;
}
