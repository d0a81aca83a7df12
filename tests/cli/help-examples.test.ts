/**
 * Every example in every command's --help works (issue 14, item 5): each example line is read
 * from the help text the user sees, and every one whose inputs exist (the bundled samples; an
 * example naming the user's own files, such as `episodes.xlsx`, is only an illustration) is run
 * with its outputs moved into a temporary folder. It exits 0, or the code its comment states
 * ("exits 1: the messy copy has errors"). Each command has at least one example that exits 0.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/run-cli.js";
import { runFgc } from "./run-cli-helper.js";
import { expectTerminalConventions } from "./terminal-conventions.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-help-examples-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const commands = buildProgram({ stdout: () => {}, stderr: () => {}, isTTY: false }, () => {})
  .commands.map((c) => c.name())
  .filter((name) => name !== "help");

interface Example {
  /** The command whose help shows it ("" for fgc --help). */
  help: string;
  line: string;
  argv: string[];
  expected: number;
}

/** The example lines of a help text: `  fgc …` under "Examples:", a comment after two spaces. */
function examplesOf(help: string, text: string): Example[] {
  const section = text.slice(text.indexOf("Examples:"));
  return section
    .split("\n")
    .slice(1)
    .filter((l) => /^ {2}fgc /.test(l))
    .map((l) => {
      const [line, comment = ""] = l.trim().split(/ {2,}/);
      const exits = /exits (\d+)/.exec(comment);
      return { help, line, argv: shellWords(line).slice(1), expected: exits ? Number(exits[1]) : 0 };
    });
}

/** Words as a shell splits them, single quotes kept together; a `> file` redirection dropped. */
function shellWords(line: string): string[] {
  const words = [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]);
  const redirect = words.indexOf(">");
  return redirect === -1 ? words : words.slice(0, redirect);
}

/** A `*` in a path's last part expanded as the shell would (sorted), else the path itself. */
function expandGlob(word: string): string[] {
  if (!word.includes("*") || word.startsWith("-")) return [word];
  const folder = dirname(word);
  if (!existsSync(folder)) return [word];
  const pattern = new RegExp(`^${basename(word).replace(/[.]/g, "\\.").replace(/\*/g, "[^/]*")}$`);
  const found = readdirSync(folder)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => join(folder, f));
  return found.length > 0 ? found : [word];
}

const outputOptions = new Set(["--out", "--report", "--write"]);
const writesByDefault: Record<string, string> = {
  trial: "trial",
  areas: "areas",
  simulate: "simulate",
  return: "return.csv",
  power: "power",
};

/**
 * The example's argv with every output moved under `into`, or undefined when it names an input
 * that does not exist (a path: a word with a slash or a file extension).
 */
function runnable(argv: string[], into: string): string[] | undefined {
  const words = argv.flatMap(expandGlob);
  const result: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    result.push(word);
    if (outputOptions.has(word)) {
      const value = words[i + 1];
      const given = value !== undefined && !value.startsWith("-");
      result.push(join(into, given ? basename(value) : "dictionary.md"));
      if (given) i++;
      continue;
    }
    const pathLike = !word.startsWith("-") && (word.includes("/") || /\.[a-z]{2,5}$/.test(word));
    if (pathLike && !existsSync(word)) return undefined;
  }
  const command = words[0];
  const help = words.includes("--help") || words.includes("--version");
  if (!help && command in writesByDefault && !words.includes("--out"))
    result.push("--out", join(into, writesByDefault[command]));
  return result;
}

async function helpText(command: string): Promise<string> {
  const run = await runFgc(...(command ? [command, "--help"] : ["--help"]));
  expect(run.code).toBe(0);
  return run.stdout;
}

describe("the examples in --help", async () => {
  const all: Example[] = [];
  for (const command of ["", ...commands]) all.push(...examplesOf(command, await helpText(command)));
  const unique = [...new Map(all.map((e) => [e.line, e])).values()];

  it("every command's help has an example on the samples that exits 0", () => {
    for (const command of ["", ...commands]) {
      const ok = all.filter((e) => e.help === command && e.expected === 0 && runnable(e.argv, dir));
      expect(ok.length, `fgc ${command} --help`).toBeGreaterThan(0);
    }
  });

  // An example naming the user's own files (episodes.xlsx, returns/) is an illustration, not run.
  const runs = unique.filter((e) => runnable(e.argv, dir) !== undefined);

  it("the examples run here include one of every command and the messy sample's exit 1", () => {
    for (const command of commands)
      expect(
        runs.some((e) => e.argv[0] === command),
        command,
      ).toBe(true);
    expect(runs.some((e) => e.expected === 1)).toBe(true);
  });

  it.each(runs.map((e, i) => [e.line, e, i] as const))("%s", async (_line, example, i) => {
    const into = join(dir, String(i));
    mkdirSync(into, { recursive: true });
    const argv = runnable(example.argv, into) as string[];
    const run = await runFgc(...argv);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code, run.stderr).toBe(example.expected);
    // fgc dictionary prints a document, the DfE's labels ("foster carer(s)") among it: its
    // messages are on stderr.
    expectTerminalConventions(argv[0] === "dictionary" ? run.stderr : `${run.stdout}\n${run.stderr}`);
  });
});
