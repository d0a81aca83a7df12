/**
 * The package as a researcher gets it: `npm pack` (which runs `prepare`: the CLI build in dist/
 * and the library build in lib/) on a copy of the repository, the tarball installed into an empty
 * folder, then plain `node` (no tsx) imports `fgc-toolkit` and `fgc-toolkit/node` and computes
 * a risk difference, a logistic regression and a file read, which must equal the same calls
 * through the sources; and `tsc` type-checks small consumers against the shipped `.d.ts` files.
 *
 * No network: the consumer is installed with `npm ci --offline` from a lockfile written here,
 * whose entries are the package-lock's non-dev entries (name, version, integrity), so every
 * dependency comes from the npm cache by its integrity, as the repository's own `npm ci` does.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTable } from "../../src/io/node/read-table.js";
import { buildDesignMatrix } from "../../src/stats/regression/design-matrix.js";
import { logisticRegression } from "../../src/stats/regression/logistic-regression.js";
import { riskDifference } from "../../src/stats/two-groups/risk-difference.js";

const root = resolve(import.meta.dirname, "../..");
const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const tsc = join(root, "node_modules/typescript/bin/tsc");

/** The child processes' environment, without the npm_* variables of an `npm test` around us. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")),
);

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** The calls the consumer makes, here through the sources: the same inputs, so the same numbers. */
const ARM = [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0];
const AGE = [2, 7, 1, 12, 4, 9, 3, 8, 15, 1, 6, 11, 5, 2];
const Y = [1, 0, 0, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 0];
const FAMILY = ["a", "a", "b", "c", "c", "d", "e", "e", "f", "g", "g", "h", "i", "i"];

const consumerScript = `
import { buildDesignMatrix, logisticRegression, riskDifference, TOOL_VERSION } from "fgc-toolkit";
import { readTable } from "fgc-toolkit/node";
const ARM = ${JSON.stringify(ARM)};
const AGE = ${JSON.stringify(AGE)};
const Y = ${JSON.stringify(Y)};
const FAMILY = ${JSON.stringify(FAMILY)};
const rd = riskDifference({ events: 30, n: 100 }, { events: 45, n: 100 });
const design = buildDesignMatrix({ treatment: { name: "arm", values: ARM }, covariates: [{ name: "age", values: AGE }] });
const fit = logisticRegression(design, Y, { cluster: FAMILY });
const read = await readTable(process.argv[2]);
console.log(JSON.stringify({ version: TOOL_VERSION, rd, fit, schema: read.schema, accounting: read.accounting }));
`;

/** Uses the types: wrong calls must be errors (so the types are not `any`), right ones must pass. */
const consumerTs = `
import {
  buildDesignMatrix,
  type Estimate,
  type LogisticFit,
  logisticRegression,
  type ReadTableResult,
  riskDifference,
} from "fgc-toolkit";
import { readTable } from "fgc-toolkit/node";

const rd: Estimate = riskDifference({ events: 30, n: 100 }, { events: 45, n: 100 });
const lower: number = rd.ci[0];
const fit: LogisticFit = logisticRegression(buildDesignMatrix({ treatment: { name: "arm", values: [1, 0] } }), [1, 0]);
const names: string[] = fit.columnNames;
const read: Promise<ReadTableResult> = readTable("analysis.csv");
// @ts-expect-error the comparator is group counts, not a number
riskDifference({ events: 1, n: 2 }, 3);
// @ts-expect-error an Estimate's estimate is a number
const wrong: string = rd.estimate;
export { lower, names, read, wrong };
`;

/** The browser entry alone, with no Node types and the DOM library: it must not need Node. */
const browserTs = `
import { type Estimate, riskDifference, wilsonInterval } from "fgc-toolkit";
const rd: Estimate = riskDifference({ events: 30, n: 100 }, { events: 45, n: 100 });
export const both: Estimate[] = [rd, wilsonInterval(3, 10)];
`;

let tmp = "";
let tarball = "";
let packed: { path: string }[] = [];
let consumer = "";

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "fgc-pack-"));
  // A copy of what `npm pack` reads, so its build writes dist/ and lib/ there, not under the tests
  // running beside this one; node_modules is the repository's (the build tools).
  const pkg = join(tmp, "pkg");
  const sources = [
    ...packageJson.files.filter((f: string) => f !== "dist" && f !== "lib"),
    "package.json",
    "scripts",
    "tsconfig.json",
    "tsconfig.build.json",
  ];
  for (const f of sources)
    if (existsSync(join(root, f))) cpSync(join(root, f), join(pkg, f), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(pkg, "node_modules"), "dir");
  const out = run("npm", ["pack", "--json", "--pack-destination", tmp], pkg);
  const report = JSON.parse(out.slice(out.indexOf("[")));
  tarball = join(tmp, report[0].filename);
  packed = report[0].files;

  consumer = join(tmp, "consumer");
  mkdirSync(consumer);
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  const spec = `file:${tarball}`;
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  const packages: Record<string, unknown> = {
    "": { name: "consumer", dependencies: { "fgc-toolkit": spec } },
    "node_modules/fgc-toolkit": {
      version: packageJson.version,
      resolved: spec,
      integrity,
      dependencies: packageJson.dependencies,
      bin: packageJson.bin,
      engines: packageJson.engines,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages as Record<string, { dev?: boolean }>))
    if (path !== "" && !entry.dev) packages[path] = entry;
  const manifest = { name: "consumer", private: true, type: "module", dependencies: { "fgc-toolkit": spec } };
  writeFileSync(join(consumer, "package.json"), JSON.stringify(manifest, null, 2));
  writeFileSync(
    join(consumer, "package-lock.json"),
    JSON.stringify({ name: "consumer", lockfileVersion: 3, requires: true, packages }, null, 2),
  );
  run("npm", ["ci", "--offline", "--no-audit", "--no-fund"], consumer);
}, 240_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("the packed fgc-toolkit", () => {
  it("ships the compiled entries, the CLI build and no tests", () => {
    const files = packed.map((f) => f.path);
    for (const f of [
      "lib/index.js",
      "lib/index.d.ts",
      "lib/node.js",
      "lib/node.d.ts",
      "dist/start.cjs",
      "dist/cli.cjs",
      "dist/chart-worker.cjs",
      "dist/chart-draw.cjs",
      "bin/fgc.js",
    ])
      expect(files).toContain(f);
    expect(files.filter((f) => f.startsWith("tests/") || f.startsWith("node_modules/"))).toEqual([]);
    // Every export condition points at a shipped file.
    for (const entry of [".", "./node"]) {
      const conditions = packageJson.exports[entry];
      expect(files).toContain(conditions.types.replace(/^\.\//, ""));
      expect(files).toContain(conditions.import.replace(/^\.\//, ""));
    }
  });

  it("runs under plain node and gives the numbers the sources give", async () => {
    writeFileSync(join(consumer, "check.mjs"), consumerScript);
    const sample = join(consumer, "node_modules/fgc-toolkit/data-samples/trial/analysis.csv");
    const shipped = JSON.parse(run(process.execPath, ["check.mjs", sample], consumer));

    const rd = riskDifference({ events: 30, n: 100 }, { events: 45, n: 100 });
    const design = buildDesignMatrix({
      treatment: { name: "arm", values: ARM },
      covariates: [{ name: "age", values: AGE }],
    });
    const fit = logisticRegression(design, Y, { cluster: FAMILY });
    const read = await readTable(join(root, "data-samples/trial/analysis.csv"));
    const source = JSON.parse(
      JSON.stringify({
        version: packageJson.version,
        rd,
        fit,
        schema: read.schema,
        accounting: read.accounting,
      }),
    );
    expect(shipped).toEqual(source);
    // And they are the numbers: 30/100 − 45/100 = −0.15; the fit converged with 3 terms.
    expect(shipped.rd.estimate).toBeCloseTo(-0.15, 12);
    expect(shipped.fit.converged).toBe(true);
    expect(shipped.fit.columnNames).toEqual(["(Intercept)", "arm", "age"]);
    expect(shipped.schema).toBe("trial-analysis");
    expect(shipped.accounting.read).toBeGreaterThan(2000);
  });

  it.each([
    ["node16, with Node's types", "node16", "node16", consumerTs, ["node"]],
    ["bundler, the browser entry without Node's types", "esnext", "bundler", browserTs, []],
  ])(
    "type-checks a strict consumer against the shipped .d.ts (%s)",
    (name, module, resolution, text, types) => {
      const dir = join(consumer, `ts-${resolution}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "consumer.ts"), text);
      const config = {
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "ES2022",
          module,
          moduleResolution: resolution,
          lib: types.length ? ["ES2023"] : ["ES2023", "DOM"],
          types,
          typeRoots: [join(root, "node_modules/@types")],
          skipLibCheck: true,
        },
        files: ["consumer.ts"],
      };
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config, null, 2));
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true, name }));
      // Resolution walks up from dir to the consumer's node_modules; a failure prints tsc's errors.
      let output = "";
      try {
        output = run(process.execPath, [tsc, "-p", dir], dir);
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output).toBe("");
    },
  );
});
