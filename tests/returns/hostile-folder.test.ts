/**
 * Issue 12 on `fgc return`: broken and hostile returns folders end in a clear refusal (exit 1,
 * nothing written) or the right result, never a silently wrong number.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { returnCommandRun } from "../../src/cli/return.js";
import { readReturnsFolder } from "../../src/io/node/read-returns-folder.js";
import { DataError } from "../../src/schema/issue.js";
import { runReturn } from "../../src/returns/run.js";
import { UsageError } from "../../src/util/errors.js";
import { runFgc } from "../cli/run-cli-helper.js";
import { cellMap } from "./returns-fixture.js";

const samples = join(import.meta.dirname, "../../data-samples/returns");
const README_COUNTS = {
  children_entering_pre_proceedings: 117,
  children_offered_fgdm: 83,
  children_fgdm_held: 50,
  children_followed_12m: 117,
  children_proceedings_12m: 45,
  children_entered_care_12m: 35,
  children_looked_after_12m: 34,
};

function bufferIo() {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
      isTTY: false,
    },
  };
}

/** A copy of the sample folder, each file passed through `edit` (by name). */
function sampleCopy(edit: (name: string, text: string) => string = (_n, t) => t): string {
  const dir = mkdtempSync(join(tmpdir(), "fgc-hostile-"));
  for (const name of readdirSync(samples))
    writeFileSync(join(dir, name), edit(name, readFileSync(join(samples, name), "utf8")));
  return dir;
}

function allCounts(folder: Awaited<ReturnType<typeof readReturnsFolder>>) {
  const cells = cellMap(runReturn(folder, { period: "2023-24" }).rows);
  return Object.fromEntries(Object.keys(README_COUNTS).map((m) => [m, cells[`all/all/${m}`]]));
}

async function runCli(folder: string, options: { exclude?: string[] } = {}) {
  const out = join(mkdtempSync(join(tmpdir(), "fgc-hostile-out-")), "return.csv");
  const { out: text, io } = bufferIo();
  const code = await returnCommandRun(folder, { period: "2023-24", out, ...options }, io);
  return { code, written: existsSync(out), ...text };
}

describe("fgc return on hostile folders: the prolog", () => {
  it("census files that start with a DOCTYPE (with an internal subset), comments and a PI give the README's counts", async () => {
    const folder = sampleCopy((name, text) =>
      name.startsWith("cin-census")
        ? text.replace(
            '<?xml version="1.0" encoding="utf-8"?>\n',
            '\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<!-- exported by the case system -->\n<?xml-stylesheet href="cin.xsl"?>\n<!DOCTYPE Message [\n  <!ENTITY la "Somewhere">\n]>\n',
          )
        : text,
    );
    expect(readFileSync(join(folder, "cin-census-2024-25.xml"), "utf8")).toContain("<!DOCTYPE Message [");
    const read = await readReturnsFolder(folder);
    expect(read.files.filter((f) => f.kind === "cin-census").map((f) => f.file)).toEqual([
      "cin-census-2023-24.xml",
      "cin-census-2024-25.xml",
    ]);
    expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(allCounts(read)).toEqual(README_COUNTS);
  });

  it("a census using a declared entity is refused with its line: exit 1, nothing written", async () => {
    const folder = sampleCopy((name, text) =>
      name === "cin-census-2024-25.xml"
        ? text
            .replace(
              '<?xml version="1.0" encoding="utf-8"?>\n',
              '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE Message [ <!ENTITY la "999"> ]>\n',
            )
            .replace("<LEA>999</LEA>", "<LEA>&la;</LEA>")
        : text,
    );
    const read = await readReturnsFolder(folder);
    expect(read.issues.filter((i) => i.severity === "error")).toMatchObject([
      { rule: "xml-entity-unsupported", file: "cin-census-2024-25.xml", row: 12, column: "LEA" },
    ]);
    const run = await runCli(folder);
    expect(run).toMatchObject({ code: 1, written: false, stdout: "" });
    expect(run.stderr).toContain("cin-census-2024-25.xml line 12");
  });

  it("an XML file with no root element (whitespace after the declaration) is an error naming file and line", async () => {
    const folder = sampleCopy();
    writeFileSync(join(folder, "empty.xml"), `<?xml version="1.0"?>\n${" \n".repeat(10)}`);
    writeFileSync(join(folder, "huge-prolog.xml"), `<?xml version="1.0"?>\n${" ".repeat(2 << 20)}<Message/>`);
    const read = await readReturnsFolder(folder);
    expect(read.issues.filter((i) => i.severity === "error").map((i) => [i.rule, i.file, i.row])).toEqual([
      ["xml-no-root", "empty.xml", 12],
      ["xml-no-root", "huge-prolog.xml", 2],
    ]);
    expect(await runCli(folder)).toMatchObject({ code: 1, written: false });
  });
});

describe("fgc return on hostile folders: encoding", () => {
  it("a census with a Windows-1252 byte is refused at its line, never read with a replacement character", async () => {
    const folder = sampleCopy();
    const path = join(folder, "cin-census-2024-25.xml");
    const text = readFileSync(path, "utf8");
    const at = text.indexOf("<LAchildID>H01</LAchildID>");
    const line = text.slice(0, at).split("\n").length;
    const bytes = Buffer.from(text, "utf8");
    const cut = Buffer.byteLength(text.slice(0, at + "<LAchildID>H0".length), "utf8");
    // H01 becomes H\xe91: "é" in Windows-1252, not UTF-8.
    writeFileSync(
      path,
      Buffer.concat([bytes.subarray(0, cut - 1), Buffer.from([0xe9]), bytes.subarray(cut)]),
    );
    const read = await readReturnsFolder(folder);
    expect(read.issues.filter((i) => i.severity === "error")).toMatchObject([
      { rule: "file-not-utf8", file: "cin-census-2024-25.xml", row: line, column: "LAchildID" },
    ]);
    expect(read.censuses.map((c) => c.file)).toEqual(["cin-census-2023-24.xml"]);
    expect(await runCli(folder)).toMatchObject({ code: 1, written: false });
  });
});

describe("fgc return on hostile folders: links", () => {
  it("follows a linked file and a linked folder, inside or outside the folder, counting each real file once", async () => {
    const outside = mkdtempSync(join(tmpdir(), "fgc-outside-"));
    const folder = mkdtempSync(join(tmpdir(), "fgc-links-"));
    mkdirSync(join(folder, "census"));
    for (const name of readdirSync(samples)) {
      if (name === "cin-census-2024-25.xml") {
        copyFileSync(join(samples, name), join(outside, name));
        symlinkSync(join(outside, name), join(folder, "census", "latest.xml"));
        symlinkSync(join(outside, name), join(folder, "census", "again.xml"));
      } else copyFileSync(join(samples, name), join(folder, name));
    }
    symlinkSync(folder, join(folder, "loop"));
    symlinkSync(join(folder, "census"), join(folder, "zz-census-link"));
    const read = await readReturnsFolder(folder);
    expect(read.censuses.map((c) => c.file)).toEqual(["census/again.xml", "cin-census-2023-24.xml"]);
    expect(read.issues.map((i) => [i.rule, i.severity, i.file])).toEqual([
      ["return-file-duplicate", "warning", "census/latest.xml"],
      ["return-file-duplicate", "warning", "loop/"],
      ["return-file-duplicate", "warning", "zz-census-link/"],
    ]);
    expect(allCounts(read)).toEqual(README_COUNTS);
  });

  it("a hard link to a census already in the folder is read once", async () => {
    const folder = sampleCopy();
    linkSync(join(folder, "cin-census-2024-25.xml"), join(folder, "zz-same-census.xml"));
    const read = await readReturnsFolder(folder);
    expect(read.censuses).toHaveLength(2);
    expect(read.issues.filter((i) => i.rule === "return-file-duplicate")).toMatchObject([
      { severity: "warning", file: "zz-same-census.xml" },
    ]);
    expect(allCounts(read)).toEqual(README_COUNTS);
  });

  it("a link to nothing is an error: exit 1, nothing written", async () => {
    const folder = sampleCopy();
    symlinkSync(join(folder, "no-such-file.xml"), join(folder, "dangling.xml"));
    const read = await readReturnsFolder(folder);
    expect(read.issues.map((i) => [i.rule, i.severity, i.file])).toEqual([
      ["return-file-unreadable", "error", "dangling.xml"],
    ]);
    expect(await runCli(folder)).toMatchObject({ code: 1, written: false, stdout: "" });
  });
});

describe("fgc return on hostile folders: every file used or excluded", () => {
  it("an unrecognised file is an error naming it and why: exit 1, nothing written; --exclude leaves it out", async () => {
    const folder = sampleCopy();
    writeFileSync(join(folder, "notes.txt"), "remember to send the return\n");
    mkdirSync(join(folder, "archive"));
    writeFileSync(join(folder, "archive", "plan.csv"), "child_id,plan\nA1,x\n");
    const refused = await runCli(folder);
    expect(refused).toMatchObject({ code: 1, written: false, stdout: "" });
    expect(refused.stderr).toContain(
      "archive/plan.csv: not a statutory return: its columns (child_id, plan)",
    );
    expect(refused.stderr).toContain("notes.txt: not a statutory return: neither XML nor CSV text");
    expect(refused.stderr).toContain("[return-file-unrecognised]");
    const excluded = await runCli(folder, { exclude: ["notes.txt", "archive/**"] });
    expect(excluded).toMatchObject({ code: 0, written: true });
    expect(excluded.stdout).toContain(
      "note: not read: 2 paths matching --exclude (archive/plan.csv, notes.txt)",
    );
    expect(excluded.stdout).toMatch(/children_looked_after_12m\s+34/);
  });

  it("a file given as the folder is a usage error (exit 2), not an internal error", async () => {
    const { io } = bufferIo();
    await expect(
      returnCommandRun(join(samples, "cin-census-2023-24.xml"), { period: "2023-24" }, io),
    ).rejects.toThrow(UsageError);
  });

  it("an SSDA903 table the return does not need is recognised and named in a note", async () => {
    const folder = sampleCopy();
    writeFileSync(
      join(folder, "reviews.csv"),
      "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/01/2015,01/06/2023,PN1\n",
    );
    const run = await runCli(folder);
    expect(run).toMatchObject({ code: 0, written: true });
    expect(run.stdout).toContain(
      "note: read but not needed: 1 SSDA903 table the return does not count from (reviews.csv (Reviews))",
    );
  });

  it("through the fgc program: exit 1 with the reason and no stack trace; exit 0 with --exclude after the folder", async () => {
    const folder = sampleCopy();
    writeFileSync(join(folder, "plan.pdf"), "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n");
    const out = join(mkdtempSync(join(tmpdir(), "fgc-hostile-out-")), "r.csv");
    const refused = await runFgc("return", folder, "--period", "2023-24", "--out", out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("plan.pdf: not a statutory return");
    // The library's "the exclude option" reaches the terminal as the flag.
    expect(refused.stderr).toContain("Fix them, or leave them out with --exclude");
    expect(refused.stderr).not.toContain("the exclude option");
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    const done = await runFgc("return", folder, "--exclude", "*.pdf", "--period", "2023-24", "--out", out);
    expect(done.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const notFolder = await runFgc("return", join(folder, "plan.pdf"), "--period", "2023-24");
    expect(notFolder.code).toBe(2);
  });

  it("hidden files are not read and the summary names them", async () => {
    const folder = sampleCopy();
    writeFileSync(join(folder, ".DS_Store"), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
    mkdirSync(join(folder, ".git"));
    writeFileSync(join(folder, ".git", "HEAD"), "ref: refs/heads/main\n");
    const run = await runCli(folder);
    expect(run).toMatchObject({ code: 0, written: true });
    expect(run.stdout).toContain(
      "note: not read: 2 files or folders the operating system or version control keeps (.DS_Store, .git/)",
    );
  });

  it("any other hidden file is read like the rest: a census saved as .cin.xml counts, a hidden note stops the run", async () => {
    const folder = sampleCopy();
    renameSync(join(folder, "cin-census-2023-24.xml"), join(folder, ".cin-census-2023-24.xml"));
    const read = await readReturnsFolder(folder);
    expect(read.files).toContainEqual(
      expect.objectContaining({ file: ".cin-census-2023-24.xml", kind: "cin-census" }),
    );
    writeFileSync(join(folder, ".notes.txt"), "to do\n");
    const run = await runCli(folder);
    expect(run).toMatchObject({ code: 1, written: false });
    expect(run.stderr).toMatch(/\.notes\.txt/);
  });

  it("a file that cannot be read to its end stops the run even when it is a CSV table", async () => {
    const folder = sampleCopy((name, text) =>
      name === "ssda903-2023-24-episodes.csv" ? text.replace("CHILD,", "CHILD,CHILD,") : text,
    );
    const read = await readReturnsFolder(folder);
    const errors = read.issues.filter(
      (i) => i.severity === "error" && i.file === "ssda903-2023-24-episodes.csv",
    );
    expect(errors.map((i) => i.rule)).toContain("return-file-unread");
    expect(() => runReturn(read, { period: "2023-24" })).toThrow(DataError);
  });
});

describe("fgc return on hostile folders: a census that cannot be placed in a year", () => {
  it("a census whose ReferenceDate is unreadable stops the run instead of being left out", async () => {
    const folder = sampleCopy((name, text) =>
      name === "cin-census-2024-25.xml"
        ? text.replace(
            "<ReferenceDate>2025-03-31</ReferenceDate>",
            "<ReferenceDate>31/03/2025</ReferenceDate>",
          )
        : text,
    );
    const read = await readReturnsFolder(folder);
    expect(read.issues.filter((i) => i.severity === "error")).toMatchObject([
      { rule: "date-unparseable", file: "cin-census-2024-25.xml", column: "ReferenceDate" },
    ]);
    expect(() => runReturn(read, { period: "2023-24" })).toThrow(/no readable ReferenceDate/);
    expect(await runCli(folder)).toMatchObject({ code: 1, written: false, stdout: "" });
  });
});

describe("fgc return on hostile folders: the LEA", () => {
  const withLea = (lea: string) =>
    sampleCopy((name, text) =>
      name === "cin-census-2024-25.xml" ? text.replace("<LEA>999</LEA>", `<LEA>${lea}</LEA>`) : text,
    );

  it.each([
    ["a path", "../../../x"],
    ["a formula", '=HYPERLINK("http://example.org","x")'],
    ["a forged row", "999&#10;999,2023-24,all,all,children_entering_pre_proceedings,0"],
  ])(
    "an LEA that is %s is refused with file, line and value: exit 1, nothing written anywhere",
    async (_what, lea) => {
      const folder = withLea(lea);
      const read = await readReturnsFolder(folder);
      const issue = read.issues.find((i) => i.rule === "return-lea-invalid");
      expect(issue).toMatchObject({
        severity: "error",
        file: "cin-census-2024-25.xml",
        row: 11,
        column: "LEA",
      });
      expect(read.censuses.map((c) => c.file)).toEqual(["cin-census-2023-24.xml"]);
      const cwd = process.cwd();
      const work = mkdtempSync(join(tmpdir(), "fgc-lea-cwd-"));
      process.chdir(work);
      try {
        const { io, out } = bufferIo();
        expect(await returnCommandRun(folder, { period: "2023-24" }, io)).toBe(1);
        expect(out.stdout).toBe("");
        expect(out.stderr).toContain("cin-census-2024-25.xml line 11, LEA");
        expect(readdirSync(work)).toEqual([]);
      } finally {
        process.chdir(cwd);
      }
    },
  );

  it("a 500,000-character LEA is quoted shortened", async () => {
    const read = await readReturnsFolder(withLea("9".repeat(500_000)));
    const issue = read.issues.find((i) => i.rule === "return-lea-invalid");
    expect(issue?.value?.length).toBeLessThan(100);
    expect(issue?.message.length).toBeLessThan(200);
  });

  it("a GSS code is an LEA too, and names the output", async () => {
    const folder = sampleCopy((_name, text) => text.replace("<LEA>999</LEA>", "<LEA>E09000007</LEA>"));
    const cwd = process.cwd();
    const work = mkdtempSync(join(tmpdir(), "fgc-lea-cwd-"));
    process.chdir(work);
    try {
      const { io } = bufferIo();
      expect(await returnCommandRun(folder, { period: "2023-24" }, io)).toBe(0);
      expect(readdirSync(join(work, "reports"))).toEqual(["fgc-return-E09000007-2023-24.csv"]);
    } finally {
      process.chdir(cwd);
    }
  });
});
