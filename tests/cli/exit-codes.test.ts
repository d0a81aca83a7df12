/**
 * One set of exit codes for every command (issue 14, item 5): 0 done, 1 problems in the data,
 * 2 usage (a missing required argument or option, an unknown option, an input path that does
 * not exist). Each case runs the command and checks the code and that the message names the
 * problem, never a stack trace or commander's own process.exit.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/run-cli.js";
import { runFgc } from "./run-cli-helper.js";
import { expectTerminalConventions } from "./terminal-conventions.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-exit-codes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const out = (name: string) => join(dir, name);

type Case = "missing required" | "unknown option" | "missing input" | "data problem";
type Row = [command: string, kind: Case, argv: string[], code: 1 | 2, names: RegExp];

// biome-ignore format: one case a line, read as a table
const table: Row[] = [
  ["validate", "missing required", ["validate"], 2, /missing required argument 'files'/],
  ["validate", "unknown option", ["validate", "data-samples/episodes.csv", "--bogus"], 2, /unknown option '--bogus'/],
  ["validate", "missing input", ["validate", "no-such-extract.csv"], 2, /no such file: no-such-extract\.csv/],
  ["validate", "data problem", ["validate", "data-samples/messy/episodes.csv"], 1, /episodes\.csv row 3, PLACE "U9".*\[code-unknown\]/],

  ["link", "missing required", ["link"], 2, /missing required argument/],
  ["link", "unknown option", ["link", "data-samples/link", "--out", out("l.csv"), "--bogus"], 2, /unknown option '--bogus'/],
  ["link", "missing input", ["link", "no-such-folder", "--out", out("l.csv")], 2, /no-such-folder: expected a folder of extracts/],
  ["link", "data problem", ["link", "data-samples/messy", "--out", out("l.csv")], 1, /children\.csv row 8, dob "12\.05\.2016".*\[date-unparseable\]/],

  ["trial", "missing required", ["trial"], 2, /missing required argument 'input'/],
  ["trial", "unknown option", ["trial", "data-samples/trial/analysis.csv", "--bogus"], 2, /unknown option '--bogus'/],
  ["trial", "missing input", ["trial", "no-such-trial.csv", "--out", out("t")], 2, /no-such-trial\.csv: no such file or folder/],
  ["trial", "data problem", ["trial", "data-samples/messy/children.csv", "--out", out("t")], 1, /children\.csv, arm: trial-analysis needs a column arm \[column-missing\]/],

  ["return", "missing required", ["return", "data-samples/returns"], 2, /required option '--period <YYYY-YY>' not specified/],
  ["return", "unknown option", ["return", "data-samples/returns", "--period", "2023-24", "--bogus"], 2, /unknown option '--bogus'/],
  ["return", "missing input", ["return", "no-such-returns", "--period", "2023-24", "--out", out("r.csv")], 2, /no folder "no-such-returns"/],
  ["return", "missing input", ["return", "data-samples/returns", "--period", "2023-24", "--families", "no-fam.csv", "--out", out("r.csv")], 2, /--families no-fam\.csv: no such file/],
  ["return", "data problem", ["return", "data-samples/messy", "--period", "2023-24", "--out", out("r.csv")], 1, /children\.csv: not a statutory return.*\[return-file-unrecognised\]/],

  ["areas", "missing required", ["areas"], 2, /missing required argument 'files'/],
  ["areas", "unknown option", ["areas", "data-samples/areas/return-2023-24.csv", "--bogus"], 2, /unknown option '--bogus'/],
  ["areas", "missing input", ["areas", "no-such-return.csv", "--out", out("a")], 2, /no such file: no-such-return\.csv/],
  ["areas", "missing input", ["areas", "data-samples/areas/return-2023-24.csv", "--neighbours", "no-nb.csv", "--out", out("a")], 2, /--neighbours no-nb\.csv: no such file/],
  ["areas", "data problem", ["areas", "data-samples/messy/la-return.csv", "--out", out("a")], 1, /la-return\.csv row 2, la_code "E06009999".*\[return-la-unknown\]/],

  ["meta", "missing required", ["meta"], 2, /missing required argument 'studies'/],
  ["meta", "unknown option", ["meta", "data-samples/meta/studies.csv", "--bogus"], 2, /unknown option '--bogus'/],
  ["meta", "missing input", ["meta", "no-such-studies.csv", "--out", out("m")], 2, /no such file: no-such-studies\.csv/],
  ["meta", "data problem", ["meta", "tests/fixtures/meta/upper-below-lower.csv", "--measure", "hr", "--out", out("m")], 1, /upper-below-lower\.csv row 3, upper "0\.5".*\[meta-interval-order\]/],

  ["simulate", "missing required", ["simulate"], 2, /missing required argument 'what'/],
  ["simulate", "unknown option", ["simulate", "trial", "--bogus"], 2, /unknown option '--bogus'/],

  ["power", "missing required", ["power", "--p0", "0.48", "--p1", "0.36"], 2, /required option '--outcome <kind>' not specified/],
  ["power", "missing required", ["power", "--outcome", "means", "--delta", "30", "--out", out("p")], 2, /--sd: means need the outcome's standard deviation/],
  ["power", "unknown option", ["power", "--outcome", "proportions", "--p0", "0.48", "--p1", "0.36", "--bogus"], 2, /unknown option '--bogus'/],

  ["dictionary", "unknown option", ["dictionary", "--bogus"], 2, /unknown option '--bogus'/],
  ["dictionary", "missing required", ["dictionary", "extra"], 2, /too many arguments for 'dictionary'/],
  ["app", "unknown option", ["app", "--bogus"], 2, /unknown option '--bogus'/],
  ["app", "missing required", ["app", "extra"], 2, /too many arguments for 'app'/],
];

/**
 * Cases a command cannot have, with the reason: everything else of every command is in the table.
 * Missing required for `dictionary` is its nearest usage error, an argument it does not take.
 */
const notApplicable: Record<string, Case[]> = {
  simulate: ["missing input", "data problem"], // reads no file: it writes synthetic data
  dictionary: ["missing input", "data problem"], // reads no file: it prints the schemas
  power: ["missing input", "data problem"], // reads no file: it computes from its options
  app: ["missing input", "data problem"], // reads no file: it writes the browser app
};

describe("exit codes: one convention for every command", () => {
  it.each(table)("fgc %s, %s: %j exits %i", async (_command, _kind, argv, code, names) => {
    const run = await runFgc(...argv);
    expect(run.code).toBe(code);
    expect(`${run.stdout}\n${run.stderr}`).toMatch(names);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expectTerminalConventions(`${run.stdout}\n${run.stderr}`);
  });

  it("the table covers every case of every command the program has", () => {
    const commands = buildProgram(
      { stdout: () => {}, stderr: () => {}, isTTY: false },
      () => {},
    ).commands.map((c) => c.name());
    const kinds: Case[] = ["missing required", "unknown option", "missing input", "data problem"];
    for (const command of commands)
      for (const kind of kinds) {
        const covered = table.some(([c, k]) => c === command && k === kind);
        expect(covered || notApplicable[command]?.includes(kind), `fgc ${command}: ${kind}`).toBe(true);
      }
  });

  it("no command, an unknown command and an unknown top-level option are usage errors; help asked for is not", async () => {
    const command = await runFgc("nosuch");
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/unknown command 'nosuch'/);
    const none = await runFgc();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Usage: fgc \[options\] \[command\]/);
    for (const asked of [["help"], ["--help"], ["help", "trial"], ["trial", "--help"], ["validate", "-h"]])
      expect((await runFgc(...asked)).code, asked.join(" ")).toBe(0);
    const option = await runFgc("--bogus");
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/unknown option '--bogus'/);
  });

  it("fgc --version and -V print the package version and exit 0", async () => {
    const { version } = (await import("../../package.json", { with: { type: "json" } })).default;
    for (const flag of ["--version", "-V"]) {
      const run = await runFgc(flag);
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(version);
    }
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
