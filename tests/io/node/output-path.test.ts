/**
 * checkOutputPath, replaceFolder and writeFileAtomic: outputs never overwrite inputs, never land
 * in system folders, and a folder or file always holds one complete run.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutputPath } from "../../../src/io/node/check-output-path.js";
import { replaceFolder } from "../../../src/io/node/replace-folder.js";
import { writeFileAtomic } from "../../../src/io/node/write-file-atomic.js";
import { UsageError } from "../../../src/util/errors.js";

const markers = ["results.json", "plan.json"];

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "fgc-out-"));
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "analysis.csv"), "child_id\n");
  return dir;
}

describe("checkOutputPath", () => {
  it.each([
    "/",
    "/bin",
    "/etc",
    "/usr",
    "/usr/local/share/x",
    "/var",
    "/tmp",
    "/home",
    homedir(),
    process.cwd(),
    ".",
    "..",
  ])("refuses the folder %s", (path) => {
    expect(() => checkOutputPath(path, "folder", { inputs: [], markers })).toThrow(UsageError);
  });

  it.each(["/etc/fgc.csv", "/usr/bin/fgc.csv", "/fgc.csv", "/proc/self/x.csv"])(
    "refuses the file %s",
    (path) => {
      expect(() => checkOutputPath(path, "file", { inputs: [] })).toThrow(UsageError);
    },
  );

  it("refuses an input file, a folder holding an input, and a path inside an input folder", () => {
    const dir = scratch();
    const input = join(dir, "in", "analysis.csv");
    expect(() => checkOutputPath(input, "file", { inputs: [input] })).toThrow(/is an input/);
    expect(() => checkOutputPath(join(dir, "in"), "folder", { inputs: [input], markers })).toThrow(
      /holds the input/,
    );
    expect(() => checkOutputPath(dir, "folder", { inputs: [input], markers })).toThrow(/holds the input/);
    // A file in an input folder is read by the run: replacing it overwrites an input.
    expect(() => checkOutputPath(input, "file", { inputs: [join(dir, "in")] })).toThrow(
      /in the input folder/,
    );
    // A symbolic link to the input is the input.
    symlinkSync(input, join(dir, "link.csv"));
    expect(() => checkOutputPath(join(dir, "link.csv"), "file", { inputs: [input] })).toThrow(/is an input/);
  });

  it("allows a sibling of the input, an empty folder and a previous run", () => {
    const dir = scratch();
    const input = join(dir, "in", "analysis.csv");
    expect(() => checkOutputPath(join(dir, "out"), "folder", { inputs: [input], markers })).not.toThrow();
    expect(() => checkOutputPath(join(dir, "report.csv"), "file", { inputs: [input] })).not.toThrow();
    // New outputs inside an input folder overwrite nothing.
    const folder = join(dir, "in");
    expect(() => checkOutputPath(join(folder, "new.csv"), "file", { inputs: [folder] })).not.toThrow();
    expect(() =>
      checkOutputPath(join(folder, "report"), "folder", { inputs: [folder], markers }),
    ).not.toThrow();
    mkdirSync(join(dir, "empty"));
    expect(() => checkOutputPath(join(dir, "empty"), "folder", { inputs: [input], markers })).not.toThrow();
    mkdirSync(join(dir, "previous"));
    for (const m of markers) writeFileSync(join(dir, "previous", m), "{}");
    expect(() =>
      checkOutputPath(join(dir, "previous"), "folder", { inputs: [input], markers }),
    ).not.toThrow();
  });

  it("refuses a folder holding other files, and a file where a folder is expected", () => {
    const dir = scratch();
    mkdirSync(join(dir, "photos"));
    writeFileSync(join(dir, "photos", "cat.jpg"), "");
    expect(() => checkOutputPath(join(dir, "photos"), "folder", { inputs: [], markers })).toThrow(
      /did not write/,
    );
    expect(() => checkOutputPath(join(dir, "in", "analysis.csv"), "folder", { inputs: [], markers })).toThrow(
      /is a file/,
    );
    expect(() => checkOutputPath(join(dir, "in"), "file", { inputs: [] })).toThrow(/is a folder/);
  });
});

describe("replaceFolder", () => {
  it("replaces a previous run whole: no file of it is left", async () => {
    const dir = scratch();
    const out = join(dir, "out");
    await replaceFolder(out, markers, async (d) => {
      for (const f of [...markers, "old.png"]) writeFileSync(join(d, f), "1");
    });
    await replaceFolder(out, markers, async (d) => {
      for (const f of markers) writeFileSync(join(d, f), "2");
    });
    expect(readdirSync(out).sort()).toEqual(["plan.json", "results.json"]);
    expect(readFileSync(join(out, "results.json"), "utf8")).toBe("2");
    expect(readdirSync(dir).sort()).toEqual(["in", "out"]);
  });

  it("leaves the previous run untouched and no temporary folder when the run fails", async () => {
    const dir = scratch();
    const out = join(dir, "out");
    await replaceFolder(out, markers, async (d) => {
      for (const f of markers) writeFileSync(join(d, f), "1");
    });
    await expect(
      replaceFolder(out, markers, async (d) => {
        writeFileSync(join(d, "results.json"), "half");
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(readFileSync(join(out, "results.json"), "utf8")).toBe("1");
    expect(readdirSync(dir).sort()).toEqual(["in", "out"]);
  });

  it("two runs into one folder at once leave one complete run", async () => {
    const dir = scratch();
    const out = join(dir, "out");
    const run = (tag: string) =>
      replaceFolder(out, markers, async (d) => {
        for (let i = 0; i < 20; i++) {
          writeFileSync(join(d, `part-${i}.txt`), tag);
          await new Promise((r) => setTimeout(r, 1));
        }
        for (const f of markers) writeFileSync(join(d, f), tag);
      });
    await Promise.all([run("a"), run("b"), run("c")]);
    const tags = new Set(readdirSync(out).map((f) => readFileSync(join(out, f), "utf8")));
    expect(tags.size).toBe(1);
    expect(readdirSync(out)).toHaveLength(22);
    expect(readdirSync(dir).sort()).toEqual(["in", "out"]);
  });
});

describe("writeFileAtomic", () => {
  it("replaces the file whole and leaves no temporary file", () => {
    const dir = scratch();
    const path = join(dir, "new", "report.csv");
    writeFileAtomic(path, "a\r\n");
    writeFileAtomic(path, "b\r\n");
    expect(readFileSync(path, "utf8")).toBe("b\r\n");
    expect(readdirSync(join(dir, "new"))).toEqual(["report.csv"]);
    expect(existsSync(join(dir, "in", "analysis.csv"))).toBe(true);
  });
});

describe("file-system failures while writing outputs", () => {
  it("are usage errors naming the output, not internal errors", async () => {
    const dir = scratch();
    const file = join(dir, "in", "analysis.csv");
    expect(() => writeFileAtomic(join(file, "report.csv"), "x")).toThrow(UsageError);
    expect(() => checkOutputPath(join(file, "report.csv"), "file", { inputs: [] })).toThrow(
      /is a file, not a folder/,
    );
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    await expect(
      replaceFolder(join(dir, "out"), markers, async () => {
        throw full;
      }),
    ).rejects.toThrow(/out: could not write the output \(ENOSPC: no space left on the device\)/);
    expect(readdirSync(dir).sort()).toEqual(["in"]);
  });
});
