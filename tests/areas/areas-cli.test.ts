/**
 * `fgc areas` in-process: exit 0 with the outputs written for good returns, 1 with file, row and
 * column printed for bad ones, a usage error for a bad option.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { areasAction } from "../../src/cli/areas.js";
import { areasCommand } from "../../src/cli/areas-command.js";
import type { CliIo } from "../../src/cli/cli-io.js";
import { buildProgram } from "../../src/cli/run-cli.js";
import { UsageError } from "../../src/util/errors.js";

const fixtures = join(import.meta.dirname, "fixtures");
function bufferIo(): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    isTTY: false,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

describe("fgc areas", () => {
  it("writes results.json, the report and tables for good returns and exits 0", async () => {
    const io = bufferIo();
    const out = mkdtempSync(join(tmpdir(), "fgc-areas-cli-"));
    let code = -1;
    await areasCommand(io, (c) => {
      code = c;
    }).parseAsync([join(fixtures, "good.csv"), "--la", "202", "--out", out, "--no-png"], { from: "user" });
    expect(code).toBe(0);
    for (const f of ["results.json", "index.html", "plan.json", "tables/rates-all.csv"])
      expect(existsSync(join(out, f))).toBe(true);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(results.version).toBe("fgc-toolkit/area-results/1");
    const count = (n: number) => n.toLocaleString("en-GB");
    expect(io.out).toContain(
      `Suppressed ${count(results.disclosure.primary)} small counts and ${count(results.disclosure.secondary)} complementary cells.`,
    );
  });

  it("exits 1 and prints file, row and column for a bad return", async () => {
    const io = bufferIo();
    const code = await areasAction(
      [join(fixtures, "la-unknown.csv")],
      { out: mkdtempSync(join(tmpdir(), "fgc-areas-cli-")) },
      io,
    );
    expect(code).toBe(1);
    expect(io.err).toMatch(/la-unknown\.csv row 3, la_code "999": .*\[return-la-unknown\]/);
  });

  it("warns about a numerator above its denominator and shows that rate as not available", async () => {
    const io = bufferIo();
    const out = mkdtempSync(join(tmpdir(), "fgc-areas-cli-"));
    const code = await areasAction(
      [join(fixtures, "numerator-above-denominator.csv")],
      { out, png: false },
      io,
    );
    expect(code).toBe(0);
    expect(io.err).toMatch(
      /warning: .*numerator-above-denominator\.csv row 4, value "14": .*\[return-numerator-above-denominator\]/,
    );
    const result = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    const takeUp = result.rates.find(
      (r: { la: string; measure: string }) => r.la === "202" && r.measure === "family_take_up",
    );
    expect(takeUp).toMatchObject({ rate: null, symbol: ":" });
  });

  it("refuses a bad threshold or an unknown --la as usage errors", async () => {
    const io = bufferIo();
    await expect(areasAction([join(fixtures, "good.csv")], { threshold: "0" }, io)).rejects.toBeInstanceOf(
      UsageError,
    );
    await expect(
      areasAction(
        [join(fixtures, "good.csv")],
        { la: "999", out: mkdtempSync(join(tmpdir(), "fgc-areas-cli-")) },
        io,
      ),
    ).rejects.toBeInstanceOf(UsageError);
  });
});

describe("fgc areas with a retired authority", () => {
  it("keeps Northamptonshire (928) as its own area with a warning, and notes it beside a successor", async () => {
    const io = bufferIo();
    const out = mkdtempSync(join(tmpdir(), "fgc-areas-cli-"));
    const code = await areasAction([join(fixtures, "la-retired.csv")], { la: "940", out, png: false }, io);
    expect(code).toBe(0);
    expect(io.err).toMatch(/la-retired\.csv row 2, la_code "928": .*940 and 941.*\[return-la-retired\]/);
    const result = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(result.areas).toEqual([
      {
        la: "928",
        gss: "E10000021",
        name: "Northamptonshire",
        status: "retired",
        successors: ["940", "941"],
      },
    ]);
    expect(result.notes.join(" ")).toMatch(/Northamptonshire \(928\) reported 2020-21/);
  });
});

describe("fgc areas inside the fgc program", () => {
  it("runs as a subcommand added to buildProgram, and a bad --overdispersion is a commander usage error", async () => {
    const io = bufferIo();
    let code = -1;
    const program = buildProgram(io, (c) => {
      code = c;
    });
    if (!program.commands.some((c) => c.name() === "areas"))
      program.addCommand(
        areasCommand(io, (c) => {
          code = c;
        }),
      );
    const out = mkdtempSync(join(tmpdir(), "fgc-areas-cli-"));
    await program.parseAsync(["areas", join(fixtures, "good.csv"), "--out", out, "--no-png"], {
      from: "user",
    });
    expect(code).toBe(0);
    await expect(
      program.parseAsync(["areas", join(fixtures, "good.csv"), "--overdispersion", "huge"], { from: "user" }),
    ).rejects.toThrow();
  });
});
