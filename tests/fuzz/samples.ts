/**
 * The bundled samples the fuzz suite mutates, a scratch folder to write mutated files into, and
 * a guarded call of the library readers that turns what they do into an outcome to judge.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { readTable } from "../../src/io/node/read-table.js";
import type { ReadTableResult } from "../../src/io/validate-read.js";
import { parseDay } from "../../src/util/dates.js";

/** The sample's extract date (data-samples/README.md): later dates are future. */
export const extractDay = parseDay("2025-03-31", ["iso"]) as number;

const samplesDir = join(import.meta.dirname, "../../data-samples");

/** A sample file's bytes, by path under data-samples/. */
export function sampleBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(join(samplesDir, relative)));
}

/** A sample file's text. */
export function sampleText(relative: string): string {
  return new TextDecoder().decode(sampleBytes(relative));
}

/** A new scratch folder for one test file's mutated inputs, removed when the file's tests end. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "fgc-fuzz-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Write `content` under `dir` as `name` in a fresh subfolder; returns the path. */
export function writeScratch(dir: string, name: string, content: Uint8Array | string): string {
  const path = join(mkdtempSync(join(dir, "case-")), name);
  writeFileSync(path, content);
  return path;
}

/** What a reader did with one input: a result, or the exception it threw. */
export type Outcome<T> = { kind: "read"; value: T } | { kind: "threw"; error: unknown };

/** Run a reader, catching what it throws, so an oracle can judge it. */
export async function attempt<T>(read: () => Promise<T> | T): Promise<Outcome<T>> {
  try {
    return { kind: "read", value: await read() };
  } catch (error) {
    return { kind: "threw", error };
  }
}

/** readTable with the sample's extract date, the file named `name` in issues. */
export function readTableAt(path: string, name: string): Promise<Outcome<ReadTableResult>> {
  return attempt(() => readTable(path, { file: name, extractDay }));
}
